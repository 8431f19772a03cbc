import { z } from 'zod'
import { formatAmount, parseMoney, parsePercent } from '../../../domain/money'
import { validateTaxId } from '../../../domain/taxId'
import type { CollectionProfileId, CompanySettings, Customer, Language, PaymentTerms } from '../../../domain/types'
import type { CustomerInput } from '../../../db/repos/customers'
import { isEmailOrEmpty, isMoneyText, isPercentText, parseDays, parsePaymentDays, V } from '../../settings/forms/validators'
import { termsFrom } from '../../settings/companyForm/companySchema'

export interface AddressFormValues {
  street: string
  city: string
  postalCode: string
  region: string
  country: string
}

export interface ContactFormValues {
  name: string
  role: string
  email: string
  phone: string
  approvesInvoices: boolean
}

/** The customer form: every value as typed (money and percentages as text in the user's locale). */
export interface CustomerFormValues {
  code: string
  legalName: string
  tradeName: string
  taxId: string
  tradeRegister: string
  address: AddressFormValues
  deliveryAddresses: AddressFormValues[]
  contacts: ContactFormValues[]
  email: string
  phone: string
  language: Language
  termsKind: PaymentTerms['kind']
  termsDays: string
  paymentDays: string
  earlyPercent: string
  earlyDays: string
  lineDiscount: string
  creditLimit: string
  requiresPO: boolean
  requiresPrepayment: boolean
  recargoEquivalencia: boolean
  collectionProfile: CollectionProfileId
  /** Contractual late-payment rate as typed ("9,5"); '' = the statutory rate. */
  contractualRate: string
  notes: string
}

const required = z.string().trim().min(1, V.required)
const text = z.string()

const addressSchema = z.object({ street: required, city: required, postalCode: required, region: text, country: required })
const contactSchema = z.object({
  name: required,
  role: text,
  email: text.refine(isEmailOrEmpty, V.email),
  phone: text,
  approvesInvoices: z.boolean(),
})

/** Validation of the customer form; money is parsed in `locale` (es-ES, ro-RO, en-GB). */
export function makeCustomerSchema(locale: string) {
  return z
    .object({
      code: text,
      legalName: required,
      tradeName: text,
      taxId: required,
      tradeRegister: text,
      address: addressSchema,
      deliveryAddresses: z.array(addressSchema),
      contacts: z.array(contactSchema),
      email: text.refine(isEmailOrEmpty, V.email),
      phone: text,
      language: z.enum(['es', 'ro', 'en']),
      termsKind: z.enum(['immediate', 'net', 'endOfMonth']),
      termsDays: text,
      paymentDays: text.refine((s) => parsePaymentDays(s) !== null, V.paymentDays),
      earlyPercent: text.refine((s) => isPercentText(s, true), V.percent),
      earlyDays: text,
      lineDiscount: text.refine((s) => isPercentText(s, true), V.percent),
      creditLimit: text.refine((s) => isMoneyText(s, locale, true), V.money),
      requiresPO: z.boolean(),
      requiresPrepayment: z.boolean(),
      recargoEquivalencia: z.boolean(),
      collectionProfile: z.enum(['business', 'publicAdmin', 'smallShop']),
      contractualRate: text.refine((s) => isPercentText(s, true), V.percent),
      notes: text,
    })
    .superRefine((v, ctx) => {
      if (v.taxId.trim() !== '') {
        const r = validateTaxId(v.taxId, v.address.country)
        if (!r.ok) ctx.addIssue({ code: 'custom', path: ['taxId'], message: r.code })
      }
      if (v.termsKind !== 'immediate' && parseDays(v.termsDays) === null) {
        ctx.addIssue({ code: 'custom', path: ['termsDays'], message: V.days })
      }
      const percent = v.earlyPercent.trim()
      if (percent !== '' && parsePercent(percent) === 0) {
        ctx.addIssue({ code: 'custom', path: ['earlyPercent'], message: V.percent })
      }
      if (percent !== '' && parseDays(v.earlyDays) === null) {
        ctx.addIssue({ code: 'custom', path: ['earlyDays'], message: V.days })
      }
      if (percent === '' && v.earlyDays.trim() !== '') {
        ctx.addIssue({ code: 'custom', path: ['earlyPercent'], message: V.required })
      }
    })
}

export function emptyAddress(country: string): AddressFormValues {
  return { street: '', city: '', postalCode: '', region: '', country }
}

export function emptyContact(): ContactFormValues {
  return { name: '', role: '', email: '', phone: '', approvesInvoices: false }
}

