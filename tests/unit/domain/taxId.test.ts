import { describe, expect, it } from 'vitest'
import {
  cifControlDigit,
  cuiControlDigit,
  validateRomanianCui,
  validateSpanishTaxId,
  validateTaxId,
} from '../../../renderer/domain/taxId'

describe('Spanish NIF (DNI)', () => {
  it('accepts 8 digits + the letter of the table TRWAGMYFPDXBNJZSQVHLCKE', () => {
    // 12345678 mod 23 = 14 -> Z
    expect(validateSpanishTaxId('12345678Z')).toEqual({ ok: true, kind: 'NIF', normalized: '12345678Z' })
    // 00000000 mod 23 = 0 -> T ; 87654321 mod 23 = 10 -> X
    expect(validateSpanishTaxId('00000000T').ok).toBe(true)
    expect(validateSpanishTaxId('87654321X').ok).toBe(true)
  })

  it('accepts lower case, spaces, dashes, dots and the ES prefix', () => {
    for (const s of ['12345678z', ' 12.345.678-Z ', '1234 5678 z', 'ES12345678Z', 'es-12345678z']) {
      expect(validateSpanishTaxId(s), s).toEqual({ ok: true, kind: 'NIF', normalized: '12345678Z' })
    }
  })

  it('refuses a wrong letter or shape', () => {
    expect(validateSpanishTaxId('12345678A')).toEqual({ ok: false, code: 'taxId.es.checkDigit' })
    expect(validateSpanishTaxId('1234567Z')).toEqual({ ok: false, code: 'taxId.es.format' })
    expect(validateSpanishTaxId('123456789')).toEqual({ ok: false, code: 'taxId.es.format' })
    expect(validateSpanishTaxId('ABCDEFGHI')).toEqual({ ok: false, code: 'taxId.es.format' })
    expect(validateSpanishTaxId('')).toEqual({ ok: false, code: 'taxId.required' })
    expect(validateSpanishTaxId('   ')).toEqual({ ok: false, code: 'taxId.required' })
  })

  it('accepts K/L/M personal NIFs', () => {
    // 1234567 mod 23 = 19 -> L
    expect(validateSpanishTaxId('K1234567L')).toEqual({ ok: true, kind: 'NIF', normalized: 'K1234567L' })
    expect(validateSpanishTaxId('M1234567A').ok).toBe(false)
  })
})

describe('Spanish NIE', () => {
  it('maps X/Y/Z to 0/1/2 before the letter', () => {
    // X1234567 -> 01234567 mod 23 = 19 -> L
    expect(validateSpanishTaxId('X1234567L')).toEqual({ ok: true, kind: 'NIE', normalized: 'X1234567L' })
    // Y1234567 -> 11234567 mod 23 = 10 -> X
    expect(validateSpanishTaxId('y-1234567-x')).toEqual({ ok: true, kind: 'NIE', normalized: 'Y1234567X' })
    // Z7654321 -> 27654321 mod 23 = 7 -> H
    expect(validateSpanishTaxId('Z7654321H').ok).toBe(true)
  })

  it('refuses a wrong letter', () => {
    expect(validateSpanishTaxId('X1234567T')).toEqual({ ok: false, code: 'taxId.es.checkDigit' })
    expect(validateSpanishTaxId('Z7654321J').ok).toBe(false)
  })
})

describe('Spanish CIF', () => {
  it('computes the control digit by the official algorithm', () => {
    // 1234567: odd positions 1,3,5,7 doubled -> 2,6,10,14 -> digit sums 2+6+1+5 = 14; even 2+4+6 = 12;
    // 26 -> 10 - 6 = 4
    expect(cifControlDigit('1234567')).toBe(4)
    // Telefónica, A28015865: 2801586 -> 5
    expect(cifControlDigit('2801586')).toBe(5)
    expect(cifControlDigit('0000000')).toBe(0)
  })

  it('accepts real and computed examples', () => {
    expect(validateSpanishTaxId('A28015865')).toEqual({ ok: true, kind: 'CIF', normalized: 'A28015865' }) // Telefónica
    expect(validateSpanishTaxId('B12345674')).toEqual({ ok: true, kind: 'CIF', normalized: 'B12345674' })
    expect(validateSpanishTaxId('Q2818014I').ok).toBe(true) // public body: letter control (9 -> I)
    expect(validateSpanishTaxId('es b-12345674').ok).toBe(true)
    expect(validateSpanishTaxId('ESA28015865').ok).toBe(true)
  })

  it('A, B, E, H require a digit; P, Q, R, S, N, W require a letter; others take either', () => {
    expect(validateSpanishTaxId('B1234567D')).toEqual({ ok: false, code: 'taxId.es.checkDigit' }) // 4 -> D, but B needs a digit
    expect(validateSpanishTaxId('A2801586E').ok).toBe(false)
    expect(validateSpanishTaxId('Q28180149')).toEqual({ ok: false, code: 'taxId.es.checkDigit' })
    expect(validateSpanishTaxId('P1234567D').ok).toBe(true)
    expect(validateSpanishTaxId('W1234567D').ok).toBe(true)
    expect(validateSpanishTaxId('N12345674').ok).toBe(false)
    // G (associations) and F, J, U, V accept either form
    expect(validateSpanishTaxId('G12345674').ok).toBe(true)
    expect(validateSpanishTaxId('G1234567D').ok).toBe(true)
    expect(validateSpanishTaxId('J1234567D').ok).toBe(true)
  })

  it('refuses wrong control characters and unknown first letters', () => {
    expect(validateSpanishTaxId('B12345675')).toEqual({ ok: false, code: 'taxId.es.checkDigit' })
    expect(validateSpanishTaxId('A28015866').ok).toBe(false)
    expect(validateSpanishTaxId('G1234567E').ok).toBe(false)
    expect(validateSpanishTaxId('I12345674')).toEqual({ ok: false, code: 'taxId.es.format' })
    expect(validateSpanishTaxId('O12345674').ok).toBe(false)
    expect(validateSpanishTaxId('B1234567K')).toEqual({ ok: false, code: 'taxId.es.format' })
  })
})

