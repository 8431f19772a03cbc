import { describe, expect, it } from 'vitest'
import en from '../../../locales/en/errors.json'
import es from '../../../locales/es/errors.json'
import ro from '../../../locales/ro/errors.json'
import { DomainError, isDomainError } from '../../../renderer/domain/errors'

type Tree = { [k: string]: string | Tree }
const LOCALES: Record<string, Tree> = { es, ro, en }
const load = (lang: string): Tree => LOCALES[lang] ?? {}
/** The domain's source files, as text (vite glob import: works in vitest and type-checks in the web project). */
const sources = import.meta.glob<string>('../../../renderer/domain/*.ts', { query: '?raw', import: 'default', eager: true })

function lookup(tree: Tree, code: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const k of code.split('.')) node = typeof node === 'object' ? node[k] : undefined
  return typeof node === 'string' ? node : undefined
}

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : leaves(v, `${prefix}${k}.`)))
}

/** Every code the domain can throw or return, read from its source. */
function domainCodes(): string[] {
  const codes = new Set<string>()
  for (const src of Object.values(sources)) {
    const re = /[`']((?:money|percent|date|terms|taxId|iban|numbering|payment|allocation|invoice|creditNote|\$\{prefix\})\.[a-zA-Z.]+)[`']/g
    for (const m of src.matchAll(re)) {
      const code = m[1] ?? ''
      if (code.includes('${prefix}')) {
        for (const p of ['invoice', 'creditNote']) codes.add(code.replace('${prefix}', p))
      } else codes.add(code)
    }
  }
  return [...codes].sort()
}

describe('DomainError', () => {
  it('carries a code and params', () => {
    const e = new DomainError('taxId.invalid', { value: 'x' })
    expect(e).toBeInstanceOf(Error)
    expect(isDomainError(e)).toBe(true)
    expect(isDomainError(new Error('x'))).toBe(false)
    expect(e.code).toBe('taxId.invalid')
    expect(e.params).toEqual({ value: 'x' })
    expect(e.name).toBe('DomainError')
    expect(new DomainError('date.invalid').params).toEqual({})
  })
})

describe('translations of domain error codes', () => {
  const codes = domainCodes()

  it('finds the codes in the source', () => {
    expect(codes.length).toBeGreaterThan(50)
    expect(codes).toContain('taxId.es.checkDigit')
    expect(codes).toContain('invoice.lineQuantity')
    expect(codes).toContain('creditNote.lineQuantity')
  })

  for (const lang of ['es', 'ro', 'en']) {
    it(`${lang}: every code has a non-empty message`, () => {
      const tree = load(lang)
      const missing = codes.filter((c) => !lookup(tree, c)?.trim())
      expect(missing).toEqual([])
    })
  }

  it('es, ro and en have the same keys and the same {{placeholders}}', () => {
    const [es, ro, en] = ['es', 'ro', 'en'].map(load) as [Tree, Tree, Tree]
    expect(leaves(ro).sort()).toEqual(leaves(es).sort())
    expect(leaves(en).sort()).toEqual(leaves(es).sort())
    const placeholders = (s: string | undefined) => [...(s ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
    for (const key of leaves(es)) {
      expect(placeholders(lookup(ro, key)), key).toEqual(placeholders(lookup(es, key)))
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(es, key)))
    }
  })

  it('Romanian and Spanish texts are real translations with diacritics', () => {
    const ro = leaves(load('ro')).map((k) => lookup(load('ro'), k) ?? '').join(' ')
    const es = leaves(load('es')).map((k) => lookup(load('es'), k) ?? '').join(' ')
    expect(ro).toMatch(/[ăâîșț]/)
    expect(ro).not.toMatch(/[şţ]/) // comma-below letters, not the legacy cedilla ones
    expect(es).toMatch(/[áéíóúñ]/)
  })
})
