/**
 * Tax identification numbers with their check digits.
 * ES: NIF (DNI: 8 digits + letter; K/L/M + 7 digits + letter), NIE (X/Y/Z + 7 digits + letter),
 *     CIF / NIF of entities (letter + 7 digits + control digit or letter).
 * RO: CUI / CIF (2..10 digits, the last is the control digit; key 753217532), optionally prefixed 'RO' (VAT payer).
 * Input may be lower case and contain spaces, dashes, dots and slashes; ES ids may carry the 'ES' VAT prefix.
 */
export type TaxIdKind = 'NIF' | 'NIE' | 'CIF' | 'CUI'

export type SpanishTaxIdResult =
  | { ok: true; kind: 'NIF' | 'NIE' | 'CIF'; normalized: string }
  | { ok: false; code: string }

export type RomanianCuiResult = { ok: true; normalized: string; vatPrefixed: boolean } | { ok: false; code: string }

export type TaxIdResult = { ok: true; normalized: string } | { ok: false; code: string }

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE'
const CIF_CONTROL_LETTERS = 'JABCDEFGHI'
/** Entity letters whose control character must be a letter / a digit; the others accept either. */
const CIF_LETTER_CONTROL = 'PQRSNW'
const CIF_DIGIT_CONTROL = 'ABEH'
const CIF_FIRST_LETTERS = 'ABCDEFGHJNPQRSUVW'

/** Upper case, without spaces, dashes, dots and slashes. */
export function compactTaxId(s: string): string {
  return s.toUpperCase().replace(/[\s\u00a0.\-/_]/g, '')
}

function dniLetter(n: number): string {
  return DNI_LETTERS.charAt(n % 23)
}

/** Control digit (0..9) of a CIF from its 7 central digits. */
export function cifControlDigit(digits7: string): number {
  let sum = 0
  for (let i = 0; i < 7; i++) {
    const d = Number(digits7.charAt(i))
    if (i % 2 === 0) {
      const doubled = d * 2
      sum += Math.floor(doubled / 10) + (doubled % 10)
    } else sum += d
  }
  return (10 - (sum % 10)) % 10
}

export function validateSpanishTaxId(s: string): SpanishTaxIdResult {
  let id = compactTaxId(s)
  if (id === '') return { ok: false, code: 'taxId.required' }
  if (id.length === 11 && id.startsWith('ES')) id = id.slice(2)
  if (id.length !== 9) return { ok: false, code: 'taxId.es.format' }

  let m = /^([0-9]{8})([A-Z])$/.exec(id)
  if (m) return dniLetter(Number(m[1])) === m[2] ? { ok: true, kind: 'NIF', normalized: id } : checkFail()

  m = /^([XYZ])([0-9]{7})([A-Z])$/.exec(id)
  if (m) {
    const n = Number(String('XYZ'.indexOf(m[1] ?? '')) + m[2])
    return dniLetter(n) === m[3] ? { ok: true, kind: 'NIE', normalized: id } : checkFail()
  }

  m = /^([KLM])([0-9]{7})([A-Z])$/.exec(id)
  if (m) return dniLetter(Number(m[2])) === m[3] ? { ok: true, kind: 'NIF', normalized: id } : checkFail()

  m = /^([A-Z])([0-9]{7})([0-9A-J])$/.exec(id)
  if (m && CIF_FIRST_LETTERS.includes(m[1] ?? '')) {
    const first = m[1] ?? ''
    const control = m[3] ?? ''
    const digit = cifControlDigit(m[2] ?? '')
    const isLetter = /[A-Z]/.test(control)
    if (isLetter && CIF_DIGIT_CONTROL.includes(first)) return checkFail()
    if (!isLetter && CIF_LETTER_CONTROL.includes(first)) return checkFail()
    const expected = isLetter ? CIF_CONTROL_LETTERS.charAt(digit) : String(digit)
    return expected === control ? { ok: true, kind: 'CIF', normalized: id } : checkFail()
  }
  return { ok: false, code: 'taxId.es.format' }
}

function checkFail(): { ok: false; code: string } {
  return { ok: false, code: 'taxId.es.checkDigit' }
}

const CUI_KEY = '753217532'

/** Control digit of a Romanian CUI from its digits without the control digit (1..9 digits). */
export function cuiControlDigit(body: string): number {
  const padded = body.padStart(9, '0')
  let sum = 0
  for (let i = 0; i < 9; i++) sum += Number(padded.charAt(i)) * Number(CUI_KEY.charAt(i))
  const r = (sum * 10) % 11
  return r === 10 ? 0 : r
}

export function validateRomanianCui(s: string): RomanianCuiResult {
  let id = compactTaxId(s)
  if (id === '') return { ok: false, code: 'taxId.required' }
  const vatPrefixed = id.startsWith('RO')
  if (vatPrefixed) id = id.slice(2)
  if (!/^[1-9][0-9]{1,9}$/.test(id)) return { ok: false, code: 'taxId.ro.format' }
  const control = Number(id.charAt(id.length - 1))
  if (cuiControlDigit(id.slice(0, -1)) !== control) return { ok: false, code: 'taxId.ro.checkDigit' }
  return { ok: true, normalized: id, vatPrefixed }
}

/**
 * Validates a tax id for a country. 'ES' and 'RO' are checked with their check digits; other countries:
 * 2..20 letters or digits. `normalized` is compact and upper case; for RO it keeps the 'RO' prefix when given
 * (it tells that the company is a VAT payer): 'ro 1439 9840' -> 'RO14399840'.
 */
export function validateTaxId(s: string, country: string): TaxIdResult {
  const c = country.toUpperCase()
  if (c === 'ES') {
    const r = validateSpanishTaxId(s)
    return r.ok ? { ok: true, normalized: r.normalized } : r
  }
  if (c === 'RO') {
    const r = validateRomanianCui(s)
    return r.ok ? { ok: true, normalized: (r.vatPrefixed ? 'RO' : '') + r.normalized } : r
  }
  const id = compactTaxId(s)
  if (id === '') return { ok: false, code: 'taxId.required' }
  if (id.length < 2 || id.length > 20 || !/^[A-Z0-9]+$/.test(id)) return { ok: false, code: 'taxId.other.format' }
  return { ok: true, normalized: id }
}
