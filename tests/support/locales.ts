/** Reading locale files in tests: a nested JSON tree flattened to 'a.b.c' -> text, and a text's {{placeholders}}. */
export type LocaleTree = { [key: string]: string | LocaleTree }

export function flattenLocale(tree: LocaleTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key, v)
    else for (const [kk, vv] of flattenLocale(v, key)) out.set(kk, vv)
  }
  return out
}

export const placeholdersOf = (s: string): string[] => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort()
