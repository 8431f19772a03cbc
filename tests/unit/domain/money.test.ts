import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../renderer/domain/errors'
import { localeOf } from '../../../renderer/domain/locale'
import {
  ROUNDING_RULE,
  addCents,
  cents,
  centsToDecimalString,
  divRoundHalfUp,
  formatAmount,
  formatMoney,
  formatPercent,
  parseMoney,
  parsePercent,
  percentOf,
} from '../../../renderer/domain/money'

const NBSP = '\u00a0'

describe('cents / addCents', () => {
  it('accepts safe integers and rejects floats, NaN and unsafe integers', () => {
    expect(cents(0)).toBe(0)
    expect(cents(-125)).toBe(-125)
    expect(() => cents(1.5)).toThrow(DomainError)
    expect(() => cents(Number.NaN)).toThrow(DomainError)
    expect(() => cents(2 ** 53)).toThrow(DomainError)
    try {
      cents(0.1)
    } catch (e) {
      expect((e as DomainError).code).toBe('money.notInteger')
      expect((e as DomainError).params).toEqual({ value: '0.1' })
    }
  })

  it('adds exactly and refuses a float among the terms', () => {
    expect(addCents()).toBe(0)
    expect(addCents(10, 20, -5)).toBe(25)
    expect(() => addCents(10, 0.2)).toThrow('money.notInteger')
  })
})

describe('divRoundHalfUp / percentOf', () => {
  it('rounds half away from zero', () => {
    expect(divRoundHalfUp(5n, 10n)).toBe(1n)
    expect(divRoundHalfUp(4n, 10n)).toBe(0n)
    expect(divRoundHalfUp(-5n, 10n)).toBe(-1n)
    expect(divRoundHalfUp(-4n, 10n)).toBe(0n)
    expect(divRoundHalfUp(15n, 10n)).toBe(2n)
    expect(() => divRoundHalfUp(1n, 0n)).toThrow(RangeError)
  })

  it('computes percentages in basis points to the cent', () => {
    expect(percentOf(10000, 2100)).toBe(2100)
    // 3705 x 21 % = 778.05 -> 778
    expect(percentOf(3705, 2100)).toBe(778)
    // 3705 x 5.2 % = 192.66 -> 193
    expect(percentOf(3705, 520)).toBe(193)
    // 50 x 21 % = 10.5 -> 11 (half up) ; -50 -> -11 (away from zero)
    expect(percentOf(50, 2100)).toBe(11)
    expect(percentOf(-50, 2100)).toBe(-11)
    // 150 x 3 % = 4.5 -> 5
    expect(percentOf(150, 300)).toBe(5)
    expect(percentOf(0, 2100)).toBe(0)
    expect(percentOf(12345, 0)).toBe(0)
  })

  it('stays exact for very large amounts (no float error)', () => {
    // 9 007 199 254 740 991 c x 21 % = 1 891 511 843 495 608.11 c -> ...608 (a float product would lose the last digits)
    expect(percentOf(9_007_199_254_740_991, 2100)).toBe(1_891_511_843_495_608)
    // 9 007 199 254 740 991 c x 0.01 % = 900 719 925 474.0991 -> 900 719 925 474
    expect(percentOf(9_007_199_254_740_991, 1)).toBe(900_719_925_474)
    expect(percentOf(1_000_000_000_005, 1000)).toBe(100_000_000_001) // 100 000 000 000.5 -> up
  })

  it('rejects a non-integer rate', () => {
    expect(() => percentOf(100, 2.5)).toThrow('percent.invalid')
  })
})

describe('parseMoney', () => {
  it('reads Spanish / Romanian grouping and decimal comma', () => {
    expect(parseMoney('1.234,56', 'es-ES')).toBe(123456)
    expect(parseMoney('1.234,56', 'ro-RO')).toBe(123456)
    expect(parseMoney('1.234.567,8', 'es-ES')).toBe(123456780)
    expect(parseMoney('1234,5', 'es-ES')).toBe(123450)
    expect(parseMoney('0,07', 'es-ES')).toBe(7)
    expect(parseMoney(',5', 'es-ES')).toBe(50)
    expect(parseMoney('1.234', 'es-ES')).toBe(123400) // lone group separator + 3 digits = thousands
  })

  it('reads English grouping and decimal point', () => {
    expect(parseMoney('1,234.56', 'en-GB')).toBe(123456)
    expect(parseMoney('1,234', 'en-GB')).toBe(123400)
    expect(parseMoney('12.5', 'en-GB')).toBe(1250)
  })

  it('reads a plain decimal point in any locale', () => {
    expect(parseMoney('1234.5', 'es-ES')).toBe(123450)
    expect(parseMoney('1234.56', 'ro-RO')).toBe(123456)
    expect(parseMoney('1234', 'ro-RO')).toBe(123400)
  })

  it('ignores spaces, no-break spaces and currency marks; reads a sign', () => {
    expect(parseMoney(` 1.234,56${NBSP}€ `, 'es-ES')).toBe(123456)
    expect(parseMoney('1.234,56 lei', 'ro-RO')).toBe(123456)
    expect(parseMoney('RON 10', 'ro-RO')).toBe(1000)
    expect(parseMoney('-12,30', 'es-ES')).toBe(-1230)
    expect(parseMoney('+7', 'es-ES')).toBe(700)
    expect(parseMoney('1 234,56', 'es-ES')).toBe(123456)
    expect(parseMoney('0', 'es-ES')).toBe(0)
    expect(Object.is(parseMoney('-0', 'es-ES'), -0)).toBe(false)
  })

  it('returns null for what is not an amount', () => {
    for (const bad of ['', '   ', 'abc', '12a', '1,2,3', '1.2.3,4,5', '12,345', '1,234,56', '1.23.4', '€', '-', '1,234']) {
      expect(parseMoney(bad, 'es-ES'), bad).toBeNull()
    }
    expect(parseMoney('1.234.5', 'en-GB')).toBeNull()
    expect(parseMoney('12.345', 'en-GB')).toBeNull() // three decimals: not representable in cents
    expect(parseMoney('1e5', 'en-GB')).toBeNull()
    expect(parseMoney('99999999999999999999', 'en-GB')).toBeNull()
  })
})

