import { describe, expect, it } from 'vitest'
import { compensationAmount, eurToRonCents, isLate } from '../../../../renderer/domain/collections/compensation'
import { invoiceInterest, lateInterest, segmentInterest } from '../../../../renderer/domain/collections/interest'
import { DEFAULT_RATES, halfYearStart, rateFor, statutoryFromReference, validateRatePeriod } from '../../../../renderer/domain/collections/rates'
import type { InterestRatePeriod } from '../../../../renderer/domain/collections/types'
import { address } from '../fixtures'
import { issued } from './helpers'

const ES = DEFAULT_RATES.filter((r) => r.country === 'ES')
const base = { reductions: [], rates: ES, contractualRate: null, dayCount: 'act365' as const, country: 'ES' as const }

describe('rates', () => {
  it('ships the listed half-years, statutory = reference + 8 points', () => {
    const table = DEFAULT_RATES.map((r) => `${r.id} ${r.referenceRate} ${r.statutoryRate}`)
    expect(table).toEqual([
      'ES-2023-01-01 250 1050',
      'ES-2023-07-01 400 1200',
      'ES-2024-01-01 450 1250',
      'ES-2024-07-01 425 1225',
      'ES-2025-01-01 315 1115',
      'ES-2025-07-01 215 1015',
      'ES-2026-01-01 215 1015',
      'RO-2023-01-01 700 1500',
      'RO-2023-07-01 700 1500',
      'RO-2024-01-01 700 1500',
      'RO-2024-07-01 700 1500',
      'RO-2025-01-01 650 1450',
      'RO-2025-07-01 650 1450',
      'RO-2026-01-01 650 1450',
    ])
    for (const r of DEFAULT_RATES) expect(r.statutoryRate).toBe(statutoryFromReference(r.referenceRate))
  })

  it('rateFor finds the half-year, else the latest earlier one and says so', () => {
    expect(rateFor('ES', '2024-03-15', DEFAULT_RATES)).toMatchObject({ rate: 1250, missing: false, halfYear: '2024-01-01' })
    expect(rateFor('RO', '2024-07-01', DEFAULT_RATES)).toMatchObject({ rate: 1500, missing: false })
    expect(rateFor('ES', '2027-02-01', DEFAULT_RATES)).toMatchObject({ rate: 1015, missing: true, halfYear: '2027-01-01' })
    expect(rateFor('ES', '2020-02-01', DEFAULT_RATES)).toMatchObject({ rate: 1050, missing: true })
    expect(rateFor('ES', '2024-02-01', [])).toBeNull()
    expect(halfYearStart('2024-06-30')).toBe('2024-01-01')
    expect(halfYearStart('2024-07-01')).toBe('2024-07-01')
  })

  it('validates a rate the user adds', () => {
    expect(validateRatePeriod({ from: '2026-07-01', referenceRate: 200, statutoryRate: 1000 })).toEqual([])
    expect(validateRatePeriod({ from: '2026-08-01', referenceRate: 200, statutoryRate: 1000 }).map((e) => e.code)).toEqual(['interest.rate.fromNotHalfYear'])
    expect(validateRatePeriod({ from: '2026-07-01', referenceRate: 2.5, statutoryRate: 1000 }).map((e) => e.code)).toEqual(['interest.rate.invalid'])
  })
})

