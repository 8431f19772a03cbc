/**
 * Damage done to a valid file, as data fast-check can generate and shrink: a download cut short, flipped or
 * overwritten bytes, a field ("word") replaced by a wrong value, lines lost, repeated or swapped, bytes inserted, and
 * long runs of one character (the inputs that make a backtracking regular expression quadratic). Positions are any
 * natural number, taken modulo the file's length (or its number of lines, words).
 */
import fc from 'fast-check'

export type Mutation =
  | { op: 'flip'; at: number; byte: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'overwrite'; at: number; text: string }
  | { op: 'word'; at: number; token: string }
  | { op: 'cut'; at: number; length: number }
  | { op: 'deleteLine'; at: number }
  | { op: 'duplicateLine'; at: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'run'; at: number; atLineStart: boolean; unit: string; count: number }

/** Characters whose long runs have broken parsers: blanks and line ends, separators, digits, markup. */
const RUN_UNITS = ['\n', '\r\n', '\r', ' ', '\t', '/', '-', ':', '?', ';', ',', '"', '<', '0', '9', 'A'] as const

/** A run long enough for an O(n²) regular expression to blow the 1 s budget, short enough for a linear one. */
export const RUN_LENGTH = { min: 5_000, max: 30_000 }

/** Values that are wrong in a field: impossible dates, huge or odd numbers, wrong codes, nothing at all. */
export const WRONG_VALUES = [
  '', '0', '-1', '00000000000000', '99999999999999', '999999999999999,99', '9007199254740993', '1e5', 'NaN', '2026-02-30',
  '2026-13-01', '0000-00-00', '260230', '991231', '2026-01-07T25:00:00', 'CRDT', 'DBIT', 'XXX', 'EUR', 'RON', '978', '999',
  'ES9121000418450200051332', 'ES0000000000000000000000', '12,345', '1.234,56', '-0,00', 'BOOK', 'PDNG', 'OPBD', 'CLBD',
]

/** Overwrites keep a fixed-width record's length: digits, blanks and a few letters. */
const overwriteText = fc.array(fc.constantFrom(...'0123456789012345678912 AZ-'), { minLength: 1, maxLength: 14 }).map((cs) => cs.join(''))

const wordArb = (tokens: readonly string[]) =>
  fc.oneof(fc.constantFrom(...tokens), fc.array(fc.constantFrom(...'0123456789-.,:T '), { maxLength: 24 }).map((cs) => cs.join('')))

/** One mutation; `tokens` are the wrong values a field of this format may be given (WRONG_VALUES by default). */
export const mutationArb = (tokens: readonly string[] = WRONG_VALUES): fc.Arbitrary<Mutation> => fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('overwrite' as const), at: fc.nat(), text: overwriteText }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('word' as const), at: fc.nat(), token: wordArb(tokens) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('deleteLine' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('duplicateLine' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('run' as const),
      at: fc.nat(),
      atLineStart: fc.boolean(),
      unit: fc.constantFrom(...RUN_UNITS),
      count: fc.integer(RUN_LENGTH),
    }),
  },
)

export const mutationsArb = (tokens?: readonly string[]) => fc.array(mutationArb(tokens), { minLength: 1, maxLength: 4 })

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** The file's lines, each with its own line end (the last one may have none). */
function splitKeepingEnds(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = []
  let start = 0
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1))
      start = i + 1
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start))
  return lines
}

function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0]
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a && i + 1 < bytes.length) starts.push(i + 1)
  return starts
}

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0))

/** Bytes of a field value: letters, digits and the punctuation numbers, dates and codes are written with. */
const isWordByte = (b: number): boolean =>
  (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x2d || b === 0x2e || b === 0x2c || b === 0x3a || b === 0x2b

/** [start, end) of every word of the file. */
function words(bytes: Uint8Array): [number, number][] {
  const out: [number, number][] = []
  let start = -1
  for (let i = 0; i <= bytes.length; i++) {
    const inWord = i < bytes.length && isWordByte(bytes[i]!)
    if (inWord && start < 0) start = i
    else if (!inWord && start >= 0) {
      out.push([start, i])
      start = -1
    }
  }
  return out
}

export function applyMutation(bytes: Uint8Array, m: Mutation): Uint8Array {
  const len = bytes.length
  switch (m.op) {
    case 'flip': {
      if (len === 0) return bytes
      const out = bytes.slice()
      out[m.at % len] = m.byte
      return out
    }
    case 'insert': {
      const at = m.at % (len + 1)
      return concat(bytes.subarray(0, at), m.bytes, bytes.subarray(at))
    }
    case 'overwrite': {
      if (len === 0) return bytes
      const out = bytes.slice()
      const at = m.at % len
      out.set(ascii(m.text).subarray(0, len - at), at)
      return out
    }
    case 'word': {
      const all = words(bytes)
      if (all.length === 0) return bytes
      const [start, end] = all[m.at % all.length]!
      return concat(bytes.subarray(0, start), ascii(m.token), bytes.subarray(end))
    }
    case 'cut': {
      if (len === 0) return bytes
      const at = m.at % len
      return concat(bytes.subarray(0, at), bytes.subarray(Math.min(len, at + m.length)))
    }
    case 'run': {
      const starts = lineStarts(bytes)
      const at = m.atLineStart ? (starts[m.at % starts.length] ?? 0) : m.at % (len + 1)
      return concat(bytes.subarray(0, at), ascii(m.unit.repeat(Math.ceil(m.count / m.unit.length))), bytes.subarray(at))
    }
    default: {
      const lines = splitKeepingEnds(bytes)
      if (lines.length === 0) return bytes
      if (m.op === 'deleteLine') lines.splice(m.at % lines.length, 1)
      else if (m.op === 'duplicateLine') {
        const i = m.at % lines.length
        lines.splice(i, 0, lines[i]!)
      } else {
        const a = m.a % lines.length
        const b = m.b % lines.length
        ;[lines[a], lines[b]] = [lines[b]!, lines[a]!]
      }
      return concat(...lines)
    }
  }
}

export function applyMutations(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  return mutations.reduce(applyMutation, bytes)
}

/** A file cut short at any point before its end (an interrupted download). */
export function truncate(bytes: Uint8Array, at: number): Uint8Array {
  return bytes.subarray(0, bytes.length === 0 ? 0 : at % bytes.length)
}

/** Random bytes, biased towards what parsers look at: printable ASCII, line ends, high latin-1 and UTF-8 lead bytes. */
export const randomBytesArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }),
  fc
    .array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.constantFrom(0x0a, 0x0d, 0x09, 0xf1, 0xe1, 0xc3, 0xa9, 0xef, 0xbb, 0xbf, 0x1a, 0x00)), {
      maxLength: 2_000,
    })
    .map((a) => Uint8Array.from(a)),
)
