import { describe, expect, it } from 'vitest'
import {
  VAT_RATES,
  computeTotals,
  isAllowedVatRate,
  lineAmount,
  quantityMilli,
  recargoFor,
  vatInCurrency,
  zeroTotals,
} from '../../../renderer/domain/tax'
import type { InvoiceLine } from '../../../renderer/domain/types'

function line(quantity: number, unitPrice: number, vatRate: number, discount = 0): InvoiceLine {
  return { productId: null, code: '', description: 'x', quantity, unit: 'ud', unitPrice, discount, vatRate }
}

describe('VAT rates and recargo', () => {
  it('has the rates in force', () => {
    expect(VAT_RATES.ES).toEqual([2100, 1000, 400, 0])
    expect(VAT_RATES.RO).toEqual([2100, 1100, 0]) // 2025 reform: 19 -> 21, 9 and 5 -> 11
    expect(isAllowedVatRate('RO', 1900)).toBe(false)
    expect(isAllowedVatRate('RO', 900)).toBe(false)
    expect(isAllowedVatRate('RO', 500)).toBe(false)
    expect(isAllowedVatRate('RO', 1100)).toBe(true)
    expect(isAllowedVatRate('ES', 1100)).toBe(false)
    expect(isAllowedVatRate('ES', 400)).toBe(true)
  })

  it('maps VAT rates to recargo de equivalencia', () => {
    expect(recargoFor(2100)).toBe(520)
    expect(recargoFor(1000)).toBe(140)
    expect(recargoFor(400)).toBe(50)
    expect(recargoFor(0)).toBe(0)
    expect(recargoFor(1100)).toBe(0)
  })
})

describe('lineAmount', () => {
  it('multiplies quantity, price and discount, rounding once half-up', () => {
    expect(lineAmount(line(3, 1235, 2100))).toBe(3705)
    // 1.5 kg x 2.99 € = 4.485 -> 4.49
    expect(lineAmount(line(1.5, 299, 1000))).toBe(449)
    // 0.333 x 1.00 € = 0.333 -> 0.33
    expect(lineAmount(line(0.333, 100, 2100))).toBe(33)
    // 7 x 19.99 € - 12.5 % = 139.93 x 0.875 = 122.43875 -> 122.44
    expect(lineAmount(line(7, 1999, 2100, 1250))).toBe(12244)
    // 1 x 0.05 € - 10 % = 0.045 -> 0.05 (half up)
    expect(lineAmount(line(1, 5, 2100, 1000))).toBe(5)
    // 100 % discount
    expect(lineAmount(line(4, 1000, 2100, 10000))).toBe(0)
  })

  it('does not suffer float error on classic cases', () => {
    // 0.1 + 0.2 style: 1.005 x 100 c = 100.5 -> 101 (a float 1.005*100 = 100.49999 would give 100)
    expect(lineAmount(line(1.005, 100, 0))).toBe(101)
    // 2.675 x 100 c = 267.5 -> 268
    expect(lineAmount(line(2.675, 100, 0))).toBe(268)
    // 1234.567 units x 9 876 543.21 € = 1 219 325 432 114.007 c -> ...114: exact in BigInt
    expect(lineAmount(line(1234.567, 987654321, 0))).toBe(1219325432114)
  })

  it('rounds negative quantities away from zero (returns on a line)', () => {
    // -1 x 0.045 € ... -1.5 x 2.99 = -4.485 -> -4.49
    expect(lineAmount(line(-1.5, 299, 2100))).toBe(-449)
  })

  it('refuses bad figures', () => {
    expect(() => lineAmount(line(1, 10.5, 2100))).toThrow('money.notInteger')
    expect(() => lineAmount(line(1, 100, 2100, -1))).toThrow('invoice.discountInvalid')
    expect(() => lineAmount(line(1, 100, 2100, 10001))).toThrow('invoice.discountInvalid')
    expect(() => lineAmount(line(Number.NaN, 100, 2100))).toThrow('invoice.quantityInvalid')
    expect(() => quantityMilli(Number.POSITIVE_INFINITY)).toThrow('invoice.quantityInvalid')
    expect(quantityMilli(0.0015)).toBe(2)
  })
})

