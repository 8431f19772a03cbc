import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import * as inputs from '../../../renderer/db/inputs'
import { FIELD_PROBLEMS } from '../../../renderer/db/validate'
import es from '../../../locales/es/dataErrors.json'
import ro from '../../../locales/ro/dataErrors.json'
import en from '../../../locales/en/dataErrors.json'

const sources = import.meta.glob<string>('../../../renderer/db/**/*.ts', { query: '?raw', import: 'default', eager: true })
const locales = { es, ro, en } as Record<string, Record<string, unknown>>

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix]
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

function lookup(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj)
}

/** Every object key reachable in a zod schema (the names a failed field can carry). */
function fieldNames(schema: unknown, out = new Set<string>()): Set<string> {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def
  if (!def) return out
  switch (def.type) {
    case 'object':
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
        out.add(k)
        fieldNames(v, out)
      }
      break
    case 'array':
      fieldNames(def.element, out)
      break
    case 'pipe':
      fieldNames(def.in, out)
      fieldNames(def.out, out)
      break
    case 'union':
      for (const o of def.options as unknown[]) fieldNames(o, out)
      break
    default:
      if (def.innerType) fieldNames(def.innerType, out)
  }
  return out
}

describe('dataErrors translations', () => {
  it('has the same keys in es, ro and en, none empty', () => {
    const esKeys = keys(es).sort()
    expect(keys(ro).sort()).toEqual(esKeys)
    expect(keys(en).sort()).toEqual(esKeys)
    for (const [lang, tree] of Object.entries(locales)) {
      for (const k of esKeys) expect(String(lookup(tree, k)).trim(), `${lang}:${k}`).not.toBe('')
    }
  })

  it('translates every data.* code the database layer throws, and every field problem', () => {
    const codes = new Set<string>()
    for (const src of Object.values(sources)) for (const m of src.matchAll(/'(data\.[a-zA-Z]+\.[a-zA-Z]+)'/g)) codes.add(m[1]!)
    for (const p of FIELD_PROBLEMS) codes.add(`data.field.${p}`)
    expect(codes.size).toBeGreaterThan(30)
    for (const [lang, tree] of Object.entries(locales)) {
      for (const code of codes) expect(typeof lookup(tree, code), `${lang}:${code}`).toBe('string')
    }
  })

  it('has a label for every input field', () => {
    const names = new Set<string>(['input'])
    for (const value of Object.values(inputs)) fieldNames(value as z.ZodType, names)
    expect(names.size).toBeGreaterThan(60)
    for (const [lang, tree] of Object.entries(locales)) {
      for (const n of names) expect(typeof lookup(tree, `data.fieldNames.${n}`), `${lang}:${n}`).toBe('string')
    }
  })

  it('renders field problems with the translated field name, as the UI looks them up', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({
      lng: 'es',
      fallbackLng: 'en',
      defaultNS: 'common',
      ns: ['common', 'errors', 'dataErrors'],
      resources: { es: { common: {}, errors: {}, dataErrors: es }, ro: { dataErrors: ro }, en: { dataErrors: en } },
      interpolation: { escapeValue: false },
    })
    const ns = ['errors', 'dataErrors']
    expect(i18n.t('data.field.required', { ns, field: 'legalName' })).toBe('Falta un dato obligatorio: «razón social».')
    await i18n.changeLanguage('ro')
    expect(i18n.t('data.field.mustBePositive', { ns, field: 'amount' })).toBe('„sumă” trebuie să fie mai mare decât zero.')
    expect(i18n.t('data.customer.codeTaken', { ns, code: 'C0007' })).toContain('Codul C0007')
    await i18n.changeLanguage('en')
    expect(i18n.t('data.payment.foreignInvoice', { ns, invoice: 'F2026-000001' })).toMatch(/^Invoice F2026-000001 belongs/)
  })
})
