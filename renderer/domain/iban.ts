/** IBAN: ISO 13616 check digits (mod 97 = 1) and the length each country fixes. */
export type IbanResult = { ok: true; normalized: string } | { ok: false; code: string }

/** Lengths of the countries our customers and suppliers bank in (the rest: 15..34 and mod 97 only). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  ES: 24, RO: 24, PT: 25, FR: 27, IT: 27, DE: 22, AT: 20, BE: 16, NL: 18, LU: 20, IE: 22, GB: 22, CH: 21,
  PL: 28, BG: 22, HU: 28, CZ: 24, SK: 24, GR: 27, MD: 24, AD: 24, DK: 18, SE: 24, FI: 18, HR: 21, SI: 19,
}

/** Upper case without spaces, dashes or a leading 'IBAN' label: 'es91 2100-0418…' -> 'ES912100…'. */
export function normalizeIban(s: string): string {
  return s
    .toUpperCase()
    .replace(/[\s\u00a0-]/g, '')
    .replace(/^IBAN:?/, '')
}

/** The IBAN's value mod 97 (letters as 10..35, first four characters moved to the end), chunked. */
export function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let rest = 0
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0)
    const value = code >= 65 && code <= 90 ? String(code - 55) : ch
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97
  }
  return rest
}

export function validateIban(s: string): IbanResult {
  const iban = normalizeIban(s)
  if (iban === '') return { ok: false, code: 'iban.required' }
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(iban)) return { ok: false, code: 'iban.format' }
  const country = iban.slice(0, 2)
  const expected = IBAN_LENGTHS[country]
  if (expected !== undefined ? iban.length !== expected : iban.length < 15 || iban.length > 34) {
    return { ok: false, code: 'iban.length' }
  }
  if (ibanMod97(iban) !== 1) return { ok: false, code: 'iban.checksum' }
  return { ok: true, normalized: iban }
}

/** Groups of 4 for print: 'ES9121000418450200051332' -> 'ES91 2100 0418 4502 0005 1332'. */
export function formatIban(s: string): string {
  return normalizeIban(s).replace(/(.{4})(?=.)/g, '$1 ')
}

/** Expected length of an IBAN of a country, when we know it. */
export function ibanLength(country: string): number | undefined {
  return IBAN_LENGTHS[country.toUpperCase()]
}