describe('formatMoney / formatAmount', () => {
  it('prints es-ES euros grouped, even for 4-digit amounts', () => {
    expect(formatMoney(123456, 'EUR', 'es-ES')).toBe(`1.234,56${NBSP}€`)
    expect(formatMoney(5, 'EUR', 'es-ES')).toBe(`0,05${NBSP}€`)
    expect(formatMoney(-123456, 'EUR', 'es-ES')).toBe(`-1.234,56${NBSP}€`)
    expect(formatMoney(123456789, 'EUR', 'es-ES')).toBe(`1.234.567,89${NBSP}€`)
  })

  it('prints ro-RO lei as "lei"', () => {
    expect(formatMoney(123456, 'RON', 'ro-RO')).toBe(`1.234,56${NBSP}lei`)
    expect(formatMoney(100, 'RON', 'ro-RO')).toBe(`1,00${NBSP}lei`)
    expect(formatMoney(123456, 'EUR', 'ro-RO')).toBe(`1.234,56${NBSP}EUR`)
  })

  it('prints en-GB with the symbol first', () => {
    expect(formatMoney(123456, 'EUR', 'en-GB')).toBe('€1,234.56')
    expect(formatMoney(123456, 'RON', 'en-GB')).toBe(`RON${NBSP}1,234.56`)
  })

  it('is exact for amounts beyond float precision of euros', () => {
    expect(centsToDecimalString(9_007_199_254_740_991)).toBe('90071992547409.91')
    expect(formatMoney(9_007_199_254_740_991, 'EUR', 'es-ES')).toBe(`90.071.992.547.409,91${NBSP}€`)
    expect(centsToDecimalString(-7)).toBe('-0.07')
  })

  it('formats a bare amount', () => {
    expect(formatAmount(123456, 'es-ES')).toBe('1.234,56')
    expect(formatAmount(-50, 'en-GB')).toBe('-0.50')
  })

  it('round-trips what it prints', () => {
    for (const amount of [0, 1, 99, 123456, -98765, 100000000]) {
      expect(parseMoney(formatMoney(amount, 'EUR', 'es-ES'), 'es-ES')).toBe(amount)
      expect(parseMoney(formatMoney(amount, 'RON', 'ro-RO'), 'ro-RO')).toBe(amount)
      expect(parseMoney(formatMoney(amount, 'EUR', 'en-GB'), 'en-GB')).toBe(amount)
    }
  })
})

describe('parsePercent / formatPercent', () => {
  it('parses percentages to basis points', () => {
    expect(parsePercent('5,2')).toBe(520)
    expect(parsePercent('5.2')).toBe(520)
    expect(parsePercent('21 %')).toBe(2100)
    expect(parsePercent('0,5')).toBe(50)
    expect(parsePercent('1,75%')).toBe(175)
    expect(parsePercent('3,')).toBe(300)
    expect(parsePercent('0')).toBe(0)
  })

  it('refuses what is not a percentage', () => {
    for (const bad of ['', 'abc', '-3', '1,234', '5,2,1', '%', '1.2.3']) expect(parsePercent(bad), bad).toBeNull()
  })

  it('formats basis points per locale', () => {
    expect(formatPercent(520, 'es-ES')).toBe(`5,2${NBSP}%`)
    expect(formatPercent(2100, 'ro-RO')).toBe(`21${NBSP}%`)
    expect(formatPercent(175, 'en-GB')).toBe('1.75%')
    expect(formatPercent(0, 'en-GB')).toBe('0%')
    expect(formatPercent(12500, 'en-GB')).toBe('125%')
    expect(formatPercent(-50, 'en-GB')).toBe('-0.5%')
  })
})

describe('ROUNDING_RULE and localeOf', () => {
  it('writes the rounding rule down', () => {
    expect(ROUNDING_RULE).toMatch(/half-up/)
    expect(ROUNDING_RULE).toMatch(/per invoice line/)
    expect(ROUNDING_RULE).toMatch(/per VAT rate/)
  })

  it('maps languages to Intl locales', () => {
    expect(localeOf('es')).toBe('es-ES')
    expect(localeOf('ro')).toBe('ro-RO')
    expect(localeOf('en')).toBe('en-GB')
  })
})
