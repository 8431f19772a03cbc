/**
 * The sales register's day rows (schema v10 `registerRows`) against a rebuild from the invoices: after every kind of
 * invoice write (drafts, issues, edits and deletions of drafts, payments, credit notes, payment deletions, cancelling
 * an issued invoice, whose entry leaves the day rows); writes that leave the register as it was (payments, credit
 * notes) write no register row; the v9 -> v10 upgrade rebuilds exactly the maintained rows; and the register read
 * from them (with the cancelled invoices read by their index, marked cancelled with zero amounts) is the one built
 * from the invoices (ES and RO demos, EUR invoices of a RON company, credit notes, cancelled invoices, every VAT and
 * recargo rate, operation dates). A Romanian company cannot cancel: its register never shows one.
 */
import Dexie from 'dexie'
import fc from 'fast-check'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../renderer/db/context'
import { issueCreditNote } from '../../../renderer/db/repos/creditNotes'
import { createCustomer } from '../../../renderer/db/repos/customers'
import { cancelInvoice } from '../../../renderer/db/repos/invoiceCancel'
import { deleteDraft, issueInvoice, saveDraft } from '../../../renderer/db/repos/invoices'
import { deletePayment } from '../../../renderer/db/repos/paymentReversal'
import { recordPayment } from '../../../renderer/db/repos/payments'
import { bulkPutInvoices, deleteInvoice, invoiceWriteTables } from '../../../renderer/db/repos/invoiceCounters'
import { periodRates, type RegisterRow } from '../../../renderer/db/repos/registerRows'
import { salesRegisterSource } from '../../../renderer/db/repos/reports/exports'
import { CobroDb, defineV1, defineV2, defineV3, defineV4, defineV5, defineV6, defineV7, defineV8, defineV9, STORES_V9 } from '../../../renderer/db/schema'
import { addDays } from '../../../renderer/domain/dates'
import { DomainError } from '../../../renderer/domain/errors'
import { registerEntryOf, salesRegisterRows } from '../../../renderer/domain/reports/salesRegister'
import { VAT_RATES } from '../../../renderer/domain/tax'
import type { SalesRegisterRow } from '../../../renderer/domain/reports/exportRowTypes'
import type { Customer, Invoice } from '../../../renderer/domain/types'
import { customerInput, esSetup, line } from './helpers'
import { registerWorld as world } from './registerWorld'

/** The day rows rebuilt from every invoice row: the issued ones' entries by issue day, by number then id. */
async function rebuilt(ctx: Ctx): Promise<RegisterRow[]> {
  const days = new Map<string, Invoice[]>()
  for (const inv of await ctx.db.invoices.toArray()) {
    if (inv.lifecycle !== 'issued') continue
    days.set(inv.issueDate, [...(days.get(inv.issueDate) ?? []), inv])
  }
  const byNumberThenId = (a: Invoice, b: Invoice) => (a.fullNumber !== b.fullNumber ? (a.fullNumber < b.fullNumber ? -1 : 1) : a.id < b.id ? -1 : 1)
  return [...days.keys()].sort().map((issueDate) => {
    const invoices = days.get(issueDate)!.sort(byNumberThenId)
    const rateKeys = new Set(invoices.flatMap((i) => i.totals.byRate.map((r) => `${r.vatRate}:${r.recargoRate}@${issueDate}`)))
    return { issueDate, entries: invoices.map(registerEntryOf), rateKeys: [...rateKeys].sort() }
  })
}

/** Counts the writes that reach the registerRows table (puts and deletes). */
function countWrites(ctx: Ctx): { n: number } {
  const count = { n: 0 }
  const bump = () => {
    count.n += 1
  }
  ctx.db.registerRows.hook('creating', bump)
  ctx.db.registerRows.hook('updating', bump)
  ctx.db.registerRows.hook('deleting', bump)
  return count
}

const KINDS = ['draft', 'draftIssue', 'issue', 'editDraft', 'deleteDraft', 'pay', 'payPart', 'creditWhole', 'creditPart', 'deletePayment', 'cancel'] as const
type Kind = (typeof KINDS)[number]
interface Op {
  kind: Kind
  pick: number
  amount: number
}
// Issues weigh more: days of several invoices, whose entries must stay in number order.
const kindArb = fc.oneof({ arbitrary: fc.constantFrom(...KINDS), weight: 3 }, { arbitrary: fc.constant<Kind>('draftIssue'), weight: 1 })
const opArb: fc.Arbitrary<Op> = fc.record({ kind: kindArb, pick: fc.nat(1000), amount: fc.integer({ min: 1_00, max: 900_00 }) })

