/**
 * Checking a chunk of rows before any of it is written: each row against its kind's schema
 * (contract/exportSchemas.ts), then the checks that need the begin options or the rows before it:
 *   salesRegister  every byRate VAT rate is one of the begun rates; its recargo rate is 0 or the column's;
 *                  a document currency, when given, differs from the company currency.
 *   aging          one bucket per column (bounds + 1).
 *   statement      each balance = previous balance + debit - credit, chained across chunks. An 'opening' row may
 *                  only come first in the export; its balance is the opening balance (debit = credit = 0). Without
 *                  an opening row the chain starts at 0.
 * A failure throws IpcError('ipc.invalidInput', { field: 'rows.<i>.<path>', problem, channel }) — the shape
 * parseInput uses, <i> being the index in the chunk. Sales register rows may come packed (an array,
 * contract/exportPacking.ts): those are checked by packedSales.ts against the same rules, much faster; either way
 * they are given to the writers packed.
 * No electron import.
 */
import { exportRowSchemas } from '../../contract/exportSchemas'
import { PACKED_AT as AT, PACKED_RATES_AT, PER_PACKED_RATE, packSalesRow, type PackedSalesRow } from '../../contract/exportPacking'
import type { ExportBeginRequest, ExportKind, ExportRowsByKind, SalesRegisterRow, StatementExportRow } from '../../contract/exports'
import { IpcError } from '../../contract/errors'
import { fieldOf } from '../handlers/dispatch'
import { checkPackedSalesRow, PackedRowProblem } from './packedSales'
import type { WrittenRow } from './types'

/** What the checks carry from one chunk to the next. */
export interface ChainState {
  rowsSeen: number
  balance: number
}

export function newChainState(): ChainState {
  return { rowsSeen: 0, balance: 0 }
}

function invalid(path: readonly PropertyKey[], problem: string): IpcError {
  return new IpcError('ipc.invalidInput', { field: fieldOf(['rows', ...path]), problem, channel: 'exports:append' })
}

function checkSales(req: ExportBeginRequest, row: PackedSalesRow, i: number): void {
  if (row[AT.docType] === 'cancelledInvoice' && req.cancellations !== true) {
    throw invalid([i, 'docType'], 'a cancelled invoice needs an export begun with cancellations')
  }
  const rates = req.rates ?? []
  for (let at = PACKED_RATES_AT, j = 0; at < row.length; at += PER_PACKED_RATE, j++) {
    const column = rates.find((r) => r.vatRate === row[at])
    if (!column) throw invalid([i, 'byRate', j, 'vatRate'], 'is not one of the VAT rates of the export')
    if (row[at + 1] !== 0 && row[at + 1] !== column.recargoRate) {
      throw invalid([i, 'byRate', j, 'recargoRate'], 'does not match the recargo rate of its VAT rate')
    }
  }
  if (row[AT.documentCurrency] !== '' && row[AT.documentCurrency] === req.currency) {
    throw invalid([i, 'documentCurrency'], 'must be empty for documents in the company currency')
  }
}

function checkStatement(state: ChainState, row: StatementExportRow, i: number, absolute: number): void {
  if (row.kind === 'opening') {
    if (absolute !== 0) throw invalid([i, 'kind'], 'the opening row must be the first row')
    state.balance = row.balance
    return
  }
  state.balance += row.debit - row.credit
  if (row.balance !== state.balance) throw invalid([i, 'balance'], 'must equal the previous balance + debit - credit')
}

/**
 * One row parsed: a packed sales register row by packedSales.ts, any other by its kind's schema. Sales register
 * rows come out packed either way (what its columns read), the others as objects.
 */
function parseRow(kind: ExportKind, item: unknown, i: number): WrittenRow {
  if (Array.isArray(item)) {
    if (kind !== 'salesRegister') throw invalid([i], 'must be an object')
    try {
      return checkPackedSalesRow(item)
    } catch (err) {
      if (err instanceof PackedRowProblem) throw invalid([i, ...err.path], err.problem)
      throw err
    }
  }
  const parsed = exportRowSchemas[kind].safeParse(item)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw invalid([i, ...(issue?.path ?? [])], issue?.message ?? 'invalid')
  }
  return kind === 'salesRegister' ? packSalesRow(parsed.data as SalesRegisterRow) : (parsed.data as WrittenRow)
}

/**
 * The chunk's rows, parsed (unknown keys stripped), or an IpcError naming the first bad field. `first`: the index of
 * raw[0] in the chunk (when a chunk is checked in slices).
 */
export function checkChunk(req: ExportBeginRequest, state: ChainState, raw: readonly unknown[], first = 0): WrittenRow[] {
  const rows: WrittenRow[] = []
  for (const [k, item] of raw.entries()) {
    const i = first + k
    const row = parseRow(req.kind, item, i)
    const absolute = state.rowsSeen + k // rowsSeen: the rows of the chunks (and slices) before
    if (req.kind === 'salesRegister') checkSales(req, row as PackedSalesRow, i)
    else if (req.kind === 'statement') checkStatement(state, row as StatementExportRow, i, absolute)
    else if (req.kind === 'aging') {
      const expected = (req.bounds ?? []).length + 1
      const got = (row as ExportRowsByKind['aging']).buckets.length
      if (got !== expected) throw invalid([i, 'buckets'], `must have ${expected} amounts (one per bucket)`)
    }
    rows.push(row)
  }
  state.rowsSeen += rows.length
  return rows
}
