// @vitest-environment node
import { describe, expect, it } from 'vitest'
import en from '../../../locales/en/documents.json' with { type: 'json' }
import es from '../../../locales/es/documents.json' with { type: 'json' }
import ro from '../../../locales/ro/documents.json' with { type: 'json' }
import { t } from '../../../electron/main/documents/pdf/i18n'
import { flattenLocale, placeholdersOf } from '../../support/locales'


describe('locales/*/documents.json', () => {
  const langs = { es: flattenLocale(es), ro: flattenLocale(ro), en: flattenLocale(en) }

  it('has the same keys and placeholders in es, ro and en, none empty', () => {
    const keys = [...langs.en.keys()].sort()
    for (const [lang, map] of Object.entries(langs)) {
      expect([...map.keys()].sort(), lang).toEqual(keys)
      for (const key of keys) {
        expect(map.get(key)!.trim(), `${lang}:${key}`).not.toBe('')
        expect(placeholdersOf(map.get(key)!), `${lang}:${key}`).toEqual(placeholdersOf(langs.en.get(key)!))
      }
    }
  })

  it('is real Spanish and Romanian, with diacritics', () => {
    expect(t('ro', 'invoice.title')).toBe('Factură')
    expect(t('ro', 'creditNote.title')).toBe('Factură storno')
    expect(t('es', 'creditNote.title')).toBe('Factura rectificativa')
    expect(t('es', 'header.issueDate')).toBe('Fecha de expedición')
    expect(t('es', 'terms.net', { days: 30, dueDate: '23/12/2026' })).toBe('Pago a 30 días fecha factura. Vencimiento: 23/12/2026.')
    expect(t('ro', 'letters.parties.taxId')).toBe('CUI')
    expect(t('ro', 'letters.fileName.demand', { customer: 'X', date: 'd' })).toBe('Somație de plată - X - d')
    expect(t('es', 'letters.fileName.demand', { customer: 'X', date: 'd' })).toBe('Requerimiento de pago - X - d')
    expect(t('es', 'letters.signature.signed')).toBe('Fdo.:')
    expect(t('ro', 'letters.signature.signed')).toBe('Semnătura')
  })

  it('has a translation for every error code main can raise', () => {
    for (const code of ['ipc.invalidInput', 'ipc.untrustedSender', 'ipc.internal', 'files.writeFailed', 'pdf.renderFailed']) {
      for (const map of Object.values(langs)) expect(map.has(`errors.${code}`), code).toBe(true)
    }
  })
})
