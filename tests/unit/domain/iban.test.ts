import { describe, expect, it } from 'vitest'
import { formatIban, ibanLength, ibanMod97, normalizeIban, validateIban } from '../../../renderer/domain/iban'

describe('normalizeIban / formatIban', () => {
  it('strips spaces and upper-cases', () => {
    expect(normalizeIban(' es91 2100 0418 4502 0005 1332 ')).toBe('ES9121000418450200051332')
    expect(normalizeIban('IBAN ES91-2100-0418-4502-0005-1332')).toBe('ES9121000418450200051332')
  })

  it('groups by 4 for print', () => {
    expect(formatIban('ES9121000418450200051332')).toBe('ES91 2100 0418 4502 0005 1332')
    expect(formatIban('ro49aaaa1b31007593840000')).toBe('RO49 AAAA 1B31 0075 9384 0000')
    expect(formatIban('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00')
    expect(formatIban('')).toBe('')
  })
})

describe('validateIban', () => {
  it('accepts valid IBANs (mod 97 = 1)', () => {
    expect(validateIban('ES91 2100 0418 4502 0005 1332')).toEqual({ ok: true, normalized: 'ES9121000418450200051332' })
    expect(validateIban('RO49 AAAA 1B31 0075 9384 0000')).toEqual({ ok: true, normalized: 'RO49AAAA1B31007593840000' })
    expect(validateIban('DE89 3704 0044 0532 0130 00').ok).toBe(true)
    expect(validateIban('GB29 NWBK 6016 1331 9268 19').ok).toBe(true)
    expect(validateIban('fr14 2004 1010 0505 0001 3m02 606').ok).toBe(true)
    expect(ibanMod97('ES9121000418450200051332')).toBe(1)
  })

  it('refuses a wrong check digit or a swapped pair', () => {
    expect(validateIban('ES9121000418450200051333')).toEqual({ ok: false, code: 'iban.checksum' })
    expect(validateIban('ES9121000418450200051323')).toEqual({ ok: false, code: 'iban.checksum' })
    expect(validateIban('RO49AAAA1B31007593840001')).toEqual({ ok: false, code: 'iban.checksum' })
  })

  it('checks the length of ES and RO (24) and other known countries', () => {
    expect(validateIban('ES912100041845020005133')).toEqual({ ok: false, code: 'iban.length' })
    expect(validateIban('RO49AAAA1B310075938400001')).toEqual({ ok: false, code: 'iban.length' })
    expect(validateIban('DE8937040044053201300')).toEqual({ ok: false, code: 'iban.length' })
    expect(ibanLength('es')).toBe(24)
    expect(ibanLength('RO')).toBe(24)
    expect(ibanLength('XX')).toBeUndefined()
  })

  it('countries without a known length: 15..34 characters and mod 97', () => {
    // Kosovo (XK, 20 characters) is not in our length table: only 15..34 and mod 97 apply
    expect(validateIban('XK051212012345678906').ok).toBe(true)
    expect(validateIban('XK05121201234')).toEqual({ ok: false, code: 'iban.length' })
  })

  it('refuses empty and malformed input', () => {
    expect(validateIban('')).toEqual({ ok: false, code: 'iban.required' })
    expect(validateIban('   ')).toEqual({ ok: false, code: 'iban.required' })
    expect(validateIban('1234ES')).toEqual({ ok: false, code: 'iban.format' })
    expect(validateIban('ESAB21000418450200051332')).toEqual({ ok: false, code: 'iban.format' })
    expect(validateIban('ES91 2100 0418 4502 0005 133!')).toEqual({ ok: false, code: 'iban.format' })
  })
})
