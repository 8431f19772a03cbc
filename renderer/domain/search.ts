/** Text normalisation for search: lower case, no accents or diacritics, single spaces. */

const EXTRA: Readonly<Record<string, string>> = {
  ș: 's', ş: 's', ț: 't', ţ: 't', ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ı: 'i',
}

/** 'Ștefan  ȚĂRANU' -> 'stefan taranu', 'Muñoz Martínez' -> 'munoz martinez'. */
export function normalizeText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[șşțţßæøœłđı]/g, (c) => EXTRA[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The normalized words of a text (split on anything that is not a letter or a digit). */
export function queryWords(s: string): string[] {
  return normalizeText(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
}

/**
 * Unique normalized words of all parts, for a multi-entry search index. A part that reads as an identifier
 * (a tax id, a code: one token with digits, e.g. 'B-1234567-4', 'RO 14399840') is also indexed whole and compact
 * ('b12345674', 'ro14399840') and without its leading letters ('12345674', '14399840').
 */
export function searchWords(...parts: string[]): string[] {
  const words = new Set<string>()
  for (const part of parts) {
    const partWords = queryWords(part)
    for (const w of partWords) words.add(w)
    const compact = partWords.join('')
    if (/[0-9]/.test(compact) && partWords.length > 1 && isIdentifierLike(part)) words.add(compact)
    if (/[0-9]/.test(compact) && isIdentifierLike(part)) {
      const digitsOnward = compact.replace(/^\p{L}+/u, '')
      if (digitsOnward.length >= 3 && digitsOnward !== compact) words.add(digitsOnward)
    }
  }
  return [...words]
}

/** One token or a few short groups with digits and no long words: a tax id, a code, a reference. */
function isIdentifierLike(part: string): boolean {
  const words = queryWords(part)
  return words.length > 0 && words.every((w) => /[0-9]/.test(w) || w.length <= 3)
}
