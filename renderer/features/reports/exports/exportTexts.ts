/**
 * What an export is called and what it says above its table, in the language of the sheet: the file name (with ISO
 * dates, so files sort by period) and the title lines (company and tax id, the report, the period or date).
 */
import i18next, { type TFunction } from 'i18next'
import type { ExportBeginRequest, ExportFormat, ExportKind } from '../../../../electron/contract/exports'
import type { CompanySettings, IsoDate, Language } from '../../../domain/types'
import { makeFormatters } from '../../../lib/format'

export type ExportRequestBase = Omit<ExportBeginRequest, 'kind' | 'rates' | 'bounds'>

/** The reports offered on the Exports page (the statement is exported from the customer's page). */
export const REGISTER_KINDS = ['salesRegister', 'payments', 'creditNotes', 'aging', 'customers'] as const
export type RegisterKind = (typeof REGISTER_KINDS)[number]

/** Kinds that cover a period (from..to); aging and customers are "as of" a date. */
export function isPeriodKind(kind: ExportKind): kind is 'salesRegister' | 'payments' | 'creditNotes' | 'statement' {
  return kind === 'salesRegister' || kind === 'payments' || kind === 'creditNotes' || kind === 'statement'
}

/** The exports texts in `language`, whatever the UI language is. */
export function exportsT(language: Language): TFunction {
  return i18next.getFixedT(language, 'exports')
}

function taxIdLabel(t: TFunction, country: string): string {
  return t(country === 'ES' || country === 'RO' ? `title.taxId.${country}` : 'title.taxId.other')
}

export interface ExportTextInput {
  kind: ExportKind
  language: Language
  format: ExportFormat
  company: Pick<CompanySettings, 'legalName' | 'taxId' | 'country' | 'currency'>
  /** Period kinds. */
  from?: IsoDate
  to?: IsoDate
  /** aging and customers. */
  asOf?: IsoDate
  /** statement. */
  customer?: { legalName: string; taxId: string; country: string }
}

/** The begin request of an export, but for what its source gives (kind, rates, bounds). */
export function exportRequest(input: ExportTextInput): ExportRequestBase {
  const t = exportsT(input.language)
  const fmt = makeFormatters(input.language, input.company.currency)
  const { kind, company, customer } = input
  const params = {
    from: input.from ?? '',
    to: input.to ?? '',
    date: input.asOf ?? '',
    customer: customer?.legalName ?? '',
  }
  const title = [`${company.legalName} · ${taxIdLabel(t, company.country)} ${company.taxId}`, t(`reports.${kind}.name`)]
  if (customer) title.push(`${customer.legalName} · ${taxIdLabel(t, customer.country)} ${customer.taxId}`)
  if (isPeriodKind(kind)) title.push(t('title.period', { from: fmt.date(input.from), to: fmt.date(input.to) }))
  else title.push(t('title.asOf', { date: fmt.date(input.asOf) }))
  if (kind === 'salesRegister') title.push(t('title.creditNotesNegative'))
  title.push(t('title.currency', { currency: company.currency }))
  return {
    format: input.format,
    language: input.language,
    currency: company.currency,
    fileName: t(`reports.${kind}.fileName`, params),
    mode: 'ask',
    title,
  }
}
