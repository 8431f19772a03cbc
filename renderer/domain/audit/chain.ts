/**
 * The audit trail's hash chain (tamper evidence). Each entry carries `hash` = SHA-256 (lowercase hex) of the
 * canonical JSON of its content (at, user, entity, entityId, action, before, after; object keys sorted, undefined
 * members dropped as JSON does) followed by the previous entry's hash (`prevHash`, '' for the first sealed entry).
 *
 * The hash is computed synchronously (@noble/hashes) because it runs inside an IndexedDB transaction: awaiting
 * WebCrypto there would let the transaction auto-commit. Entries written before the chain existed have no hash:
 * they are the "unsealed prefix", counted but not checked.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { AuditEntry } from '../types'

export type AuditContent = Pick<AuditEntry, 'at' | 'user' | 'entity' | 'entityId' | 'action' | 'before' | 'after'>

export type ChainResult =
  | { ok: true; checked: number; unsealed: number }
  | { ok: false; firstBrokenId: number; reason: 'hashMismatch' | 'prevMismatch'; checked: number; unsealed: number }

/** JSON with object keys sorted at every depth (arrays keep their order); same value -> same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`
  if (typeof value === 'object') {
    const withToJson = value as { toJSON?: () => unknown }
    if (typeof withToJson.toJSON === 'function') return canonicalJson(withToJson.toJSON())
    const record = value as Record<string, unknown>
    const members = Object.keys(record)
      .filter((k) => record[k] !== undefined && typeof record[k] !== 'function')
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
    return `{${members.join(',')}}`
  }
  if (typeof value === 'bigint') return JSON.stringify(value.toString())
  return JSON.stringify(value) ?? 'null'
}

/** The hash of one entry's content chained to the previous hash. */
export function auditHash(content: AuditContent, prevHash: string): string {
  const { at, user, entity, entityId, action, before, after } = content
  const text = canonicalJson({ at, user, entity, entityId, action, before, after }) + prevHash
  return bytesToHex(sha256(utf8ToBytes(text)))
}

/** The entry to store: its content with `prevHash` and `hash`. */
export function sealAuditEntry(content: AuditContent, prevHash: string): AuditEntry {
  return { ...content, prevHash, hash: auditHash(content, prevHash) }
}

/** A running check that can be fed the table in id order, chunk by chunk (see verifyAuditChain). */
export class AuditChainVerifier {
  private prevHash: string | null = null
  private checked = 0
  private unsealed = 0
  private broken: { id: number; reason: 'hashMismatch' | 'prevMismatch' } | null = null

  /** Feeds the next rows (ascending id); returns false once a break has been found (stop feeding). */
  feed(rows: readonly AuditEntry[]): boolean {
    for (const row of rows) {
      if (this.broken) return false
      const id = row.id ?? -1
      if (row.hash === undefined) {
        // Unsealed: allowed only before the first sealed entry (an unhashed row after it is a break).
        if (this.prevHash === null) this.unsealed++
        else this.broken = { id, reason: 'hashMismatch' }
        continue
      }
      const expectedPrev = this.prevHash ?? ''
      if ((row.prevHash ?? '') !== expectedPrev) this.broken = { id, reason: 'prevMismatch' }
      else if (auditHash(row, expectedPrev) !== row.hash) this.broken = { id, reason: 'hashMismatch' }
      else {
        this.checked++
        this.prevHash = row.hash
      }
    }
    return this.broken === null
  }

  result(): ChainResult {
    const { checked, unsealed } = this
    if (this.broken) return { ok: false, firstBrokenId: this.broken.id, reason: this.broken.reason, checked, unsealed }
    return { ok: true, checked, unsealed }
  }
}

/** Verifies a whole chain given in ascending id order. */
export function verifyAuditChain(rows: readonly AuditEntry[]): ChainResult {
  const verifier = new AuditChainVerifier()
  verifier.feed(rows)
  return verifier.result()
}