/** Kinds that never change what the register shows. */
const QUIET = new Set<Kind>(['pay', 'payPart', 'creditWhole', 'creditPart', 'deletePayment'])

async function apply(ctx: Ctx, customers: Customer[], op: Op, day: string): Promise<boolean> {
  const customer = customers[op.pick % customers.length]!
  const nth = <T,>(xs: T[]): T | undefined => (xs.length === 0 ? undefined : xs[op.pick % xs.length])
  const byLifecycle = (l: string) => ctx.db.invoices.where('[lifecycle+issueDate]').between([l, Dexie.minKey], [l, Dexie.maxKey]).toArray()
  const rate = VAT_RATES.ES[op.pick % 4]!
  const newDraft = () => saveDraft(ctx, { customerId: customer.id, issueDate: day, lines: [line({ quantity: 1, unitPrice: op.amount, vatRate: rate })] })
  switch (op.kind) {
    case 'draft':
      await newDraft()
      return true
    case 'draftIssue':
      await issueInvoice(ctx, (await newDraft()).id)
      return true
    case 'issue': {
      const d = nth(await byLifecycle('draft'))
      if (!d) return false
      await issueInvoice(ctx, d.id)
      return true
    }
    case 'editDraft': {
      const d = nth(await byLifecycle('draft'))
      if (!d) return false
      await saveDraft(ctx, { id: d.id, customerId: d.customerId, issueDate: addDays(day, 1), lines: [line({ quantity: 2, unitPrice: op.amount, vatRate: rate })] })
      return true
    }
    case 'deleteDraft': {
      const d = nth(await byLifecycle('draft'))
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
      const amount = Math.min(op.amount, inv.openAmount)
      await recordPayment(ctx, { customerId: customer.id, date: day, amount, allocations: [{ invoiceId: inv.id, amount }] })
      return true
    }
    case 'creditWhole':
    case 'creditPart': {
      const inv = nth(await byLifecycle('issued'))
      if (!inv) return false
      const part = { lines: [line({ quantity: 1, unitPrice: Math.min(op.amount, 50_00), vatRate: inv.lines[0]!.vatRate })] }
      await issueCreditNote(ctx, { invoiceId: inv.id, issueDate: day, reason: 'Devolución', ...(op.kind === 'creditWhole' ? { whole: true } : part) })
      return true
    }
    case 'deletePayment': {
      const p = nth(await ctx.db.payments.toArray())
      if (!p) return false
      await deletePayment(ctx, p.id, 'Pago duplicado')
      return true
    }
    case 'cancel': {
      // Refused (DomainError) for an invoice already paid or credited; otherwise its entry leaves the day rows.
      const inv = nth(await byLifecycle('issued'))
      if (!inv) return false
      await cancelInvoice(ctx, inv.id, { reason: 'Emitida por error' })
      return true
    }
  }
}

/** The v9 stores of `ctx`'s database copied into a fresh database declared up to v9, then opened as CobroDb. */
async function upgradedCopy(ctx: Ctx, name: string): Promise<CobroDb> {
  const indexedDB = new IDBFactory()
  const v9 = new Dexie(name, { indexedDB, IDBKeyRange })
  for (const define of [defineV1, defineV2, defineV3, defineV4, defineV5, defineV6, defineV7, defineV8, defineV9]) define(v9)
  await v9.open()
  for (const table of Object.keys(STORES_V9)) await v9.table(table).bulkPut(await ctx.db.table(table).toArray())
  expect(v9.verno).toBe(9)
  v9.close()
  const db = new CobroDb(name, { indexedDB, IDBKeyRange })
  await db.open()
  return db
}

