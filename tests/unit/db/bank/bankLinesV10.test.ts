/**
 * Schema v10's bank lines (issue 7): the smaller index set answers every query as v5's did, and storedLineIds (one
 * key range per account) tells stored fingerprints exactly as one get per line did.
 */
import Dexie, { type Table } from 'dexie'
import fc from 'fast-check'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { countUnmatched, matchedLines, unmatchedLines } from '../../../../renderer/db/repos/bank/lines'
import { storedLineIds } from '../../../../renderer/db/repos/bank/storedIds'
import { BANK_STORES_V10, BANK_STORES_V5, type BankLineRow, type BankLineStatus } from '../../../../renderer/db/repos/bank/tables'
import { freshCtx } from '../helpers'

const ACCOUNTS = ['ES9121000418450200051332', 'ES7700491500012810123456', 'X:1']
const DATES = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-12-01']
const STATUSES: BankLineStatus[] = ['unmatched', 'matched', 'ignored', 'debit']

const idArb = fc
  .tuple(fc.constantFrom(...ACCOUNTS), fc.constantFrom(...DATES), fc.stringMatching(/^[0-9a-f]{4}$/))
  .map(([account, date, hash]) => `${account}:${date}:${hash.padEnd(28, '0')}`)

const rowArb = fc
  .record({
    id: idArb,
    status: fc.constantFrom(...STATUSES),
    bookingDate: fc.constantFrom(...DATES),
    decided: fc.constantFrom('', '2026-11-20T10:00:00.000Z', '2026-11-21T09:30:00.000Z', '2026-11-21T09:30:00.001Z'),
    paymentId: fc.constantFrom('', 'p1', 'p2'),
    seq: fc.nat(50),
  })
  .map(
    (r): BankLineRow => ({
      id: r.id,
      importId: `imp-${r.seq % 3}`,
      accountIban: r.id.split(':')[0]!,
      seq: r.seq,
      bookingDate: r.bookingDate,
      valueDate: r.bookingDate,
      amount: r.status === 'debit' ? -100 : 100 + r.seq,
      currency: 'EUR',
      remittance: `line ${r.seq}`,
      counterpartyName: '',
      counterpartyIban: '',
      counterpartyTaxId: '',
      bankReference: '',
      typeCode: '',
      status: r.status,
      paymentId: r.status === 'matched' ? r.paymentId || 'p0' : '',
      note: '',
      decidedBy: r.decided ? 'tester' : '',
      decidedAt: r.status === 'matched' || r.status === 'ignored' ? r.decided || '2026-11-19T08:00:00.000Z' : '',
    }),
  )

let n = 0
/** A database with only the bank lines, indexed as `spec` says (v5's set: as before issue 7). */
function linesTable(spec: string): { db: Dexie; lines: Table<BankLineRow, string> } {
  const db = new Dexie(`bank-lines-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange })
  db.version(1).stores({ bankLines: spec })
  return { db, lines: db.table('bankLines') }
}

/** The v5 queries, as lines.ts and paymentReversal.ts wrote them before v10. */
async function v5Answers(lines: Table<BankLineRow, string>, limit: number) {
  const newest = (status: 'matched' | 'ignored') =>
    lines.where('[status+decidedAt]').between([status, ''], [status, '\uffff']).reverse().limit(limit).toArray()
  const [matched, ignored] = await Promise.all([newest('matched'), newest('ignored')])
  return {
    unmatched: await lines.where('[status+bookingDate]').between(['unmatched', ''], ['unmatched', '\uffff']).limit(limit).toArray(),
    count: await lines.where('status').equals('unmatched').count(),
    debits: await lines.where('status').equals('debit').count(),
    decided: [...matched, ...ignored].sort((a, b) => String(b.decidedAt).localeCompare(String(a.decidedAt))).slice(0, limit),
    byPayment: await Promise.all(['p0', 'p1', 'p2', 'none'].map((p) => lines.where('paymentId').equals(p).toArray())),
  }
}

async function v10Answers(ctx: Ctx, limit: number) {
  const lines = ctx.db.bankLines
  return {
    unmatched: await unmatchedLines(ctx, limit),
    count: await countUnmatched(ctx),
    // Older tests and tools still ask by status alone: Dexie answers it from [status+bookingDate].
    debits: await lines.where('status').equals('debit').count(),
    decided: await matchedLines(ctx, limit),
    byPayment: await Promise.all(['p0', 'p1', 'p2', 'none'].map((p) => lines.where('paymentId').equals(p).toArray())),
  }
}

describe('bank lines, schema v10', () => {
  it('keeps only the indexes a query reads', () => {
    expect(BANK_STORES_V10.bankLines).toBe('id, [status+bookingDate], [status+decidedAt], paymentId')
  })

  it('answers the queue, the counts, the decided lines and the reversal lookup exactly as the v5 index set', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(rowArb, { selector: (r) => r.id, maxLength: 60 }), fc.integer({ min: 1, max: 30 }), async (rows, limit) => {
        const old = linesTable(BANK_STORES_V5.bankLines)
        await old.lines.bulkPut(rows)
        const ctx = freshCtx()
        await ctx.db.bankLines.bulkPut(rows)
        expect(await v10Answers(ctx, limit)).toEqual(await v5Answers(old.lines, limit))
        old.db.close()
        ctx.db.close()
      }),
      { numRuns: 40 },
    )
  }, 60_000)

  it('storedLineIds tells the stored fingerprints exactly as one get per line', async () => {
    const odd = fc.constantFrom('', 'no-colons', ':', 'a::', '::b', 'ES91:2026-11-17', 'X:1:2026-11-17:zz')
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(idArb, { maxLength: 40 }),
        fc.array(fc.oneof(idArb, odd), { maxLength: 40 }),
        fc.nat(),
        async (stored, others, pick) => {
          const { db, lines } = linesTable(BANK_STORES_V10.bankLines)
          await lines.bulkPut(stored.map((id) => ({ id }) as BankLineRow))
          // The file: some stored fingerprints, some new, some odd ones, repeated ones, in any order.
          const ids = [...stored.filter((_, i) => (pick >> i % 30) & 1), ...others, ...others.slice(0, 3)]
          const known = await storedLineIds(lines, ids)
          const gets = await lines.bulkGet(ids)
          expect(ids.map((id) => known.has(id))).toEqual(gets.map((row) => row !== undefined))
          db.close()
        },
      ),
      { numRuns: 100 },
    )
  }, 60_000)
})
