/**
 * The maintained invoice counters and open items (schema v9) against a full recount: after every operation of random mixes of
 * drafts, issues, payments, credit notes, bank matches with write-offs, payment deletions and draft deletions
 * (refused ones included), and after the v8 -> v9 upgrade of the same data.
 */
import Dexie from 'dexie'
import fc from 'fast-check'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../renderer/db/context'
import { importStatement, previewStatementFile } from '../../../renderer/db/repos/bank/imports'
import { unmatchedLines } from '../../../renderer/db/repos/bank/lines'
import { confirmMatch, loadMatchIndex, proposalsFor } from '../../../renderer/db/repos/bank/match'
import { issueCreditNote } from '../../../renderer/db/repos/creditNotes'
import { createCustomer } from '../../../renderer/db/repos/customers'
import { countByStatus, deleteDraft, issueInvoice, saveDraft } from '../../../renderer/db/repos/invoices'
import { deletePayment } from '../../../renderer/db/repos/paymentReversal'
import { recordPayment } from '../../../renderer/db/repos/payments'
import { CobroDb, defineV1, defineV2, defineV3, defineV4, defineV5, defineV6, defineV7, defineV8, STORES_V8 } from '../../../renderer/db/schema'
import { cancelInvoice } from '../../../renderer/db/repos/invoiceCancel'
import { addDays } from '../../../renderer/domain/dates'
import { DomainError } from '../../../renderer/domain/errors'
import { invoiceStatus } from '../../../renderer/domain/invoiceStatus'
import type { Customer, InvoiceStatus } from '../../../renderer/domain/types'
import { latin1, norma43 } from '../../support/norma43'
import { issued } from './collections/fixtures'
import { customerInput, ES_COMPANY, esSetup, line } from './helpers'

async function recount(ctx: Ctx, asOf: string): Promise<Record<InvoiceStatus, number>> {
  const out: Record<InvoiceStatus, number> = { draft: 0, open: 0, overdue: 0, partiallyPaid: 0, paid: 0, credited: 0, cancelled: 0 }
  for (const inv of await ctx.db.invoices.toArray()) out[invoiceStatus(inv, asOf)] += 1
  return out
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)

async function expectCountsExact(ctx: Ctx, days: string[]): Promise<void> {
  for (const day of days) expect(await countByStatus(ctx, day), day).toEqual(await recount(ctx, day))
  // Rows that fall to 0 are removed, so the per-due-date rows stay as few as the open invoices' due dates.
  expect((await ctx.db.counters.toArray()).filter((r) => r.n <= 0)).toEqual([])
  // One slim open item per open invoice, with its current figures.
  const open = (await ctx.db.invoices.toArray()).filter((i) => i.lifecycle === 'issued' && i.openAmount > 0)
  const expected = open.map((i) => ({
    id: i.id, customerId: i.customerId, customerName: i.customer.legalName, fullNumber: i.fullNumber,
    issueDate: i.issueDate, dueDate: i.dueDate, openAmount: i.openAmount, lifecycle: 'issued',
    currency: i.currency, total: i.totals.total, earlyDiscount: i.earlyDiscount, discountTaken: i.discountTaken,
  }))
  expect((await ctx.db.openItems.toArray()).sort(byId)).toEqual(expected.sort(byId))
}

interface World {
  ctx: Ctx
  customers: Customer[]
}

function statementFile(movements: Array<{ date: string; amount: number; concepts: string[] }>) {
  const text = norma43({ iban: ES_COMPANY.iban!, holder: 'SIERRA NORTE SL', from: '2026-11-16', to: '2026-11-20', opening: 0, movements })
  let bin = ''
  for (const b of latin1(text)) bin += String.fromCharCode(b)
  return { fileName: 'extracto.n43', content: { kind: 'bytes' as const, base64: btoa(bin) } }
}

