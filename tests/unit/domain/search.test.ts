import { describe, expect, it } from 'vitest'
import { normalizeText, queryWords, searchWords } from '../../../renderer/domain/search'

describe('normalizeText', () => {
  it('lower-cases and strips Spanish accents', () => {
    expect(normalizeText('Muñoz Martínez, José Ángel')).toBe('munoz martinez, jose angel')
    expect(normalizeText('CÁDIZ ÜBEDA Ñ')).toBe('cadiz ubeda n')
  })

  it('strips Romanian diacritics in both comma-below and cedilla forms', () => {
    expect(normalizeText('Ștefan Țăranu, Brașov, Iași, Râmnicu Vâlcea')).toBe('stefan taranu, brasov, iasi, ramnicu valcea')
    expect(normalizeText('Şerban Ţepeş')).toBe('serban tepes') // legacy cedilla letters
    expect(normalizeText('ș ş ț ţ ă â î')).toBe('s s t t a a i')
  })

  it('collapses and trims whitespace, including no-break spaces', () => {
    expect(normalizeText('  Comercial\u00a0 López \t\n SL  ')).toBe('comercial lopez sl')
    expect(normalizeText('')).toBe('')
  })
})

describe('queryWords / searchWords', () => {
  it('splits on anything that is not a letter or digit', () => {
    expect(queryWords('Frutas-García & Hijos, S.L.')).toEqual(['frutas', 'garcia', 'hijos', 's', 'l'])
    expect(queryWords('  ')).toEqual([])
  })

  it('indexes unique words of several parts', () => {
    expect(searchWords('C0012', 'Ultramarinos Pérez SL', 'Pérez')).toEqual(['c0012', '0012', 'ultramarinos', 'perez', 'sl'])
  })

  it('also indexes a tax id whole and without its letter prefix', () => {
    const words = searchWords('Distribuții Ștefan SRL', 'RO 14399840')
    expect(words).toEqual(['distributii', 'stefan', 'srl', 'ro', '14399840', 'ro14399840'])
    const es = searchWords('B-12345674')
    expect(es).toEqual(['b', '12345674', 'b12345674'])
    expect(searchWords('ESB12345674')).toEqual(['esb12345674', '12345674'])
  })

  it('does not glue ordinary names together', () => {
    expect(searchWords('Bar El Rincón 2')).toEqual(['bar', 'el', 'rincon', '2'])
  })
})