/** A new customer takes the company's country, language and default terms. */
export function newCustomerValues(company: CompanySettings | undefined): CustomerFormValues {
  const country = company?.country ?? 'ES'
  const terms = company?.defaultTerms ?? { kind: 'net', days: 30 }
  return {
    code: '',
    legalName: '',
    tradeName: '',
    taxId: '',
    tradeRegister: '',
    address: emptyAddress(country),
    deliveryAddresses: [],
    contacts: [],
    email: '',
    phone: '',
    language: country === 'RO' ? 'ro' : 'es',
    termsKind: terms.kind,
    termsDays: terms.kind === 'immediate' ? '' : String(terms.days),
    paymentDays: '',
    earlyPercent: '',
    earlyDays: '',
    lineDiscount: '',
    creditLimit: '',
    requiresPO: false,
    requiresPrepayment: false,
    recargoEquivalencia: false,
    collectionProfile: 'business',
    contractualRate: '',
    notes: '',
  }
}

/** Percent in basis points as the user would type it: 520 -> "5,2" (es/ro) or "5.2" (en). */
function percentText(bp: number, locale: string): string {
  if (bp === 0) return ''
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(bp / 100)
}

export function customerToValues(c: Customer, locale: string): CustomerFormValues {
  return {
    code: c.code,
    legalName: c.legalName,
    tradeName: c.tradeName,
    taxId: c.taxId,
    tradeRegister: c.tradeRegister,
    address: { ...c.address },
    deliveryAddresses: c.deliveryAddresses.map((a) => ({ ...a })),
    contacts: c.contacts.map((p) => ({ ...p })),
    email: c.email,
    phone: c.phone,
    language: c.language,
    termsKind: c.terms.kind,
    termsDays: c.terms.kind === 'immediate' ? '' : String(c.terms.days),
    paymentDays: c.paymentDays.join(', '),
    earlyPercent: c.earlyDiscount ? percentText(c.earlyDiscount.percent, locale) : '',
    earlyDays: c.earlyDiscount ? String(c.earlyDiscount.days) : '',
    lineDiscount: percentText(c.lineDiscount, locale),
    creditLimit: c.creditLimit === null ? '' : formatAmount(c.creditLimit, locale),
    requiresPO: c.requiresPO,
    requiresPrepayment: c.requiresPrepayment,
    recargoEquivalencia: c.recargoEquivalencia,
    collectionProfile: c.collectionProfile,
    contractualRate: c.contractualRate === null || c.contractualRate === undefined ? '' : percentText(c.contractualRate, locale),
    notes: c.notes,
  }
}

function trimAddress(a: AddressFormValues): AddressFormValues {
  return { street: a.street.trim(), city: a.city.trim(), postalCode: a.postalCode.trim(), region: a.region.trim(), country: a.country }
}

/** Validated form values -> what createCustomer / updateCustomer take. */
export function valuesToCustomerInput(v: CustomerFormValues, locale: string, recargoAllowed: boolean): CustomerInput {
  const earlyPercent = v.earlyPercent.trim() === '' ? null : parsePercent(v.earlyPercent)
  return {
    code: v.code.trim(),
    legalName: v.legalName.trim(),
    tradeName: v.tradeName.trim(),
    taxId: v.taxId.trim(),
    tradeRegister: v.tradeRegister.trim(),
    address: trimAddress(v.address),
    deliveryAddresses: v.deliveryAddresses.map(trimAddress),
    contacts: v.contacts.map((p) => ({ ...p, name: p.name.trim(), role: p.role.trim(), email: p.email.trim(), phone: p.phone.trim() })),
    email: v.email.trim(),
    phone: v.phone.trim(),
    language: v.language,
    terms: termsFrom(v.termsKind, v.termsDays),
    paymentDays: parsePaymentDays(v.paymentDays) ?? [],
    earlyDiscount: earlyPercent ? { percent: earlyPercent, days: parseDays(v.earlyDays) ?? 0 } : null,
    lineDiscount: v.lineDiscount.trim() === '' ? 0 : (parsePercent(v.lineDiscount) ?? 0),
    creditLimit: v.creditLimit.trim() === '' ? null : parseMoney(v.creditLimit, locale),
    requiresPO: v.requiresPO,
    requiresPrepayment: v.requiresPrepayment,
    recargoEquivalencia: recargoAllowed && v.address.country === 'ES' ? v.recargoEquivalencia : false,
    collectionProfile: v.collectionProfile,
    contractualRate: v.contractualRate.trim() === '' ? null : (parsePercent(v.contractualRate) ?? null),
    notes: v.notes.trim(),
  }
}