describe('Romanian CUI', () => {
  it('computes the control digit with key 753217532', () => {
    // eMAG (Dante International) 14399840: 001439984 x 753217532 = 0+0+3+8+3+63+45+24+8 = 154;
    // 154 x 10 = 1540; 1540 mod 11 = 0 -> 0
    expect(cuiControlDigit('1439984')).toBe(0)
    expect(cuiControlDigit('1')).toBe(9) // 000000001 x key = 2; 20 mod 11 = 9
    // 999999999 -> 9 x (7+5+3+2+1+7+5+3+2 = 35) = 315; 3150 mod 11 = 4
    expect(cuiControlDigit('999999999')).toBe(4)
  })

  it('accepts valid CUIs with or without RO', () => {
    expect(validateRomanianCui('14399840')).toEqual({ ok: true, normalized: '14399840', vatPrefixed: false })
    expect(validateRomanianCui('RO14399840')).toEqual({ ok: true, normalized: '14399840', vatPrefixed: true })
    expect(validateRomanianCui('ro 1439 9840')).toEqual({ ok: true, normalized: '14399840', vatPrefixed: true })
    expect(validateRomanianCui('19').ok).toBe(true) // 2 digits, the shortest
    expect(validateRomanianCui('9999999994').ok).toBe(true) // 10 digits, the longest
    expect(validateRomanianCui('18547290').ok).toBe(true)
  })

  it('refuses wrong check digits and shapes', () => {
    expect(validateRomanianCui('14399841')).toEqual({ ok: false, code: 'taxId.ro.checkDigit' })
    expect(validateRomanianCui('RO18547291')).toEqual({ ok: false, code: 'taxId.ro.checkDigit' })
    expect(validateRomanianCui('1')).toEqual({ ok: false, code: 'taxId.ro.format' })
    expect(validateRomanianCui('99999999940')).toEqual({ ok: false, code: 'taxId.ro.format' }) // 11 digits
    expect(validateRomanianCui('014399840')).toEqual({ ok: false, code: 'taxId.ro.format' }) // leading zero
    expect(validateRomanianCui('RO')).toEqual({ ok: false, code: 'taxId.ro.format' })
    expect(validateRomanianCui('1439984A')).toEqual({ ok: false, code: 'taxId.ro.format' })
    expect(validateRomanianCui('')).toEqual({ ok: false, code: 'taxId.required' })
  })
})

describe('validateTaxId by country', () => {
  it('routes ES and RO to their check digits', () => {
    expect(validateTaxId('b-12345674', 'ES')).toEqual({ ok: true, normalized: 'B12345674' })
    expect(validateTaxId('B12345675', 'es')).toEqual({ ok: false, code: 'taxId.es.checkDigit' })
    expect(validateTaxId('ro 14399840', 'RO')).toEqual({ ok: true, normalized: 'RO14399840' })
    expect(validateTaxId('14399840', 'RO')).toEqual({ ok: true, normalized: '14399840' })
    expect(validateTaxId('14399841', 'RO')).toEqual({ ok: false, code: 'taxId.ro.checkDigit' })
  })

  it('other countries: 2..20 letters or digits', () => {
    expect(validateTaxId('de 123 456 789', 'DE')).toEqual({ ok: true, normalized: 'DE123456789' })
    expect(validateTaxId('FR40303265045', 'FR')).toEqual({ ok: true, normalized: 'FR40303265045' })
    expect(validateTaxId('X', 'PT')).toEqual({ ok: false, code: 'taxId.other.format' })
    expect(validateTaxId('A'.repeat(21), 'PT')).toEqual({ ok: false, code: 'taxId.other.format' })
    expect(validateTaxId('12#4', 'PT')).toEqual({ ok: false, code: 'taxId.other.format' })
    expect(validateTaxId('', 'PT')).toEqual({ ok: false, code: 'taxId.required' })
  })
})
