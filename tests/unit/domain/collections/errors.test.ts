import { describe, expect, it } from 'vitest'
import en from '../../../../locales/en/errors.json'
import es from '../../../../locales/es/errors.json'
import ro from '../../../../locales/ro/errors.json'

type Tree = { [k: string]: string | Tree }
const LOCALES: Record<string, Tree> = { es, ro, en }
const sources = import.meta.glob<string>('../../../../renderer/domain/collections/*.ts', { query: '?raw', import: 'default', eager: true })

function lookup(tree: Tree | undefined, code: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const k of code.split('.')) node = typeof node === 'object' ? node[k] : undefined
  return typeof node === 'string' ? node : undefined
}

function codes(): string[] {
  const out = new Set<string>()
  for (const src of Object.values(sources)) {
    for (const m of src.matchAll(/DomainError\(\s*'((?:collections|interest|letters)\.[a-zA-Z.]+)'/g)) out.add(m[1] ?? '')
  }
  return [...out].sort()
}

describe('collections error codes', () => {
  const all = codes()
  it('are found in the source', () => {
    expect(all).toContain('letters.unknownPlaceholder')
    expect(all).toContain('collections.profile.tooFewReminders')
    expect(all).toContain('interest.noRates')
  })
  for (const lang of ['es', 'ro', 'en']) {
    it(`${lang}: each has a message`, () => {
      expect(all.filter((c) => !lookup(LOCALES[lang], c)?.trim())).toEqual([])
    })
  }
  it('unknownPlaceholder names the placeholder in every language', () => {
    for (const lang of ['es', 'ro', 'en']) expect(lookup(LOCALES[lang], 'letters.unknownPlaceholder')).toContain('{{name}}')
  })
})
