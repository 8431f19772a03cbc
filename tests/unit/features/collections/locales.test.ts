import { describe, expect, it } from 'vitest'
import enCollections from '../../../../locales/en/collections.json' with { type: 'json' }
import esCollections from '../../../../locales/es/collections.json' with { type: 'json' }
import roCollections from '../../../../locales/ro/collections.json' with { type: 'json' }
import enInvoices from '../../../../locales/en/invoices.json' with { type: 'json' }
import esInvoices from '../../../../locales/es/invoices.json' with { type: 'json' }
import roInvoices from '../../../../locales/ro/invoices.json' with { type: 'json' }
import enCustomers from '../../../../locales/en/customers.json' with { type: 'json' }
import esCustomers from '../../../../locales/es/customers.json' with { type: 'json' }
import roCustomers from '../../../../locales/ro/customers.json' with { type: 'json' }

type Tree = { [k: string]: string | Tree }
const FILES: Record<string, Record<string, unknown>> = {
  'en/collections': enCollections, 'es/collections': esCollections, 'ro/collections': roCollections,
  'en/invoices': enInvoices, 'es/invoices': esInvoices, 'ro/invoices': roInvoices,
  'en/customers': enCustomers, 'es/customers': esCustomers, 'ro/customers': roCustomers,
}
const load = (lang: string, ns: string) => FILES[`${lang}/${ns}`] as Tree
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key, v)
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv)
  }
  return out
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe.each(['collections', 'invoices', 'customers'])('locales/*/%s.json', (ns) => {
  it('has the same keys and placeholders in es, ro and en, none empty', () => {
    const langs = { es: flatten(load('es', ns)), ro: flatten(load('ro', ns)), en: flatten(load('en', ns)) }
    const keys = [...langs.en.keys()].sort()
    for (const [lang, map] of Object.entries(langs)) {
      expect([...map.keys()].sort(), lang).toEqual(keys)
      for (const key of keys) {
        expect(map.get(key)!.trim(), `${lang}:${key}`).not.toBe('')
        expect(placeholders(map.get(key)!), `${lang}:${key}`).toEqual(placeholders(langs.en.get(key)!))
      }
    }
  })
})

describe('collections wording', () => {
  it('is real Spanish and Romanian', () => {
    const es = flatten(load('es', 'collections'))
    const ro = flatten(load('ro', 'collections'))
    expect(es.get('steps.demand')).toBe('Requerimiento de pago')
    expect(ro.get('steps.demand')).toBe('Somație de plată')
    expect(es.get('print.anyway')).toBe('Imprimir igualmente')
    expect(ro.get('today.empty')).toBe('Nimic de urmărit azi')
  })
})