describe('lateInterest', () => {
  it('worked check: 1.250,00 at 10,15 % for 37 days = 12,86', () => {
    expect(segmentInterest(125000, 1015, 37, 'act365')).toBe(1286)
    const r = lateInterest({ ...base, dueDate: '2025-09-01', asOf: '2025-10-08', principal: 125000 })
    expect(r.interest).toBe(1286)
    expect(r.days).toBe(37)
    expect(r.segments).toEqual([{ from: '2025-09-02', to: '2025-10-08', days: 37, base: 125000, rate: 1015, interest: 1286 }])
    expect(r.missingRatePeriods).toEqual([])
    expect(r.maxRate).toBe(1015)
  })

  it('nothing before the day after the due date', () => {
    expect(lateInterest({ ...base, dueDate: '2025-09-01', asOf: '2025-09-01', principal: 125000 }).interest).toBe(0)
    expect(lateInterest({ ...base, dueDate: '2025-09-01', asOf: '2025-08-01', principal: 125000 }).segments).toEqual([])
    expect(lateInterest({ ...base, dueDate: '2025-09-01', asOf: '2025-09-02', principal: 125000 }).segments[0]?.days).toBe(1)
  })

  it('splits at half-years with each one its rate (2023-H2 12 %, 2024-H1 12,5 % over 182 leap days, 2024-H2 12,25 %)', () => {
    const r = lateInterest({ ...base, dueDate: '2023-11-15', asOf: '2024-08-10', principal: 1000000 })
    expect(r.segments.map((s) => [s.from, s.to, s.days, s.rate, s.interest])).toEqual([
      ['2023-11-16', '2023-12-31', 46, 1200, 15123], // 10.000 × 12 % × 46 / 365 = 151,2329
      ['2024-01-01', '2024-06-30', 182, 1250, 62329], // × 12,5 % × 182 / 365 = 623,2877
      ['2024-07-01', '2024-08-10', 41, 1225, 13760], // × 12,25 % × 41 / 365 = 137,6027
    ])
    expect(r.interest).toBe(15123 + 62329 + 13760)
    expect(r.maxRate).toBe(1250)
  })

  it('partial payments reduce the base from the day after the payment', () => {
    const r = lateInterest({
      ...base,
      dueDate: '2025-07-31',
      asOf: '2025-09-30',
      principal: 500000,
      reductions: [{ date: '2025-08-20', amount: 200000 }],
    })
    expect(r.segments.map((s) => [s.from, s.to, s.days, s.base, s.interest])).toEqual([
      ['2025-08-01', '2025-08-20', 20, 500000, 2781], // 5.000 × 10,15 % × 20 / 365 = 27,8082
      ['2025-08-21', '2025-09-30', 41, 300000, 3420], // 3.000 × 10,15 % × 41 / 365 = 34,2041
    ])
    expect(r.interest).toBe(6201)
  })

  it('a payment on time lowers the base from the start; full payment stops the interest on the payment date', () => {
    const r = lateInterest({
      ...base,
      dueDate: '2025-07-31',
      asOf: '2025-12-31',
      principal: 500000,
      reductions: [
        { date: '2025-07-10', amount: 100000 },
        { date: '2025-08-10', amount: 400000 },
      ],
    })
    expect(r.segments).toEqual([{ from: '2025-08-01', to: '2025-08-10', days: 10, base: 400000, rate: 1015, interest: 1112 }])
  })

  it('leap year 2028: act365 still divides by 365; act360 by 360', () => {
    const rates: InterestRatePeriod[] = [
      { id: 'ES-2028-01-01', country: 'ES', from: '2028-01-01', referenceRate: 200, statutoryRate: 1000, source: 'test' },
    ]
    const input = { ...base, rates, dueDate: '2028-02-15', asOf: '2028-03-15', principal: 100000 }
    const r365 = lateInterest(input)
    expect(r365.days).toBe(29) // 16..29 February (14 days) + 1..15 March
    expect(r365.interest).toBe(795) // 1.000 × 10 % × 29 / 365 = 7,9452
    expect(lateInterest({ ...input, dayCount: 'act360' }).interest).toBe(806) // × 29 / 360 = 8,0556
  })

  it('a contractual rate overrides the statutory one (no missing-period warning)', () => {
    const r = lateInterest({ ...base, contractualRate: 1500, dueDate: '2026-06-20', asOf: '2026-07-20', principal: 200000 })
    expect(r.segments.map((s) => [s.days, s.rate, s.interest])).toEqual([
      [10, 1500, 822], // 2.000 × 15 % × 10 / 365 = 8,2192
      [20, 1500, 1644], // × 20 / 365 = 16,4384
    ])
    expect(r.missingRatePeriods).toEqual([])
    expect(() => lateInterest({ ...base, contractualRate: -1, dueDate: '2026-06-20', asOf: '2026-07-20', principal: 1 })).toThrow(
      'interest.contractualRateInvalid',
    )
  })

  it('a half-year missing from the table uses the latest earlier rate and reports it', () => {
    const r = lateInterest({ ...base, dueDate: '2026-06-15', asOf: '2026-08-15', principal: 100000 })
    expect(r.segments.map((s) => [s.from, s.rate])).toEqual([
      ['2026-06-16', 1015],
      ['2026-07-01', 1015],
    ])
    expect(r.missingRatePeriods).toEqual(['2026-07-01'])
  })

  it('needs the country when the table holds both, and a rate to apply', () => {
    const both = { ...base, rates: DEFAULT_RATES, country: undefined, dueDate: '2025-01-01', asOf: '2025-02-01', principal: 1000 }
    expect(() => lateInterest(both)).toThrow('interest.countryRequired')
    expect(() => lateInterest({ ...both, country: 'RO', rates: ES })).toThrow('interest.noRates')
    expect(lateInterest({ ...both, country: 'RO' }).segments[0]?.rate).toBe(1450)
  })
})

