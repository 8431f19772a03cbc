import { z } from 'zod'
import { formatIban, normalizeIban, validateIban } from '../../../domain/iban'
import { validateTaxId } from '../../../domain/taxId'
import type { CompanySettings, Country, CurrencyCode, Language, PaymentTerms } from '../../../domain/types'
import { isEmailOrEmpty, parseDays, V } from '../forms/validators'

/** What the company form edits: every value as the user types it. */
export interface CompanyFormValues {
  legalName: string
  tradeName: string
  taxId: string
  tradeRegister: string
  address: { street: string; city: string; postalCode: string; region: string; country: string }
  iban: string
  bankName: string
  email: string
  phone: string
  country: Country
  currency: CurrencyCode
  uiLanguage: Language
  invoiceSeries: string
  creditNoteSeries: string
  termsKind: PaymentTerms['kind']
  termsDays: string
  vatRegistered: boolean
  logoDataUrl: string
}

/** The company data saved by saveCompany (CompanySettings without id and timestamps). */
export type CompanyInputValues = Omit<CompanySettings, 'id' | 'createdAt' | 'updatedAt'>

/** Per-country defaults: currency and the series codes Spanish / Romanian invoices usually carry. */
export const COUNTRY_DEFAULTS: Record<Country, { currency: CurrencyCode; invoiceSeries: string; creditNoteSeries: string; language: Language }> = {
  ES: { currency: 'EUR', invoiceSeries: 'F', creditNoteSeries: 'R', language: 'es' },
  RO: { currency: 'RON', invoiceSeries: 'FCT', creditNoteSeries: 'ST', language: 'ro' },
}

/** Letters only (numbering.ts isValidSeriesCode): digits would make 'F2026-…' ambiguous. */
const SERIES = /^[A-Z]{1,10}$/

const required = z.string().trim().min(1, V.required)
const text = z.string()

export const companySchema = z
  .object({
    legalName: required,
    tradeName: text,
    taxId: required,
    tradeRegister: text,
    address: z.object({ street: required, city: required, postalCode: required, region: text, country: text }),
    iban: required,
    bankName: text,
    email: text.refine(isEmailOrEmpty, V.email),
    phone: text,
    country: z.enum(['ES', 'RO']),
    currency: z.enum(['EUR', 'RON']),
    uiLanguage: z.enum(['es', 'ro', 'en']),
    invoiceSeries: z.string().trim().toUpperCase().regex(SERIES, V.seriesCode),
    creditNoteSeries: z.string().trim().toUpperCase().regex(SERIES, V.seriesCode),
    termsKind: z.enum(['immediate', 'net', 'endOfMonth']),
    termsDays: text,
    vatRegistered: z.boolean(),
    logoDataUrl: text,
  })
  .superRefine((v, ctx) => {
    if (v.taxId.trim() !== '') {
      const r = validateTaxId(v.taxId, v.country)
      if (!r.ok) ctx.addIssue({ code: 'custom', path: ['taxId'], message: r.code })
    }
    if (v.iban.trim() !== '') {
      const r = validateIban(v.iban)
      if (!r.ok) ctx.addIssue({ code: 'custom', path: ['iban'], message: r.code })
    }
    if (v.country === 'RO' && v.tradeRegister.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['tradeRegister'], message: V.tradeRegisterRo })
    }
    if (v.termsKind !== 'immediate' && parseDays(v.termsDays) === null) {
      ctx.addIssue({ code: 'custom', path: ['termsDays'], message: V.days })
    }
    if (v.invoiceSeries.trim().toUpperCase() === v.creditNoteSeries.trim().toUpperCase()) {
      ctx.addIssue({ code: 'custom', path: ['creditNoteSeries'], message: 'settings:validation.seriesDistinct' })
    }
  })

export function emptyCompanyValues(country: Country, uiLanguage: Language): CompanyFormValues {
  const d = COUNTRY_DEFAULTS[country]
  return {
    legalName: '',
    tradeName: '',
    taxId: '',
    tradeRegister: '',
    address: { street: '', city: '', postalCode: '', region: '', country },
    iban: '',
    bankName: '',
    email: '',
    phone: '',
    country,
    currency: d.currency,
    uiLanguage,
    invoiceSeries: d.invoiceSeries,
    creditNoteSeries: d.creditNoteSeries,
    termsKind: 'net',
    termsDays: '30',
    vatRegistered: true,
    logoDataUrl: '',
  }
}

export function companyToValues(c: CompanySettings): CompanyFormValues {
  return {
    legalName: c.legalName,
    tradeName: c.tradeName,
    taxId: c.taxId,
    tradeRegister: c.tradeRegister,
    address: { ...c.address },
    iban: formatIban(c.iban),
    bankName: c.bankName,
    email: c.email,
    phone: c.phone,
    country: c.country,
    currency: c.currency,
    uiLanguage: c.uiLanguage,
    invoiceSeries: c.invoiceSeries,
    creditNoteSeries: c.creditNoteSeries,
    termsKind: c.defaultTerms.kind,
    termsDays: c.defaultTerms.kind === 'immediate' ? '' : String(c.defaultTerms.days),
    vatRegistered: c.vatRegistered,
    logoDataUrl: c.logoDataUrl,
  }
}

export function termsFrom(kind: PaymentTerms['kind'], days: string): PaymentTerms {
  if (kind === 'immediate') return { kind }
  return { kind, days: parseDays(days) ?? 0 }
}

/** Validated form values -> what saveCompany takes. */
export function valuesToCompanyInput(v: CompanyFormValues): CompanyInputValues {
  return {
    legalName: v.legalName.trim(),
    tradeName: v.tradeName.trim(),
    taxId: v.taxId.trim(),
    tradeRegister: v.tradeRegister.trim(),
    address: {
      street: v.address.street.trim(),
      city: v.address.city.trim(),
      postalCode: v.address.postalCode.trim(),
      region: v.address.region.trim(),
      country: v.country,
    },
    iban: normalizeIban(v.iban),
    bankName: v.bankName.trim(),
    email: v.email.trim(),
    phone: v.phone.trim(),
    country: v.country,
    currency: v.currency,
    uiLanguage: v.uiLanguage,
    invoiceSeries: v.invoiceSeries.trim().toUpperCase(),
    creditNoteSeries: v.creditNoteSeries.trim().toUpperCase(),
    vatRegistered: v.vatRegistered,
    logoDataUrl: v.logoDataUrl,
    defaultTerms: termsFrom(v.termsKind, v.termsDays),
  }
}