describe('register rows (schema v10)', () => {
  it('equal a rebuild from the invoices after every write of random mixes; payments and credit notes write none; the upgrade from v9 gives the same rows', async () => {
    const done = new Map<Kind, number>()
    let cancelledSeen = 0
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 8, maxLength: 30 }), async (ops) => {
        const { ctx, customer } = await esSetup()
        const other = await createCustomer(ctx, customerInput({ legalName: 'Ferretería López, S.L.', taxId: 'B12345674', recargoEquivalencia: true }))
        const writes = countWrites(ctx)
        let day = '2026-09-01'
        for (const op of ops) {
          day = addDays(day, op.pick % 4 === 0 ? 1 : 0) // mostly the same day: days of several invoices
          const before = writes.n
          try {
            if (await apply(ctx, [customer, other], op, day)) done.set(op.kind, (done.get(op.kind) ?? 0) + 1)
          } catch (e) {
            if (!(e instanceof DomainError)) throw e
          }
          if (QUIET.has(op.kind)) expect(writes.n, op.kind).toBe(before)
          expect(await ctx.db.registerRows.toArray(), op.kind).toEqual(await rebuilt(ctx))
        }
        const db = await upgradedCopy(ctx, 'register-upgrade')
        expect(await db.registerRows.toArray()).toEqual(await ctx.db.registerRows.toArray())
        db.close()
        // The register read from the day rows and the cancelled invoices' index is the one built from every row.
        const expected = salesRegisterRows(await ctx.db.invoices.toArray(), await ctx.db.creditNotes.toArray(), 'EUR')
        expect(await drain(ctx, { from: '2000-01-01', to: '2030-12-31' }, 'EUR')).toEqual(expected)
        cancelledSeen += expected.rows.filter((r) => r.docType === 'cancelledInvoice').length
      }),
      { seed: 20261207, numRuns: 10, endOnFailure: true },
    )
    for (const kind of KINDS) expect(done.get(kind) ?? 0, kind).toBeGreaterThan(0)
    expect(cancelledSeen).toBeGreaterThan(0)
  }, 120_000)
})

async function drain(ctx: Ctx, period: { from: string; to: string }, currency: 'EUR' | 'RON', readPage?: number): Promise<{ rows: SalesRegisterRow[]; rates: unknown }> {
  const source = await salesRegisterSource(ctx, period, currency, { chunkRows: 37, readPage })
  const rows: SalesRegisterRow[] = []
  for await (const chunk of source.chunks()) rows.push(...chunk)
  expect(rows).toHaveLength(source.total)
  return { rows, rates: source.rates }
}

