import { describe, expect, it } from 'vitest'
import {
  formatDocumentNumber,
  isValidSeriesCode,
  nextNumber,
  parseDocumentNumber,
  seriesId,
} from '../../../renderer/domain/numbering'

describe('document numbers', () => {
  it('formats series + year + 6-digit correlative', () => {
    expect(formatDocumentNumber('F', 2026, 123)).toBe('F2026-000123')
    expect(formatDocumentNumber('F', 2026, 1)).toBe('F2026-000001')
    expect(formatDocumentNumber('ST', 2027, 999999)).toBe('ST2027-999999')
    expect(formatDocumentNumber('R', 2026, 1234567)).toBe('R2026-1234567')
  })

  it('refuses numbers that cannot be printed', () => {
    expect(() => formatDocumentNumber('F', 2026, 0)).toThrow('numbering.invalid')
    expect(() => formatDocumentNumber('F', 2026, 1.5)).toThrow('numbering.invalid')
    expect(() => formatDocumentNumber('', 2026, 1)).toThrow('numbering.invalid')
    expect(() => formatDocumentNumber('F1', 2026, 1)).toThrow('numbering.invalid')
    expect(() => formatDocumentNumber('f', 2026, 1)).toThrow('numbering.invalid')
    expect(() => formatDocumentNumber('F', 26, 1)).toThrow('numbering.invalid')
  })

  it('next number follows the last, without gaps', () => {
    expect(nextNumber(0)).toBe(1)
    expect(nextNumber(41)).toBe(42)
    expect(() => nextNumber(-1)).toThrow('numbering.invalid')
    expect(() => nextNumber(2.5)).toThrow('numbering.invalid')
  })

  it('series helpers', () => {
    expect(isValidSeriesCode('FV')).toBe(true)
    expect(isValidSeriesCode('F-')).toBe(false)
    expect(seriesId('F', 2026)).toBe('F-2026')
  })

  it('parses a printed number back', () => {
    expect(parseDocumentNumber('F2026-000123')).toEqual({ series: 'F', year: 2026, number: 123 })
    expect(parseDocumentNumber(' st2027-000001 ')).toEqual({ series: 'ST', year: 2027, number: 1 })
    expect(parseDocumentNumber('F2026-000000')).toBeNull()
    expect(parseDocumentNumber('F26-1')).toBeNull()
    expect(parseDocumentNumber('2026-000123')).toBeNull()
    for (const [s, y, n] of [['F', 2026, 5], ['R', 2028, 123456]] as const) {
      expect(parseDocumentNumber(formatDocumentNumber(s, y, n))).toEqual({ series: s, year: y, number: n })
    }
  })
})
