import { describe, expect, it } from 'vitest'
import {
  extractReferences,
  findSubsetSum,
  MAX_COMBINATION_ITEMS,
  nameSimilarity,
  nameTokens,
  taxIdKey,
} from '../../../../renderer/domain/bank/matching'

const SERIES = new Set(['F', 'CFD'])
const refs = (text: string) => extractReferences(text, SERIES)

describe('extractReferences', () => {
  it('series + year + number in several spellings', () => {
    for (const text of ['F2026-000123', 'f2026/123', 'F 2026 123', 'F2026000123', 'Pago F-2026-123.']) {
      expect(refs(text), text).toEqual([{ kind: 'full', series: 'F', year: 2026, number: 123 }])
    }
  })

  it('year + number with a keyword or in number/year order', () => {
    expect(refs('FACT. 2026-123')).toEqual([{ kind: 'yearNumber', year: 2026, number: 123 }])
    expect(refs('Fra. 123/2026')).toEqual([{ kind: 'yearNumber', year: 2026, number: 123 }])
  })

  it('numbers after a keyword, in lists, Spanish and Romanian', () => {
    expect(refs('FRA 123')).toEqual([{ kind: 'number', number: 123 }])
    expect(refs('factura 123 y 124')).toEqual([
      { kind: 'number', number: 123 },
      { kind: 'number', number: 124 },
    ])
    expect(refs('PAGO FRAS 7, 8 Y 9')).toEqual([7, 8, 9].map((number) => ({ kind: 'number', number })))
    expect(refs('CV FACT 123')).toEqual([{ kind: 'number', number: 123 }])
    expect(refs('contravaloare factura nr. 123, 124 și 125')).toEqual([123, 124, 125].map((number) => ({ kind: 'number', number })))
    expect(refs('c/v fact CFD 45')).toEqual([{ kind: 'seriesNumber', series: 'CFD', number: 45 }])
  })

  it('leaves out dates, amounts, IBANs and payment order numbers', () => {
    expect(refs('factura 77 din 12.10.2026 suma 1.210,00 lei')).toEqual([{ kind: 'number', number: 77 }])
    expect(refs('TRANSF 2026-11-10 ES9121000418450200051332')).toEqual([])
    expect(refs('OP nr. 12 F2026-000123')).toEqual([{ kind: 'full', series: 'F', year: 2026, number: 123 }])
  })

  it('bare groups of 3+ digits as the weakest kind, after the others', () => {
    expect(refs('PAGO 4567 FRA 12')).toEqual([
      { kind: 'number', number: 12 },
      { kind: 'bareNumber', number: 4567 },
    ])
    expect(refs('PAGO 45')).toEqual([])
  })
})

describe('names', () => {
  it('normalizes accents, legal forms and dotted abbreviations', () => {
    expect(nameTokens('Distribuciones Núñez, S.L.')).toEqual(['distribuciones', 'nunez'])
    expect(nameTokens('S.C. MUREȘAN TRANS S.R.L.')).toEqual(['muresan', 'trans'])
    expect(nameTokens('Frutas del Sur SA')).toEqual(['frutas', 'sur'])
    expect(nameTokens('Popescu Ion PFA')).toEqual(['popescu', 'ion'])
  })

  it('scores word overlap in any order, and a name truncated by the bank', () => {
    expect(nameSimilarity('GARCIA LOPEZ JUAN', 'Juan García López')).toBe(100)
    expect(nameSimilarity('DISTRIBUCIONES NUNEZ SL', 'Distribuciones Núñez, S.L.')).toBe(100)
    expect(nameSimilarity('DISTRIBUCIONES ALIMENTARIAS SIE', 'Distribuciones Alimentarias Sierra Norte S.L.')).toBe(86)
    expect(nameSimilarity('BAR EL PUERTO', 'Restaurante Casa Pepe')).toBe(0)
  })
})

describe('taxIdKey', () => {
  it('drops the VAT prefix and punctuation', () => {
    expect(taxIdKey('ES B-12345674')).toBe('B12345674')
    expect(taxIdKey('b12345674')).toBe('B12345674')
    expect(taxIdKey('RO 14399840')).toBe('14399840')
    expect(taxIdKey('')).toBe('')
  })
})

describe('findSubsetSum', () => {
  it('finds the fewest invoices adding up, oldest first on ties', () => {
    // 100 + 250 and 300 + 50: two solutions, the older pair is chosen.
    expect(findSubsetSum([100, 250, 300, 50], 350)).toEqual({ indexes: [0, 1], solutions: 2 })
    expect(findSubsetSum([100, 250, 300, 50], 650)).toEqual({ indexes: [0, 1, 2], solutions: 1 })
    expect(findSubsetSum([100, 250, 300, 50], 1)).toBeNull()
  })

  it('never proposes a single invoice and needs two items at least', () => {
    expect(findSubsetSum([100, 200], 100)).toBeNull()
    expect(findSubsetSum([100], 100)).toBeNull()
  })

  it(`looks at the ${MAX_COMBINATION_ITEMS} oldest invoices only`, () => {
    const amounts = Array.from({ length: 30 }, (_, i) => 1000 + i)
    // 2019 = 1000 + 1019 = 1001 + 1018 = ... = 1009 + 1010: ten pairs inside the bound; the one whose newest
    // invoice is the oldest is chosen.
    expect(findSubsetSum(amounts, 2019)).toEqual({ indexes: [9, 10], solutions: 10 })
    // 1020 + 1029 needs invoices beyond the 20th: no pair of the first 20 reaches 2049, three are at least 3003.
    expect(findSubsetSum(amounts, 1020 + 1029)).toBeNull()
  })

  it('stays fast on 20 equal amounts (all subsets tie)', () => {
    const amounts = Array.from({ length: 40 }, () => 500)
    const started = performance.now()
    const r = findSubsetSum(amounts, 5000)
    expect(r?.indexes).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(r?.solutions).toBe(184756)
    expect(performance.now() - started).toBeLessThan(200)
  })
})
