/** The company's own data (one row, id 'company'): seller on every document, series and defaults. */
import { DomainError } from '../../domain/errors'
import { isValidSeriesCode } from '../../domain/numbering'
import type { CompanySettings } from '../../domain/types'
import { nowIso, type Ctx } from '../context'
import { companyInputSchema, type CompanyInput } from '../inputs'
import { parseInput, requireIban, requireTaxId } from '../validate'
import { writeAudit } from './audit'
import { requireRight } from '../rights'

export type { CompanyInput } from '../inputs'

export async function getCompany(ctx: Ctx): Promise<CompanySettings | undefined> {
  return ctx.db.company.get('company')
}

/** The company or DomainError('data.company.missing') (set it up in Settings first). */
export async function requireCompany(ctx: Ctx): Promise<CompanySettings> {
  const company = await getCompany(ctx)
  if (!company) throw new DomainError('data.company.missing')
  return company
}

/** Validates a company input into the row to store (without timestamps); throws before anything is written. */
export function companyFromInput(input: CompanyInput): Omit<CompanySettings, 'createdAt' | 'updatedAt'> {
  const v = parseInput(companyInputSchema, input)
  const taxId = requireTaxId(v.taxId, v.country)
  const iban = requireIban(v.iban)
  if (v.country === 'RO' && v.tradeRegister === '') {
    throw new DomainError('data.field.required', { field: 'tradeRegister', path: 'tradeRegister' })
  }
  const creditNoteSeries = v.creditNoteSeries || (v.country === 'ES' ? 'R' : 'ST')
  for (const [field, code] of [['invoiceSeries', v.invoiceSeries], ['creditNoteSeries', creditNoteSeries]] as const) {
    if (!isValidSeriesCode(code)) throw new DomainError('data.company.seriesInvalid', { field, value: code })
  }
  if (creditNoteSeries === v.invoiceSeries) throw new DomainError('data.company.seriesClash', { value: creditNoteSeries })
  return {
    id: 'company',
    legalName: v.legalName,
    tradeName: v.tradeName,
    taxId,
    tradeRegister: v.tradeRegister,
    address: v.address,
    iban,
    bankName: v.bankName,
    email: v.email,
    phone: v.phone,
    country: v.country,
    currency: v.currency ?? (v.country === 'ES' ? 'EUR' : 'RON'),
    uiLanguage: v.uiLanguage ?? (v.country === 'ES' ? 'es' : 'ro'),
    invoiceSeries: v.invoiceSeries,
    creditNoteSeries,
    vatRegistered: v.vatRegistered,
    logoDataUrl: v.logoDataUrl,
    defaultTerms: v.defaultTerms,
  }
}

/** Creates or replaces the company's data. Issued documents keep the seller data frozen on them. */
export async function saveCompany(ctx: Ctx, input: CompanyInput): Promise<CompanySettings> {
  requireRight(ctx, 'settings.write')
  const data = companyFromInput(input)
  return ctx.db.transaction('rw', ctx.db.company, ctx.db.audit, async () => {
    const before = await ctx.db.company.get('company')
    const at = nowIso(ctx)
    const company: CompanySettings = { ...data, createdAt: before?.createdAt ?? at, updatedAt: at }
    await ctx.db.company.put(company)
    await writeAudit(ctx, 'company', 'company', before ? 'update' : 'create', before ?? null, company)
    return company
  })
}
