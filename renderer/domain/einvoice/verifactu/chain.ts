/**
 * The verifier: recomputes every huella and every link, in sequence order, and names the first broken record or
 * event. A deleted record shows as a gap in the sequence; an edited one as a wrong huella; a reordered or
 * re-inserted one as a wrong previous huella.
 */
import { eventHash, recordHash } from './hash'
import type { FiscalEvent, FiscalRecord } from './types'

export type ChainCheck =
  | { ok: true; checked: number }
  | { ok: false; checked: number; firstBroken: number; reason: 'gap' | 'hash' | 'link' }

/** `from`: the link before `rows` when checking a chain page by page (null: `rows` start the chain). */
export function checkChain<T extends { seq: number; previousHash: string; hash: string }>(
  rows: readonly T[],
  hashOf: (r: T) => string,
  from: { seq: number; hash: string } | null = null,
): ChainCheck {
  let previous = from?.hash ?? ''
  let expectedSeq = (from?.seq ?? 0) + 1
  for (const r of rows) {
    if (r.seq !== expectedSeq) return { ok: false, checked: expectedSeq - 1, firstBroken: expectedSeq, reason: 'gap' }
    if (r.previousHash !== previous) return { ok: false, checked: expectedSeq - 1, firstBroken: r.seq, reason: 'link' }
    if (hashOf(r) !== r.hash) return { ok: false, checked: expectedSeq - 1, firstBroken: r.seq, reason: 'hash' }
    previous = r.hash
    expectedSeq++
  }
  return { ok: true, checked: expectedSeq - 1 }
}

/** `records` in ascending `seq`. */
export function verifyRecords(records: readonly FiscalRecord[]): ChainCheck {
  return checkChain(records, recordHash)
}

/** `events` in ascending `seq`. */
export function verifyEvents(events: readonly FiscalEvent[]): ChainCheck {
  return checkChain(events, eventHash)
}
