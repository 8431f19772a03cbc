/**
 * For the aging-at-a-past-date tests: the reference (the report rebuilt from every invoice issued up to the date,
 * as aging.ts did before schema v10) and a demo company with, on top of its history, everything that can move an
 * open amount after the fact: payments reversed (deleted with their allocations), payments recorded late with a
 * past date (one before its invoice was issued), credit notes beyond what was open, early-payment discounts and
 * bank-charge write-offs from a bank statement.
 */
import Dexie from 'dexie'
import type { Ctx } from '../../../../renderer/db/context'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { importStatement, previewStatementFile } from '../../../../renderer/db/repos/bank/imports'
import { confirmMatch } from '../../../../renderer/db/repos/bank/match'
import { issueCreditNote } from '../../../../renderer/db/repos/creditNotes'
import { deletePayment } from '../../../../renderer/db/repos/paymentReversal'
import { recordPayment } from '../../../../renderer/db/repos/payments'
import { addDays } from '../../../../renderer/domain/dates'
import { agingAsOf, type AgingReport, type BucketBounds } from '../../../../renderer/domain/reports/aging'
import type { Invoice } from '../../../../renderer/domain/types'
import { latin1, norma43 } from '../../../support/norma43'
import { freshCtx } from '../helpers'

export const TODAY = '2026-11-23'

/** The aging path before schema v10: every invoice issued up to `asOf`, their allocations and credit notes. */
export async function rebuiltFromDocuments(ctx: Ctx, asOf: string, buckets?: BucketBounds): Promise<AgingReport> {
  const { db } = ctx
  return db.transaction('r', [db.invoices, db.allocations, db.creditNotes, db.customers], async () => {
    const invoices = await db.invoices.where('[lifecycle+issueDate]').between(['issued', Dexie.minKey], ['issued', asOf], true, true).toArray()
    const ids = invoices.map((i) => i.id)
    const [allocations, creditNotes] = await Promise.all([
      db.allocations.where('invoiceId').anyOf(ids).toArray(),
      db.creditNotes.where('invoiceId').anyOf(ids).toArray(),
    ])
    const customers = await db.customers.bulkGet([...new Set(invoices.map((i) => i.customerId))])
    return agingAsOf({ invoices, allocations, creditNotes, customers, asOf, buckets })
  })
}

/** The same from full table scans (no index involved at all). */
export async function fromFullScans(ctx: Ctx, asOf: string, buckets?: BucketBounds): Promise<AgingReport> {
  const { db } = ctx
  const [invoices, allocations, creditNotes, customers] = await Promise.all([db.invoices.toArray(), db.allocations.toArray(), db.creditNotes.toArray(), db.customers.toArray()])
  return agingAsOf({ invoices, allocations, creditNotes, customers, asOf, buckets })
}

/** Deterministic picks (a tiny LCG) so the world is the same on every run. */
function picker(seed: number) {
  let s = seed
  return <T>(xs: readonly T[]): T => {
    s = (s * 1103515245 + 12345) % 2147483648
    return xs[s % xs.length]!
  }
}

async function bankWriteOffs(ctx: Ctx, targets: Invoice[], dates: string[]): Promise<number> {
  const company = (await ctx.db.company.toArray())[0]!
  const movements = targets.map((inv, i) => ({ date: dates[i]!, amount: inv.openAmount - 1_25, concepts: [inv.customer.legalName.toUpperCase(), `FRA ${inv.fullNumber}`] }))
  const text = norma43({ iban: company.iban, holder: 'DEMO', from: dates[0]!, to: dates[dates.length - 1]!, opening: 0, movements })
  let bin = ''
  for (const b of latin1(text)) bin += String.fromCharCode(b)
  const preview = await previewStatementFile(ctx, { fileName: 'extracto.n43', content: { kind: 'bytes', base64: btoa(bin) } })
  if (preview.kind !== 'ready') throw new Error(`statement refused: ${JSON.stringify(preview).slice(0, 300)}`)
  const { id } = await importStatement(ctx, preview)
  const lines = (await ctx.db.bankLines.toArray()).filter((l) => l.importId === id)
  let done = 0
  for (const [i, inv] of targets.entries()) {
    const line = lines.find((l) => l.amount === movements[i]!.amount && l.bookingDate === dates[i])!
    const split = { customerId: inv.customerId, allocations: [{ invoiceId: inv.id, amount: line.amount, discount: 0 }], writeOff: { invoiceId: inv.id, amount: 1_25, reason: 'bankCharges' } }
    await confirmMatch(ctx, line.id, split, { allowPayerMismatch: true, note: 'test' })
    done++
  }
  return done
}

/** The ES demo (12 customers, 18 months) plus the after-the-fact changes listed in the header. */
export async function demoWithHistory(): Promise<Ctx> {
  const ctx = freshCtx()
  await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customers: 12, months: 18 })
  const { db } = ctx
  const pick = picker(7)

  // Reversals: one payment in six, spread over the whole history.
  const payments = await db.payments.orderBy('date').toArray()
  for (const [i, p] of payments.entries()) if (i % 6 === 3) await deletePayment(ctx, p.id, 'Duplicado en la prueba')

  // Bank-charge write-offs on open invoices (money now, the rest written off), dated over the last months.
  const open = (await db.invoices.where('isOpen').equals(1).toArray()).filter((i) => i.openAmount > 50_00 && i.currency === 'EUR')
  const targets = [...new Set([pick(open), pick(open), pick(open)])]
  await bankWriteOffs(ctx, targets, targets.map((t, i) => (addDays(t.issueDate, 10 + i) > TODAY ? TODAY : addDays(t.issueDate, 10 + i))).sort())

  // Credit notes after the demo's last one: whole, on paid invoices (beyond what was open: customer credit) and open ones.
  const lastNote = (await db.creditNotes.orderBy('issueDate').last())?.issueDate ?? '2026-01-01'
  const invoices = await db.invoices.where('lifecycle').equals('issued').toArray()
  const uncredited = invoices.filter((i) => i.creditedAmount === 0 && i.issueDate <= lastNote)
  const creditDates = [1, 9, 20, 33].map((d) => addDays(lastNote, d)).filter((d) => d <= TODAY)
  for (const [i, date] of creditDates.entries()) {
    const paid = uncredited.filter((x) => (i % 2 === 0 ? x.isOpen === 0 : x.isOpen === 1))
    const inv = pick(paid)
    await issueCreditNote(ctx, { invoiceId: inv.id, whole: true, issueDate: date, reason: 'Devolución en la prueba' })
    uncredited.splice(uncredited.indexOf(inv), 1)
  }

  // Payments typed in late with a past date: oldest first with discounts, and one dated before the invoice it pays.
  const stillOpen = await db.invoices.where('isOpen').equals(1).toArray()
  for (const inv of [pick(stillOpen), pick(stillOpen)]) {
    await recordPayment(ctx, { customerId: inv.customerId, date: addDays(inv.issueDate, 5), amount: inv.openAmount + 10_00, method: 'transfer', applyDiscounts: true })
  }
  const young = (await db.invoices.where('isOpen').equals(1).toArray()).sort((a, b) => (a.issueDate < b.issueDate ? 1 : -1))[0]!
  await recordPayment(ctx, {
    customerId: young.customerId,
    date: addDays(young.issueDate, -20),
    amount: Math.ceil(young.openAmount / 2),
    method: 'cash',
    allocations: [{ invoiceId: young.id, amount: Math.ceil(young.openAmount / 2), discount: 0 }],
  })
  return ctx
}
