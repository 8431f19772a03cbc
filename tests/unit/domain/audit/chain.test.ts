import { describe, expect, it } from 'vitest'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { auditHash, canonicalJson, sealAuditEntry, verifyAuditChain, type AuditContent } from '../../../../renderer/domain/audit/chain'
import type { AuditEntry } from '../../../../renderer/domain/types'

function content(n: number): AuditContent {
  return {
    at: `2026-11-23T10:00:0${n}.000Z`,
    user: 'ana',
    entity: 'customer',
    entityId: `c${n}`,
    action: 'update',
    before: { terms: { kind: 'net', days: 30 }, creditLimit: 100000 },
    after: { terms: { kind: 'net', days: 60 }, creditLimit: 100000 + n },
  }
}

function nth(rows: AuditEntry[], i: number): AuditEntry {
  const row = rows[i]
  if (!row) throw new Error(`no row #${i}`)
  return row
}

/** n sealed entries with ids 1..n, each chained to the one before. */
function chain(n: number, firstId = 1, prev = ''): AuditEntry[] {
  const rows: AuditEntry[] = []
  for (let i = 0; i < n; i++) {
    const row = { ...sealAuditEntry(content(i), prev), id: firstId + i }
    prev = row.hash ?? ''
    rows.push(row)
  }
  return rows
}

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: 'x', u: undefined } })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}')
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }))
    expect(canonicalJson(null)).toBe('null')
    expect(canonicalJson('ăîșț ñ')).toBe('"ăîșț ñ"')
  })
})

describe('auditHash', () => {
  it('is SHA-256 hex of the canonical content followed by the previous hash', () => {
    const c = content(1)
    const text = canonicalJson({ action: c.action, after: c.after, at: c.at, before: c.before, entity: c.entity, entityId: c.entityId, user: c.user })
    expect(auditHash(c, 'abc')).toBe(bytesToHex(sha256(utf8ToBytes(text + 'abc'))))
    expect(auditHash(c, 'abc')).toMatch(/^[0-9a-f]{64}$/)
    expect(auditHash(c, 'abc')).not.toBe(auditHash(c, 'abd'))
    // known vector: SHA-256("abc")
    expect(bytesToHex(sha256(utf8ToBytes('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })
})

describe('verifyAuditChain', () => {
  it('accepts an intact chain and an empty one', () => {
    expect(verifyAuditChain(chain(5))).toEqual({ ok: true, checked: 5, unsealed: 0 })
    expect(verifyAuditChain([])).toEqual({ ok: true, checked: 0, unsealed: 0 })
  })

  it('counts entries older than the chain as the unsealed prefix', () => {
    const old: AuditEntry[] = [1, 2].map((id) => ({ ...content(id), id }))
    expect(verifyAuditChain([...old, ...chain(3, 3)])).toEqual({ ok: true, checked: 3, unsealed: 2 })
  })

  it('names an entry whose content was edited', () => {
    const rows = chain(5)
    rows[2] = { ...nth(rows, 2), after: { terms: { kind: 'net', days: 90 }, creditLimit: 100002 } }
    expect(verifyAuditChain(rows)).toMatchObject({ ok: false, firstBrokenId: 3, reason: 'hashMismatch', checked: 2 })
  })

  it('detects an entry deleted from the middle at the next one', () => {
    const rows = chain(5)
    rows.splice(2, 1) // id 3 gone
    expect(verifyAuditChain(rows)).toMatchObject({ ok: false, firstBrokenId: 4, reason: 'prevMismatch' })
  })

  it('detects the first sealed entry deleted', () => {
    expect(verifyAuditChain(chain(4).slice(1))).toMatchObject({ ok: false, firstBrokenId: 2, reason: 'prevMismatch' })
  })

  it('detects reordered entries', () => {
    const rows = chain(5)
    const [a, b] = [nth(rows, 1), nth(rows, 2)]
    rows[1] = { ...b, id: 2 }
    rows[2] = { ...a, id: 3 }
    expect(verifyAuditChain(rows)).toMatchObject({ ok: false, firstBrokenId: 2, reason: 'prevMismatch' })
  })

  it('detects a recomputed hash that no longer links to the next entry', () => {
    const rows = chain(4)
    const first = nth(rows, 0).hash ?? ''
    const forged = { ...content(9), id: 2, prevHash: first }
    rows[1] = { ...forged, hash: auditHash(forged, first) }
    expect(verifyAuditChain(rows)).toMatchObject({ ok: false, firstBrokenId: 3, reason: 'prevMismatch' })
  })

  it('refuses an unhashed entry after the chain has started', () => {
    const rows = chain(3)
    const { hash: _h, prevHash: _p, ...bare } = nth(rows, 1)
    rows[1] = bare
    expect(verifyAuditChain(rows)).toMatchObject({ ok: false, firstBrokenId: 2, reason: 'hashMismatch' })
  })
})
