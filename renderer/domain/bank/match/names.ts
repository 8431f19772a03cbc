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
  /** The customers' ids by ordinal, and token -> ordinals of the customers having it (searchByName counts on them). */
  ids: string[]
  ordinals: Map<string, Int32Array>
  /** searchByName's scratch: per customer ordinal, the last question and word that counted it, and its count. */
  scratch: { question: Int32Array; word: Int32Array; count: Int32Array; questions: number; words: number }
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
  const ids = [...tokensOf.keys()]
  const ordinalOf = new Map(ids.map((id, i) => [id, i]))
  const ordinals = new Map([...postings].map(([t, set]) => [t, Int32Array.from(set, (id) => ordinalOf.get(id) ?? 0)]))
  const n = ids.length
  const scratch = { question: new Int32Array(n), word: new Int32Array(n), count: new Int32Array(n), questions: 0, words: 0 }
  return { tokensOf, postings, sortedTokens: [...postings.keys()].sort(), found: new Map(), ids, ordinals, scratch }
}

/** The last name index built, with what its customers' ids and names were (nameIndexFor). */
let reused: { signature: string; index: NameIndex } | null = null

/**
 * The name index of these customers: the last one built when their ids and names are the same, in the same order (it
 * then equals a fresh one, and so do its answers), with the answers it remembers. Customers rarely change between two
 * imports or two refreshes of the bank queue, and a business's payers come back on every statement (issue 7).
 */
export function nameIndexFor(customers: readonly MatchCustomer[]): NameIndex {
  const signature = customers.map((c) => `${c.id}\u0000${c.legalName}\u0000${c.tradeName}`).join('\u0001')
  if (reused?.signature !== signature) reused = { signature, index: buildNameIndex(customers) }
  return reused.index
}

/** Answers remembered per name index at most: past it the memo starts again (a long session of imports). */
const MAX_REMEMBERED = 20_000

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
 * Customers whose legal or trade name is at least `minScore` similar to the payer's name, best first (searchByName).
 * Remembered in the index (`found`): the same payer name is looked up once per index (nameIndexFor keeps an index
 * while the customers' names stay the same).
 */
export function findByName(index: NameIndex, payerName: string, minScore: number): NameHit[] {
  const key = `${minScore}|${payerName}`
  let hits = index.found.get(key)
  if (!hits) {
    hits = searchByName(index, payerName, minScore).map((h) => Object.freeze(h))
    if (index.found.size >= MAX_REMEMBERED) index.found.clear()
    index.found.set(key, hits)
  }
  return [...hits]
}

const NONE = new Int32Array(0)

/**
 * Every customer sharing at least `needed` of the payer's words (words at least that many sets of the payer's words
 * hold: the last word's set is every customer with a word it begins), scored. Counted per customer ordinal in typed
 * arrays: a customer sharing fewer words cannot reach `minScore` (wordsNeeded), so the hits are those of a scan of
 * every customer, best first.
 */
function searchByName(index: NameIndex, payerName: string, minScore: number): NameHit[] {
  const tokens = nameTokens(payerName)
  if (tokens.length === 0) return []
  const lists = tokens.map((t, i) => {
    if (i < tokens.length - 1 || t.length < MIN_PREFIX) return [index.ordinals.get(t) ?? NONE]
    const keys = tokensWithPrefix(index, t)
    if (keys.length <= 1) return [index.ordinals.get(keys[0] ?? t) ?? NONE]
    return keys.map((k) => index.ordinals.get(k) ?? NONE)
  })
  const needed = wordsNeeded(tokens.length, minScore)
  const sc = index.scratch
  if (sc.words > 0x3fff0000) {
    sc.question.fill(0)
    sc.word.fill(0)
    sc.questions = 0
    sc.words = 0
  }
  const question = ++sc.questions
  const candidates: number[] = []
  for (const list of lists) {
    // A customer under two words the last word begins is counted once for it.
    const word = ++sc.words
    for (const ordinals of list) {
      for (const k of ordinals) {
        if (sc.word[k] === word) continue
        sc.word[k] = word
        if (sc.question[k] !== question) {
          sc.question[k] = question
          sc.count[k] = 0
        }
        const count = (sc.count[k] ?? 0) + 1
        sc.count[k] = count
        if (count === needed) candidates.push(k)
      }
    }
  }
  const out: NameHit[] = []
  for (const k of candidates) {
    const id = index.ids[k] ?? ''
    let score = 0
    for (const words of index.tokensOf.get(id) ?? []) score = Math.max(score, tokenSimilarity(tokens, words))
    if (score >= minScore) out.push({ customerId: id, score })
  }
  return out.sort((a, b) => b.score - a.score || (a.customerId < b.customerId ? -1 : 1))
}
