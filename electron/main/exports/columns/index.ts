/** The sheet layout of each export kind, from the begin request (translated headers, column types). */
import type { ExportBeginRequest, ExportKind } from '../../../contract/exports'
import { st } from '../i18n'
import type { ColumnDef, SheetLayout, WrittenRow, WrittenRowsByKind } from '../types'
import { agingColumns, statementColumns } from './reports'
import { creditNoteColumns, customerColumns, paymentColumns } from './registers'
import { salesRegisterColumns } from './sales'

type AnyRow = WrittenRow

function columnsFor(req: ExportBeginRequest): ColumnDef<AnyRow>[] {
  const lang = req.language
  const cols: { [K in ExportKind]: () => ColumnDef<WrittenRowsByKind[K]>[] } = {
    salesRegister: () => salesRegisterColumns(lang, req.rates ?? [], req.cancellations === true),
    payments: () => paymentColumns(lang),
    creditNotes: () => creditNoteColumns(lang),
    aging: () => agingColumns(lang, req.bounds ?? []),
    customers: () => customerColumns(lang),
    statement: () => statementColumns(lang),
  }
  // Each row of a session is checked against the session's kind before it reaches a column.
  return cols[req.kind]() as ColumnDef<AnyRow>[]
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
export function sheetName(name: string): string {
  const clean = name.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '')
  return clean.slice(0, 31).trim() || 'Sheet1'
}

export function layoutFor(req: ExportBeginRequest): SheetLayout<AnyRow> {
  return {
    language: req.language,
    currency: req.currency,
    sheetName: sheetName(st(req.language, `sheets.${req.kind}`)),
    title: req.title,
    totalsLabel: st(req.language, 'totals'),
    columns: columnsFor(req),
  }
}