describe('the sales register from register rows', () => {
  for (const country of ['ES', 'RO'] as const) {
    it(`${country}: equals the register built from the invoices and credit notes, for the whole history and a period, in pages of any size`, async () => {
      const ctx = await world(country)
      const currency = country === 'ES' ? 'EUR' : 'RON'
      const [invoices, notes] = [await ctx.db.invoices.toArray(), await ctx.db.creditNotes.toArray()]
      // The whole history, a period of day rows, and the days after the last day row (ES: a cancelled invoice alone).
      for (const period of [{ from: '2000-01-01', to: '2026-11-23' }, { from: '2026-10-05', to: '2026-11-02' }, { from: '2026-11-03', to: '2026-11-23' }]) {
        const inPeriod = (d: string) => d >= period.from && d <= period.to
        const expected = salesRegisterRows(invoices.filter((i) => inPeriod(i.issueDate)), notes.filter((n) => inPeriod(n.issueDate)), currency)
        for (const readPage of [undefined, 1, 7]) expect(await drain(ctx, period, currency, readPage)).toEqual(expected)
      }
      const all = (await drain(ctx, { from: '2000-01-01', to: '2026-11-23' }, currency)).rows
      // The upgrade from v9 of the same data builds the rows the writes maintained (days of many invoices).
      const maintained = await ctx.db.registerRows.toArray()
      expect(Math.max(...maintained.map((r) => r.entries.length))).toBeGreaterThan(1)
      expect(maintained).toEqual(await rebuilt(ctx))
      const db = await upgradedCopy(ctx, `register-upgrade-${country}`)
      expect(await db.registerRows.toArray()).toEqual(maintained)
      db.close()
      // What the world was made to hold: every rate, credit notes, operation dates, and in RO documents in EUR.
      const rates = new Set(all.flatMap((r) => r.byRate.map((b) => `${b.vatRate}/${b.recargoRate}`)))
      for (const vat of VAT_RATES[country]) expect([...rates].some((r) => r.startsWith(`${vat}/`)), `${vat}`).toBe(true)
      if (country === 'ES') expect(rates.has('2100/520')).toBe(true)
      expect(all.some((r) => r.docType === 'creditNote')).toBe(true)
      expect(all.some((r) => r.operationDate !== '')).toBe(true)
      if (country === 'RO') expect(all.filter((r) => r.documentCurrency === 'EUR').length).toBeGreaterThanOrEqual(3)
      // ES: the cancelled invoices, at their date and number, zero amounts, with when and why; none in RO.
      const cancelled = all.filter((r) => r.docType === 'cancelledInvoice')
      expect(cancelled.map((r) => [r.date, r.cancelReason])).toEqual(country === 'ES' ? [['2026-11-02', 'Emitida por error'], ['2026-11-20', 'Cliente equivocado']] : [])
      for (const r of cancelled) {
        expect([r.byRate, r.total, r.documentCurrency, r.cancelledOn]).toEqual([[], 0, '', ctx.now().toISOString().slice(0, 10)])
        expect(r.customerName).not.toBe('')
      }
      if (country === 'ES') {
        const late = await drain(ctx, { from: '2026-11-03', to: '2026-11-23' }, currency)
        expect(late).toEqual({ rows: [cancelled[1]], rates: [] })
      }
    }, 60_000)
  }

  it('RO: an issued invoice cannot be cancelled, and the register stays as it was', async () => {
    const ctx = await world('RO')
    const period = { from: '2000-01-01', to: '2026-11-23' }
    const before = await drain(ctx, period, 'RON')
    const open = (await ctx.db.invoices.where('[lifecycle+issueDate]').between(['issued', Dexie.minKey], ['issued', Dexie.maxKey]).toArray()).find((i) => i.paidAmount === 0 && i.creditedAmount === 0)!
    await expect(cancelInvoice(ctx, open.id, { reason: 'Emisă greșit' })).rejects.toThrow(expect.objectContaining({ code: 'data.invoice.cancel.romania' }))
    expect(await drain(ctx, period, 'RON')).toEqual(before)
    expect(before.rows.some((r) => r.docType === 'cancelledInvoice')).toBe(false)
  }, 60_000)

  it('keeps a day in number order whatever order its invoices are written in', async () => {
    const ctx = await world('ES')
    const { db } = ctx
    const day = (await db.registerRows.toArray()).reduce((a, b) => (b.entries.length > a.entries.length ? b : a))
    expect(day.entries.length).toBeGreaterThan(1)
    const invoices = await db.invoices.where('issueDate').equals(day.issueDate).toArray()
    await db.transaction('rw', invoiceWriteTables(db), async () => {
      for (const inv of invoices) await deleteInvoice(db, inv)
      expect(await db.registerRows.get(day.issueDate)).toBeUndefined()
      await bulkPutInvoices(db, [...invoices].sort((a, b) => (a.fullNumber < b.fullNumber ? 1 : -1)))
    })
    expect(await db.registerRows.get(day.issueDate)).toEqual(day)
  }, 60_000)

  it('an EUR invoice without its exchange rate fails the export', async () => {
    const ctx = await world('RO')
    const eur = (await ctx.db.invoices.toArray()).filter((i) => i.currency === 'EUR')
    const broken = { ...eur[0]!, exchangeRate: null }
    await ctx.db.registerRows.update(broken.issueDate, { entries: [registerEntryOf(broken)] })
    await expect(drain(ctx, { from: '2000-01-01', to: '2026-11-23' }, 'RON')).rejects.toThrow(DomainError)
  }, 60_000)

  it('knows the rate columns of a period from the rate index alone', async () => {
    const ctx = await world('ES')
    const invoices = (await ctx.db.invoices.toArray()).filter((i) => i.lifecycle === 'issued')
    for (const [from, to] of [['2000-01-01', '2030-01-01'], ['2026-10-05', '2026-10-05'], ['2026-10-06', '2026-11-01'], ['2026-06-01', '2026-06-30'], ['2030-01-01', '2030-12-31']] as const) {
      const expected = new Set(invoices.filter((i) => i.issueDate >= from && i.issueDate <= to).flatMap((i) => i.totals.byRate.map((r) => `${r.vatRate}:${r.recargoRate}`)))
      const found = (await periodRates(ctx.db, from, to)).map((r) => `${r.vatRate}:${r.recargoRate}`)
      expect(found.sort(), `${from}..${to}`).toEqual([...expected].sort())
    }
  }, 60_000)
})
