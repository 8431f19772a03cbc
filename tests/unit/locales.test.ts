/** Every namespace of locales/{es,ro,en}: the same keys, none empty, the same placeholders in every language. */
import { describe, expect, it } from 'vitest'
import { flattenLocale, placeholdersOf, type LocaleTree } from '../support/locales'

const files = import.meta.glob<{ default: LocaleTree }>('../../locales/*/*.json', { eager: true })
const byNamespace = new Map<string, Map<string, Map<string, string>>>()
for (const [path, mod] of Object.entries(files)) {
  const [, lang, ns] = /locales\/([a-z]{2})\/([\w-]+)\.json$/.exec(path)!
  if (!byNamespace.has(ns!)) byNamespace.set(ns!, new Map())
  byNamespace.get(ns!)!.set(lang!, flattenLocale(mod.default))
}
/**
 * Letter templates (letters.json) are prose each language words its own way from the same placeholder vocabulary
 * (the Spanish and Romanian texts name their law literally where the English one uses {{legalBasis}}): keys only.
 */
const TEMPLATES = new Set(['letters'])
/** i18next plural forms: Romanian has _few where Spanish and English have none. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '')

describe.each([...byNamespace.keys()].sort())('locales/*/%s.json', (ns) => {
  it('exists in es, ro and en with the same keys (plural forms aside), none empty, same placeholders', () => {
    const langs = byNamespace.get(ns)!
    expect([...langs.keys()].sort()).toEqual(['en', 'es', 'ro'])
    const en = langs.get('en')!
    const enBase = new Set([...en.keys()].map(base))
    for (const [lang, map] of langs) {
      expect(new Set([...map.keys()].map(base)), `${lang}/${ns}`).toEqual(enBase)
      for (const [key, textOf] of map) {
        expect(textOf.trim(), `${lang}/${ns}:${key}`).not.toBe('')
        const enText = en.get(key) ?? en.get(`${base(key)}_other`) ?? en.get(base(key))
        if (enText !== undefined && !TEMPLATES.has(ns)) expect(placeholdersOf(textOf), `${lang}/${ns}:${key}`).toEqual(placeholdersOf(enText))
      }
    }
  })
})
