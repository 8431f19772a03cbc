// @vitest-environment node
/** The sheet texts are complete in es, ro and en, every export error has a translation, no electron import. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import enErrors from '../../../locales/en/errors.json' with { type: 'json' }
import esErrors from '../../../locales/es/errors.json' with { type: 'json' }
import roErrors from '../../../locales/ro/errors.json' with { type: 'json' }
import en from '../../../locales/en/exportSheets.json' with { type: 'json' }
import es from '../../../locales/es/exportSheets.json' with { type: 'json' }
import ro from '../../../locales/ro/exportSheets.json' with { type: 'json' }
import { agingBucketHeaders } from '../../../electron/main/exports/columns/reports'
import { rateLabel, st } from '../../../electron/main/exports/i18n'
import { flattenLocale, placeholdersOf, type LocaleTree } from '../../support/locales'


describe('locales/*/exportSheets.json', () => {
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

  it('is real Spanish and Romanian', () => {
    expect(st('es', 'docTypes.creditNote')).toBe('Factura rectificativa')
    expect(st('ro', 'docTypes.creditNote')).toBe('Factură storno')
    expect(st('ro', 'sheets.salesRegister')).toBe('Jurnal de vânzări')
    expect(st('ro', 'paymentMethods.promissoryNote')).toBe('Bilet la ordin')
    expect(st('es', 'statementKinds.discount')).toBe('Descuento por pronto pago')
    expect(rateLabel('es', 520)).toBe('5,2\u00a0%')
    expect(rateLabel('ro', 1900)).toBe('19%')
    expect(rateLabel('en', 550)).toBe('5.5%')
    expect(agingBucketHeaders('es', [0, 30, 60, 90])).toEqual(['No vencido', '1–30 días', '31–60 días', '61–90 días', 'Más de 90 días'])
    expect(agingBucketHeaders('ro', [0, 1, 19])).toEqual(['În termen', '1 zi', '2–19 zile', 'Peste 19 zile'])
    expect(agingBucketHeaders('en', [0, 1])).toEqual(['Current', '1 day', 'More than 1 day'])
  })

  it('translates every error code the export handlers raise', () => {
    const sources = ['electron/main/handlers/exports.ts', 'electron/main/exports/sessions.ts']
      .map((f) => readFileSync(join(import.meta.dirname, '../../..', f), 'utf8'))
      .join('\n')
    const codes = [...new Set([...sources.matchAll(/IpcError\('(exports\.\w+)'/g)].map((m) => m[1]!))]
    expect(codes.sort()).toEqual(['exports.tooMany', 'exports.tooManyRows', 'exports.unknown'])
    for (const errors of [esErrors, roErrors, enErrors]) {
      const map = flattenLocale(errors as LocaleTree)
      for (const code of codes) expect(map.get(code), code).toBeTruthy()
      expect(placeholdersOf(map.get('exports.tooMany')!)).toEqual(['max'])
    }
  })

  it('nothing under electron/main/exports imports electron', () => {
    const root = join(import.meta.dirname, '../../../electron/main/exports')
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
    expect(files.length).toBeGreaterThan(8)
    for (const f of [...files.map((x) => join(root, x)), join(root, '../handlers/exports.ts')]) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/from ['"]electron['"]|require\(['"]electron['"]\)/)
    }
  })
})
