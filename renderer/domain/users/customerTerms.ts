/**
 * The customer fields that only an owner may set or change (the clerk's limit): payment terms, payment days,
 * discounts, credit limit, prepayment, collection profile, contractual interest rate and archiving.
 */
import { canonicalJson } from '../audit/chain'
import type { Customer, PaymentTerms } from '../types'

export const TERMS_FIELDS = [
  'terms',
  'paymentDays',
  'earlyDiscount',
  'lineDiscount',
  'creditLimit',
  'requiresPrepayment',
  'collectionProfile',
  'contractualRate',
  'archived',
] as const
export type TermsField = (typeof TERMS_FIELDS)[number]
export type CustomerTermsFields = Pick<Customer, Exclude<TermsField, 'contractualRate'>> & { contractualRate?: Customer['contractualRate'] }

/** What a new customer gets when nobody chooses otherwise (the customer form's defaults). */
export function defaultTermsFields(companyTerms: PaymentTerms): CustomerTermsFields {
  return {
    terms: companyTerms,
    paymentDays: [],
    earlyDiscount: null,
    lineDiscount: 0,
    creditLimit: null,
    requiresPrepayment: false,
    collectionProfile: 'business',
    contractualRate: null,
    archived: false,
  }
}

/** The terms fields whose values differ (null and absent count as the same). */
export function changedTermsFields(before: CustomerTermsFields, after: CustomerTermsFields): TermsField[] {
  return TERMS_FIELDS.filter((f) => canonicalJson(before[f] ?? null) !== canonicalJson(after[f] ?? null))
}