/** Two customers, four issued invoices, and bank lines paying three of them (one short by a bank charge). */
async function world(): Promise<World> {
  const { ctx, customer: garcia } = await esSetup()
  const lopez = await createCustomer(ctx, customerInput({ legalName: 'Ferretería López, S.L.', tradeName: 'López', taxId: 'B12345674' }))
  const a = await issued(ctx, garcia.id, '2026-08-01', 1_210_00)
  const b = await issued(ctx, garcia.id, '2026-08-02', 500_00)
  const c = await issued(ctx, lopez.id, '2026-08-03', 300_00)
  await issued(ctx, lopez.id, '2026-08-04', 80_00)
  const preview = await previewStatementFile(ctx, statementFile([
    { date: '2026-11-17', amount: 1_208_50, concepts: ['SUPERMERCADOS GARCIA SL', `FRA ${a.fullNumber}`] },
    { date: '2026-11-17', amount: 500_00, concepts: ['SUPERMERCADOS GARCIA SL', `FRA ${b.fullNumber}`] },
    { date: '2026-11-18', amount: 300_00, concepts: ['FERRETERIA LOPEZ SL', `FRA ${c.fullNumber}`] },
  ]))
  if (preview.kind !== 'ready') throw new Error(JSON.stringify(preview))
  await importStatement(ctx, preview)
  return { ctx, customers: [garcia, lopez] }
}

const KINDS = ['draft', 'issue', 'draftIssue', 'editDraft', 'deleteDraft', 'pay', 'payPart', 'creditWhole', 'creditPart', 'deletePayment', 'bankMatch', 'cancel'] as const
type Kind = (typeof KINDS)[number]
interface Op {
  kind: Kind
  pick: number
  amount: number
}

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom(...KINDS),
  pick: fc.nat(1000),
  amount: fc.integer({ min: 1_00, max: 900_00 }),
})

/** Writes that committed, per kind (refusals are not counted). */
const done = new Map<Kind, number>()

/** One operation on day `day`; a refusal (DomainError) must leave everything as it was, which the counts check. */
async function apply(w: World, op: Op, day: string): Promise<boolean> {
  const { ctx } = w
  const customer = w.customers[op.pick % w.customers.length]!
  const nth = <T,>(xs: T[]): T | undefined => (xs.length === 0 ? undefined : xs[op.pick % xs.length])
  const drafts = () => ctx.db.invoices.where('[lifecycle+issueDate]').between(['draft', Dexie.minKey], ['draft', Dexie.maxKey]).toArray()
  const issuedRows = () => ctx.db.invoices.where('[lifecycle+issueDate]').between(['issued', Dexie.minKey], ['issued', Dexie.maxKey]).toArray()
  const newDraft = () => saveDraft(ctx, { customerId: customer.id, issueDate: day, lines: [line({ quantity: 1, unitPrice: op.amount, vatRate: 0 })] })
  switch (op.kind) {
    case 'draft':
      await newDraft()
      return true
    case 'draftIssue':
      await issueInvoice(ctx, (await newDraft()).id)
      return true
    case 'issue': {
      const d = nth(await drafts())
      if (!d) return false
      await issueInvoice(ctx, d.id)
      return true
    }
    case 'editDraft': {
      const d = nth(await drafts())
      if (!d) return false
      await saveDraft(ctx, { id: d.id, customerId: d.customerId, issueDate: day, lines: [line({ quantity: 2, unitPrice: op.amount, vatRate: 0 })] })
      return true
    }
    case 'deleteDraft': {
      const d = nth(await drafts())
      if (!d) return false
      await deleteDraft(ctx, d.id)
      return true
    }
    case 'pay':
      await recordPayment(ctx, { customerId: customer.id, date: day, amount: op.amount * 3 })
      return true
    case 'payPart': {
      const inv = nth(await ctx.db.invoices.where('[customerId+isOpen]').equals([customer.id, 1]).toArray())
      if (!inv) return false
      await recordPayment(ctx, { customerId: customer.id, date: day, amount: Math.min(op.amount, inv.openAmount), allocations: [{ invoiceId: inv.id, amount: Math.min(op.amount, inv.openAmount) }] })
      return true
    }
    case 'creditWhole': {
      const inv = nth(await issuedRows())
      if (!inv) return false
      await issueCreditNote(ctx, { invoiceId: inv.id, issueDate: day, reason: 'Devolución', whole: true })
      return true
    }
    case 'creditPart': {
      const inv = nth(await issuedRows())
      if (!inv) return false
      await issueCreditNote(ctx, { invoiceId: inv.id, issueDate: day, reason: 'Rotura', lines: [line({ quantity: 1, unitPrice: Math.min(op.amount, 50_00), vatRate: 0 })] })
      return true
    }
    case 'deletePayment': {
      const p = nth(await ctx.db.payments.toArray())
      if (!p) return false
      await deletePayment(ctx, p.id, 'Pago duplicado')
      return true
    }
    case 'cancel': {
      const inv = nth(await issuedRows())
      if (!inv) return false
      await cancelInvoice(ctx, inv.id, { reason: 'Emitida por error' })
      return true
    }
    case 'bankMatch': {
      const row = nth(await unmatchedLines(ctx))
      if (!row) return false
      const best = proposalsFor(await loadMatchIndex(ctx, day), row)[0]
      if (!best) return false
      await confirmMatch(ctx, row.id, best, { allowPayerMismatch: true, note: 'prueba' })
      return true
    }
  }
}

