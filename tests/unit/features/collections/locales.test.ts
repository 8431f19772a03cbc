import { describe, expect, it } from 'vitest'
import { flattenLocale, type LocaleTree } from '../../../support/locales'
import esCollections from '../../../../locales/es/collections.json' with { type: 'json' }
import roCollections from '../../../../locales/ro/collections.json' with { type: 'json' }

const FILES: Record<string, Record<string, unknown>> = { 'es/collections': esCollections, 'ro/collections': roCollections }
const load = (lang: string, ns: string) => FILES[`${lang}/${ns}`] as LocaleTree

// Same keys and placeholders in es/ro/en: tests/unit/locales.test.ts checks every namespace.
describe('collections wording', () => {
  it('is real Spanish and Romanian', () => {
    const es = flattenLocale(load('es', 'collections'))
    const ro = flattenLocale(load('ro', 'collections'))
    expect(es.get('steps.demand')).toBe('Requerimiento de pago')
    expect(ro.get('steps.demand')).toBe('Somație de plată')
    expect(es.get('print.anyway')).toBe('Imprimir igualmente')
    expect(ro.get('today.empty')).toBe('Nimic de urmărit azi')
  })
})
