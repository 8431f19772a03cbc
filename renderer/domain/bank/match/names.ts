/**
 * Payer names: normalized tokens without accents, legal forms and small words, a token-overlap similarity
 * (0..100) tolerant of word order and of the truncation banks apply to names, and an inverted index
 * token -> customers so a line only looks at customers that share a word with the payer.
 */
import { normalizeText } from '../../search'
import type { MatchCustomer } from './types'

/** Legal forms and their spelled-out words (ES, RO, a few foreign): they say nothing about who pays. */
const LEGAL_FORMS = new Set([
  'sl', 'sa', 'slu', 'sau', 'sll', 'slne', 'sal', 'scoop', 'coop', 'scp', 'cb', 'sc', 'srl', 'snc', 'scs', 'sca',
  'pfa', 'ii', 'if', 'ltd', 'gmbh', 'sas', 'sarl', 'spa', 'bv', 'nv',
  'sociedad', 'limitada', 'anonima', 'cooperativa', 'unipersonal', 'intreprindere', 'individuala', 'persoana',
  'fizica', 'autorizata',
])
const SMALL_WORDS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'i', 'si', 'and', 'the', 'of', 'cu', 'din', 'lui', 'nr'])

/** Shortest prefix accepted for a truncated word ('aliment' for 'alimentarias'). */
const MIN_PREFIX = 3

/**
 * 'Distribuciones Núñez, S.L.' -> ['distribuciones', 'nunez']; 'S.C. Mureșan Trans S.R.L.' -> ['muresan', 'trans'].
 * Runs of one-letter words are joined first, so that dotted forms (S.L., S.R.L.) read as one.
 */
export function nameTokens(name: string): string[] {
  const words = normalizeText(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0)
  const joined: string[] = []
  let run = ''
  for (const w of words) {
    if (w.length === 1) {
      run += w
      continue
    }
    if (run) joined.push(run)
    run = ''
    joined.push(w)
  }
  if (run) joined.push(run)
  return [...new Set(joined.filter((w) => w.length > 1 && !LEGAL_FORMS.has(w) && !SMALL_WORDS.has(w)))]
}

/** Equal words; or `payerWord`, the payer's last word, cut short by the bank ('aliment' for 'alimentarias'). */
function tokenMatches(payerWord: string, word: string, isLast: boolean): boolean {
  if (payerWord === word) return true
  return isLast && payerWord.length >= MIN_PREFIX && word.startsWith(payerWord)
}

/**
 * Dice overlap of the payer's words `a` and a customer name's words `b`, 0..100: 2 x matched / (|a| + |b|).
 * Words match when equal; the payer's last word may also be a prefix (truncated by the bank).
 */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  const used: boolean[] = new Array<boolean>(b.length).fill(false)
  let matched = 0
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? ''
    for (let j = 0; j < b.length; j++) {
      if (!used[j] && tokenMatches(x, b[j] ?? '', i === a.length - 1)) {
        used[j] = true
        matched++
        break
      }
    }
  }
  return Math.round((200 * matched) / (a.length + b.length))
}

/** Similarity of a payer's name (as the bank wrote it) to a customer's name, 0..100. */
export function nameSimilarity(a: string, b: string): number {
  return tokenSimilarity(nameTokens(a), nameTokens(b))
}

export interface NameIndex {
  /** customerId -> token sets of its legal name and its trade name. */
  tokensOf: Map<string, string[][]>
  /** token -> customers having it. */
  postings: Map<string, Set<string>>
  /** All distinct tokens, sorted, for prefix lookups of a truncated last word. */
  sortedTokens: string[]
  /**
   * findByName's answers so far, by least score and payer name: a statement names the same payers again and again
   * (a customer paying several invoices), and the index does not change while it is used.
   */
  found: Map<string, readonly NameHit[]>
}

export function buildNameIndex(customers: readonly MatchCustomer[]): NameIndex {
  const tokensOf = new Map<string, string[][]>()
  const postings = new Map<string, Set<string>>()
  for (const c of customers) {
    const sets = [nameTokens(c.legalName), nameTokens(c.tradeName)].filter((s) => s.length > 0)
    tokensOf.set(c.id, sets)
    for (const t of sets.flat()) {
      const set = postings.get(t)
      if (set) set.add(c.id)
      else postings.set(t, new Set([c.id]))
    }
  }
  return { tokensOf, postings, sortedTokens: [...postings.keys()].sort(), found: new Map() }
}

/** Tokens of the index starting with `prefix` (binary search on the sorted list). */
function tokensWithPrefix(index: NameIndex, prefix: string): string[] {
  const list = index.sortedTokens
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((list[mid] ?? '') < prefix) lo = mid + 1
    else hi = mid
  }
  const out: string[] = []
  for (let i = lo; i < list.length && (list[i] ?? '').startsWith(prefix); i++) out.push(list[i] ?? '')
  return out
}

export interface NameHit {
  customerId: string
  score: number
}

/**
 * Least number of the payer's `n` words a customer must share to reach `minScore`: Dice 2m / (n + k) with k >= m
 * gives m >= minScore x n / (200 - minScore).
 */
function wordsNeeded(n: number, minScore: number): number {
  return Math.max(1, Math.ceil((minScore * n) / (200 - Math.min(minScore, 199)) - 1e-9))
}

/**
 * Customers whose legal or trade name is at least `minScore` similar to the payer's name, best first.
 * Candidates come from the postings of the payer's rarest words only: a customer sharing `needed` of the `n` words
 * shares at least one of any n - needed + 1 of them, so common words ('supermercados', 'bar') are never walked.
 * Remembered in the index (`found`): the same payer name is looked up once per index.
 */
export function findByName(index: NameIndex, payerName: string, minScore: number): NameHit[] {
  const key = `${minScore}|${payerName}`
  let hits = index.found.get(key)
  if (!hits) {
    hits = searchByName(index, payerName, minScore).map((h) => Object.freeze(h))
    index.found.set(key, hits)
  }
  return [...hits]
}

function searchByName(index: NameIndex, payerName: string, minScore: number): NameHit[] {
  const tokens = nameTokens(payerName)
  if (tokens.length === 0) return []
  const none = new Set<string>()
  const sets = tokens.map((t, i) => {
    if (i < tokens.length - 1 || t.length < MIN_PREFIX) return index.postings.get(t) ?? none
    const keys = tokensWithPrefix(index, t)
    if (keys.length <= 1) return index.postings.get(keys[0] ?? t) ?? none
    const union = new Set<string>()
    for (const k of keys) for (const id of index.postings.get(k) ?? []) union.add(id)
    return union
  })
  const needed = wordsNeeded(tokens.length, minScore)
  const bySize = [...sets].sort((a, b) => a.size - b.size)
  const walked = bySize.slice(0, tokens.length - needed + 1)
  // A customer in two walked sets is looked at once; one set has no repeats (most names: every word needed).
  const seen = walked.length > 1 ? new Set<string>() : null
  const out: NameHit[] = []
  for (const set of walked) {
    for (const id of set) {
      if (seen) {
        if (seen.has(id)) continue
        seen.add(id)
      }
      let shared = 0
      for (const s of sets) if (s.has(id)) shared++
      if (shared < needed) continue
      let score = 0
      for (const words of index.tokensOf.get(id) ?? []) score = Math.max(score, tokenSimilarity(tokens, words))
      if (score >= minScore) out.push({ customerId: id, score })
    }
  }
  return out.sort((a, b) => b.score - a.score || (a.customerId < b.customerId ? -1 : 1))
}
