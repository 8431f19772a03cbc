/**
 * VAT (IVA / TVA), recargo de equivalencia and invoice totals.
 * Rounding follows ROUNDING_RULE in money.ts: each line amount once, then VAT and recargo once per VAT rate
 * on that rate's base, half-up. Totals are exact sums of those rounded figures.
 */
import { DomainError } from './errors'
import { cents, divRoundHalfUp, percentOf } from './money'
import type { BasisPoints, Cents, Country, InvoiceLine, InvoiceTotals, TaxBreakdownRow } from './types'

/**
 * Rates in force. ES: general 21 %, reduced 10 %, super-reduced 4 %, exempt 0 %.
 * RO: since 1 Aug 2025 (Legea 141/2025) standard 21 % (was 19 %) and a single reduced 11 % (was 9 % and 5 %), 0 %.
 */
export const VAT_RATES: Record<Country, BasisPoints[]> = {
  ES: [2100, 1000, 400, 0],
  RO: [2100, 1100, 0],
}

/** Recargo de equivalencia (ES) for each VAT rate: 21 % -> 5.2 %, 10 % -> 1.4 %, 4 % -> 0.5 %, 0 % -> 0. */
const RECARGO: ReadonlyMap<BasisPoints, BasisPoints> = new Map([
  [2100, 520],
  [1000, 140],
  [400, 50],
  [0, 0],
])

/** The recargo de equivalencia rate that goes with a Spanish VAT rate; 0 for any rate without one. */
export function recargoFor(vatRate: BasisPoints): BasisPoints {
  return RECARGO.get(vatRate) ?? 0
}

export function isAllowedVatRate(country: Country, vatRate: BasisPoints): boolean {
  return VAT_RATES[country].includes(vatRate)
}

/** Quantity (at most 3 decimals) as an integer count of thousandths: 1.5 -> 1500. */
export function quantityMilli(quantity: number): number {
  if (!Number.isFinite(quantity)) throw new DomainError('invoice.quantityInvalid', { value: String(quantity) })
  const milli = Math.round(quantity * 1000)
  if (!Number.isSafeInteger(milli)) throw new DomainError('invoice.quantityInvalid', { value: String(quantity) })
  return milli
}

/**
 * The line amount before VAT: quantity × unit price × (1 − discount), rounded half-up once.
 * Computed exactly in integers: round(qtyMilli × unitPrice × (10000 − discount) / 10 000 000).
 */
export function lineAmount(line: InvoiceLine): Cents {
  const price = cents(line.unitPrice)
  const discount = line.discount
  if (!Number.isInteger(discount) || discount < 0 || discount > 10000) {
    throw new DomainError('invoice.discountInvalid', { value: String(discount) })
  }
  const numerator = BigInt(quantityMilli(line.quantity)) * BigInt(price) * BigInt(10000 - discount)
  return cents(Number(divRoundHalfUp(numerator, 10_000_000n)))
}

/**
 * Base, VAT and recargo per VAT rate and in total. `byRate` is sorted by rate, highest first, and has one row
 * per rate present in the lines (even when its base is 0).
 */
export function computeTotals(lines: InvoiceLine[], opts: { recargoEquivalencia: boolean }): InvoiceTotals {
  const bases = new Map<BasisPoints, Cents>()
  for (const line of lines) {
    if (!Number.isInteger(line.vatRate) || line.vatRate < 0 || line.vatRate > 10000) {
      throw new DomainError('invoice.vatRateInvalid', { value: String(line.vatRate) })
    }
    bases.set(line.vatRate, (bases.get(line.vatRate) ?? 0) + lineAmount(line))
  }
  const byRate: TaxBreakdownRow[] = [...bases.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([vatRate, base]) => {
      const recargoRate = opts.recargoEquivalencia ? recargoFor(vatRate) : 0
      return {
        vatRate,
        recargoRate,
        base: cents(base),
        vat: percentOf(base, vatRate),
        recargo: percentOf(base, recargoRate),
      }
    })
  let base = 0
  let vat = 0
  let recargo = 0
  for (const row of byRate) {
    base += row.base
    vat += row.vat
    recargo += row.recargo
  }
  return { base: cents(base), vat: cents(vat), recargo: cents(recargo), total: cents(base + vat + recargo), byRate }
}

/** Totals of an empty document (all zero, no rows). */
export function zeroTotals(): InvoiceTotals {
  return { base: 0, vat: 0, recargo: 0, total: 0, byRate: [] }
}

/**
 * RO: an amount of an EUR invoice stated in lei (e.g. its VAT), at `exchangeRate` RON per 1 EUR
 * (BNR publishes 4 decimals; up to 6 are honoured), rounded half-up once.
 */
export function vatInCurrency(amount: Cents, exchangeRate: number): Cents {
  if (!Number.isFinite(exchangeRate) || exchangeRate <= 0) {
    throw new DomainError('invoice.exchangeRateInvalid', { value: String(exchangeRate) })
  }
  const rateMicro = BigInt(Math.round(exchangeRate * 1_000_000))
  return cents(Number(divRoundHalfUp(BigInt(cents(amount)) * rateMicro, 1_000_000n)))
}