describe('computeTotals', () => {
  it('3 x 12,35 € at 21 % with recargo: base 37,05, VAT 7,78, recargo 1,93, total 46,76', () => {
    // base 3 x 1235 = 3705; VAT 3705 x 0.21 = 778.05 -> 778; recargo 3705 x 0.052 = 192.66 -> 193
    // total 3705 + 778 + 193 = 4676
    const t = computeTotals([line(3, 1235, 2100)], { recargoEquivalencia: true })
    expect(t).toEqual({
      base: 3705,
      vat: 778,
      recargo: 193,
      total: 4676,
      byRate: [{ vatRate: 2100, recargoRate: 520, base: 3705, vat: 778, recargo: 193 }],
    })
  })

  it('the same lines without recargo', () => {
    const t = computeTotals([line(3, 1235, 2100)], { recargoEquivalencia: false })
    expect(t.recargo).toBe(0)
    expect(t.byRate[0]?.recargoRate).toBe(0)
    expect(t.total).toBe(4483) // 3705 + 778
  })

  it('rounds VAT once per rate on the rate base, not per line', () => {
    // three lines of 0.07 € at 21 %: VAT per line would be 0.0147 -> 0.01 each, 0.03 in all;
    // per rate (our rule): base 0.21 x 21 % = 0.0441 -> 0.04
    const t = computeTotals([line(1, 7, 2100), line(1, 7, 2100), line(1, 7, 2100)], { recargoEquivalencia: false })
    expect(t.base).toBe(21)
    expect(t.vat).toBe(4)
    expect(t.total).toBe(25)
  })

  it('breaks down several rates, highest first, with recargo per rate', () => {
    const lines = [
      line(10, 450, 400), // 45.00 at 4 %
      line(2, 1999, 2100, 500), // 39.98 - 5 % = 37.981 -> 37.98 at 21 %
      line(3, 333, 1000), // 9.99 at 10 %
      line(1, 1250, 2100), // 12.50 at 21 %
      line(5, 200, 0), // 10.00 at 0 %
    ]
    const t = computeTotals(lines, { recargoEquivalencia: true })
    // 21 %: base 3798 + 1250 = 5048; VAT 5048 x .21 = 1060.08 -> 1060; recargo 5048 x .052 = 262.496 -> 262
    // 10 %: base 999; VAT 99.9 -> 100; recargo 999 x .014 = 13.986 -> 14
    //  4 %: base 4500; VAT 180; recargo 4500 x .005 = 22.5 -> 23 (half up)
    //  0 %: base 1000; 0; 0
    expect(t.byRate).toEqual([
      { vatRate: 2100, recargoRate: 520, base: 5048, vat: 1060, recargo: 262 },
      { vatRate: 1000, recargoRate: 140, base: 999, vat: 100, recargo: 14 },
      { vatRate: 400, recargoRate: 50, base: 4500, vat: 180, recargo: 23 },
      { vatRate: 0, recargoRate: 0, base: 1000, vat: 0, recargo: 0 },
    ])
    expect(t.base).toBe(11547)
    expect(t.vat).toBe(1340)
    expect(t.recargo).toBe(299)
    expect(t.total).toBe(13186) // 11547 + 1340 + 299
  })

  it('Romanian rates: 21 % and 11 %', () => {
    const t = computeTotals([line(12, 1575, 1100), line(1, 10000, 2100)], { recargoEquivalencia: false })
    // 11 %: 18900 x .11 = 2079; 21 %: 10000 x .21 = 2100
    expect(t.byRate.map((r) => [r.vatRate, r.base, r.vat])).toEqual([
      [2100, 10000, 2100],
      [1100, 18900, 2079],
    ])
    expect(t.total).toBe(28900 + 4179)
  })

  it('handles no lines and refuses bad VAT rates', () => {
    expect(computeTotals([], { recargoEquivalencia: true })).toEqual(zeroTotals())
    expect(() => computeTotals([line(1, 100, -100)], { recargoEquivalencia: false })).toThrow('invoice.vatRateInvalid')
    expect(() => computeTotals([line(1, 100, 21.5)], { recargoEquivalencia: false })).toThrow('invoice.vatRateInvalid')
  })

  it('keeps a line with a negative quantity within its rate', () => {
    const t = computeTotals([line(10, 1000, 2100), line(-2, 1000, 2100)], { recargoEquivalencia: false })
    expect(t.base).toBe(8000)
    expect(t.vat).toBe(1680)
    expect(t.total).toBe(9680)
  })
})

describe('vatInCurrency', () => {
  it('states an EUR amount in lei, half-up', () => {
    // 210.00 € x 4.9750 = 1044.75 lei
    expect(vatInCurrency(21000, 4.975)).toBe(104475)
    // 7.78 € x 4.9763 = 38.715614 -> 38.72 lei
    expect(vatInCurrency(778, 4.9763)).toBe(3872)
    // 0.01 € x 4.95 = 0.0495 -> 0.05
    expect(vatInCurrency(1, 4.95)).toBe(5)
    expect(vatInCurrency(-778, 4.9763)).toBe(-3872)
  })

  it('refuses a missing or non-positive rate', () => {
    expect(() => vatInCurrency(100, 0)).toThrow('invoice.exchangeRateInvalid')
    expect(() => vatInCurrency(100, -4.97)).toThrow('invoice.exchangeRateInvalid')
    expect(() => vatInCurrency(100, Number.NaN)).toThrow('invoice.exchangeRateInvalid')
  })
})