describe('compensation', () => {
  const settings = { compensationEur: 4000, eurToRon: 4.9771, dayCount: 'act365' as const }

  it('40 EUR per late invoice; in lei at the EUR -> RON rate, half-up to the ban', () => {
    expect(compensationAmount('EUR', settings)).toBe(4000)
    expect(compensationAmount('RON', settings)).toBe(19908) // 40 × 4,9771 = 199,084
    expect(eurToRonCents(4000, 4.977125)).toBe(19909) // 199,085 -> 199,09
    expect(eurToRonCents(4000, 4.9750)).toBe(19900)
    expect(() => compensationAmount('RON', { ...settings, eurToRon: 0 })).toThrow('interest.exchangeRateInvalid')
  })

  it('late = something outstanding the day after the due date', () => {
    expect(isLate('2025-05-31', 1000, [], '2025-05-31')).toBe(false)
    expect(isLate('2025-05-31', 1000, [], '2025-06-01')).toBe(true)
    expect(isLate('2025-05-31', 1000, [{ date: '2025-05-31', amount: 1000 }], '2025-07-01')).toBe(false)
    expect(isLate('2025-05-31', 1000, [{ date: '2025-06-01', amount: 1000 }], '2025-07-01')).toBe(true)
  })
})

describe('invoiceInterest', () => {
  const settings = { compensationEur: 4000, eurToRon: 4.9771, dayCount: 'act365' as const }
  const inv = issued('x', '2025-08-02', '2025-09-01', 125000)

  it('open overdue invoice: interest to asOf and compensation', () => {
    const r = invoiceInterest(inv, [], DEFAULT_RATES, null, settings, '2025-10-08')
    expect(r).toMatchObject({ invoiceId: 'x', principal: 125000, outstanding: 125000, daysLate: 37, interest: 1286, late: true, compensation: 4000 })
  })

  it('paid late: interest up to the payment date, still claimable; minus interest already paid', () => {
    const paid = [{ date: '2025-10-08', amount: 125000 }]
    const r = invoiceInterest(inv, paid, DEFAULT_RATES, null, settings, '2025-12-31')
    expect(r).toMatchObject({ outstanding: 0, daysLate: 37, interest: 1286, late: true, compensation: 4000, claimableInterest: 1286 })
    expect(invoiceInterest(inv, paid, DEFAULT_RATES, null, settings, '2025-12-31', 1000).claimableInterest).toBe(286)
  })

  it('paid on time: nothing', () => {
    const r = invoiceInterest(inv, [{ date: '2025-09-01', amount: 125000 }], DEFAULT_RATES, null, settings, '2025-12-31')
    expect(r).toMatchObject({ interest: 0, late: false, compensation: 0, daysLate: 0, outstanding: 0 })
  })

  it('Romanian invoice in lei: RO rates, compensation in lei; contractual rate from the customer', () => {
    const ro = { ...issued('y', '2024-06-01', '2024-06-30', 1000000), currency: 'RON' as const, seller: { legalName: 'X', taxId: 'RO1', tradeRegister: '', address: address('RO') } }
    const r = invoiceInterest(ro, [], DEFAULT_RATES, null, settings, '2024-07-30')
    expect(r.segments.map((s) => [s.days, s.rate, s.interest])).toEqual([[30, 1500, 12329]]) // 10.000 × 15,00 % × 30 / 365 = 123,287…
    expect(r.compensation).toBe(19908)
    expect(invoiceInterest(ro, [], DEFAULT_RATES, 1000, settings, '2024-07-30').interest).toBe(8219) // 10 % × 30 / 365
  })
})