/** The v8 stores of `ctx`'s database copied into a fresh database declared at exactly v8. */
async function copyAsV8(ctx: Ctx, indexedDB: IDBFactory, name: string): Promise<void> {
  const v8 = new Dexie(name, { indexedDB, IDBKeyRange })
  for (const define of [defineV1, defineV2, defineV3, defineV4, defineV5, defineV6, defineV7, defineV8]) define(v8)
  await v8.open()
  for (const table of Object.keys(STORES_V8)) await v8.table(table).bulkPut(await ctx.db.table(table).toArray())
  expect(v8.verno).toBe(8)
  v8.close()
}

describe('invoice counters and open items (schema v9)', () => {
  it('equal a full recount (counts and open items) after every operation of random mixes, and the v9 upgrade rebuilds exactly the same rows', async () => {
    done.clear()
    let upgraded = 0
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 8, maxLength: 30 }), async (ops) => {
        const w = await world()
        let day = '2026-09-01'
        for (const op of ops) {
          day = addDays(day, 3)
          try {
            if (await apply(w, op, day)) done.set(op.kind, (done.get(op.kind) ?? 0) + 1)
          } catch (e) {
            if (!(e instanceof DomainError)) throw e // a Dexie error (e.g. a table missing from a transaction) fails
          }
          await expectCountsExact(w.ctx, [day, '2026-08-15', '2026-10-01', addDays(day, 45)])
        }

        const indexedDB = new IDBFactory()
        await copyAsV8(w.ctx, indexedDB, 'counters-upgrade')
        const db = new CobroDb('counters-upgrade', { indexedDB, IDBKeyRange })
        await db.open()
        expect((await db.counters.toArray()).sort(byId)).toEqual((await w.ctx.db.counters.toArray()).sort(byId))
        expect((await db.openItems.toArray()).sort(byId)).toEqual((await w.ctx.db.openItems.toArray()).sort(byId))
        const ctx: Ctx = { ...w.ctx, db }
        await expectCountsExact(ctx, [day, '2026-08-15', addDays(day, 45)])
        db.close()
        upgraded += 1
      }),
      { seed: 20261207, numRuns: 12, endOnFailure: true },
    )
    expect(upgraded).toBe(12)
    // Every kind of write was committed at least once, bank matches (nested payment and write-off) included.
    for (const kind of KINDS) expect(done.get(kind) ?? 0, kind).toBeGreaterThan(0)
  }, 120_000)

  it('count nothing on a fresh database', async () => {
    const { ctx } = await esSetup()
    expect(await countByStatus(ctx, '2026-11-23')).toEqual({ draft: 0, open: 0, overdue: 0, partiallyPaid: 0, paid: 0, credited: 0, cancelled: 0 })
    expect(await ctx.db.counters.count()).toBe(0)
    expect(await ctx.db.openItems.count()).toBe(0)
  })
})
