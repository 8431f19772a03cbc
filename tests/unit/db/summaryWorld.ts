/**
 * A small company and random mixes of the writes that move open invoices and customers (drafts, issues, payments
 * allocated, on account or refused, credit notes, bank matches, payment deletions, draft deletions, customer edits,
 * cancelled invoices, calls and promises logged):
 * shared by the customer summary, aging and work queue tests (schema v10 read models).
 */
import Dexie from 'dexie'
import fc from 'fast-check'
import { addDays } from '../../../renderer/domain/dates'
import type { Ctx } from '../../../renderer/db/context'
import { importStatement, previewStatementFile } from '../../../renderer/db/repos/bank/imports'
import { unmatchedLines } from '../../../renderer/db/repos/bank/lines'
import { confirmMatch, loadMatchIndex, proposalsFor } from '../../../renderer/db/repos/bank/match'
import { issueCreditNote } from '../../../renderer/db/repos/creditNotes'
import { createCustomer, updateCustomer } from '../../../renderer/db/repos/customers'
import { cancelInvoice } from '../../../renderer/db/repos/invoiceCancel'
import { logInteraction } from '../../../renderer/db/repos/interactions'
import { deleteDraft, issueInvoice, saveDraft } from '../../../renderer/db/repos/invoices'
import { deletePayment } from '../../../renderer/db/repos/paymentReversal'
import { recordPayment } from '../../../renderer/db/repos/payments'
import { loadWorkQueue } from '../../../renderer/db/repos/collections/queue'
import { recordLetterSent } from '../../../renderer/db/repos/collections/steps'
import type { Customer } from '../../../renderer/domain/types'
import { latin1, norma43 } from '../../support/norma43'
import { issued } from './collections/fixtures'
import { customerInput, ES_COMPANY, esSetup, line } from './helpers'

export interface World {
  ctx: Ctx
  customers: Customer[]
}

function statementFile(movements: Array<{ date: string; amount: number; concepts: string[] }>) {
  const text = norma43({ iban: ES_COMPANY.iban!, holder: 'SIERRA NORTE SL', from: '2026-11-16', to: '2026-11-20', opening: 0, movements })
  let bin = ''
  for (const b of latin1(text)) bin += String.fromCharCode(b)
  return { fileName: 'extracto.n43', content: { kind: 'bytes' as const, base64: btoa(bin) } }
}

/** Three customers (one never invoiced at first), four issued invoices and bank lines paying two of them. */
export async function world(): Promise<World> {
  const { ctx, customer: garcia } = await esSetup()
  const lopez = await createCustomer(ctx, customerInput({ legalName: 'Ferretería López, S.L.', tradeName: 'López', taxId: 'B12345674' }))
  const nuevo = await createCustomer(ctx, customerInput({ legalName: 'Bodegas Nuevas, S.A.', tradeName: '', taxId: 'A58818501' }))
  const a = await issued(ctx, garcia.id, '2026-08-01', 1_210_00)
  await issued(ctx, garcia.id, '2026-08-02', 500_00)
  const c = await issued(ctx, lopez.id, '2026-08-03', 300_00)
  await issued(ctx, lopez.id, '2026-08-04', 80_00)
  const preview = await previewStatementFile(ctx, statementFile([
    { date: '2026-11-17', amount: 1_208_50, concepts: ['SUPERMERCADOS GARCIA SL', `FRA ${a.fullNumber}`] },
    { date: '2026-11-18', amount: 300_00, concepts: ['FERRETERIA LOPEZ SL', `FRA ${c.fullNumber}`] },
  ]))
  if (preview.kind !== 'ready') throw new Error(JSON.stringify(preview))
  await importStatement(ctx, preview)
  return { ctx, customers: [garcia, lopez, nuevo] }
}

export const KINDS = [
  'draft', 'draftIssue', 'deleteDraft', 'pay', 'payPart', 'payForeign', 'creditWhole', 'creditPart', 'deletePayment', 'bankMatch',
  'editCustomer', 'cancel', 'logCall', 'sendLetter',
] as const
export type Kind = (typeof KINDS)[number]
export interface Op {
  kind: Kind
  pick: number
  amount: number
}

export const opArb: fc.Arbitrary<Op> = fc.record({ kind: fc.constantFrom(...KINDS), pick: fc.nat(1000), amount: fc.integer({ min: 1_00, max: 900_00 }) })

/** The customer form saved with other names, profile, language and credit limit (what a summary keeps). */
export async function editCustomer(ctx: Ctx, c: Customer, n: number): Promise<void> {
  const { id: _id, balance: _b, searchWords: _w, createdAt: _c, updatedAt: _u, ...data } = (await ctx.db.customers.get(c.id))!
  const profiles = ['business', 'publicAdmin', 'smallShop'] as const
  await updateCustomer(ctx, c.id, {
    ...data,
    legalName: `${c.legalName.split(' #')[0]} #${n}`,
    tradeName: n % 3 === 0 ? '' : `Nombre ${n}`,
    language: n % 2 === 0 ? 'es' : 'en',
    collectionProfile: profiles[n % 3]!,
    creditLimit: n % 2 === 0 ? null : n * 100,
  })
}

/** One operation on day `day` (false: nothing to do it on). A refusal throws a DomainError. */
export async function apply(w: World, op: Op, day: string): Promise<boolean> {
  const { ctx } = w
  const customer = w.customers[op.pick % w.customers.length]!
  const nth = <T,>(xs: T[]): T | undefined => (xs.length === 0 ? undefined : xs[op.pick % xs.length])
  const drafts = () => ctx.db.invoices.where('[lifecycle+issueDate]').between(['draft', Dexie.minKey], ['draft', Dexie.maxKey]).toArray()
  const issuedRows = () => ctx.db.invoices.where('[lifecycle+issueDate]').between(['issued', Dexie.minKey], ['issued', Dexie.maxKey]).toArray()
  const openOf = (id: string) => ctx.db.invoices.where('[customerId+isOpen]').equals([id, 1]).toArray()
  const newDraft = () => saveDraft(ctx, { customerId: customer.id, issueDate: day, lines: [line({ quantity: 1, unitPrice: op.amount, vatRate: 0 })] })
  switch (op.kind) {
    case 'draft':
      await newDraft()
      return true
    case 'draftIssue':
      await issueInvoice(ctx, (await newDraft()).id)
      return true
    case 'deleteDraft': {
      const d = nth(await drafts())
      if (!d) return false
      await deleteDraft(ctx, d.id)
      return true
    }
    case 'pay':
      // Oldest first; what is left over stays on account (the balance moves, no invoice does).
      await recordPayment(ctx, { customerId: customer.id, date: day, amount: op.amount * 3 })
      return true
    case 'payPart': {
      const inv = nth(await openOf(customer.id))
      if (!inv) return false
      const amount = Math.min(op.amount, inv.openAmount)
      await recordPayment(ctx, { customerId: customer.id, date: day, amount, allocations: [{ invoiceId: inv.id, amount }] })
      return true
    }
    case 'payForeign': {
      const other = w.customers[(op.pick + 1) % w.customers.length]!
      const inv = nth(await openOf(other.id))
      if (!inv) return false
      await recordPayment(ctx, { customerId: customer.id, date: day, amount: 10_00, allocations: [{ invoiceId: inv.id, amount: 10_00 }] })
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
    case 'bankMatch': {
      const row = nth(await unmatchedLines(ctx))
      if (!row) return false
      const best = proposalsFor(await loadMatchIndex(ctx, day), row)[0]
      if (!best) return false
      await confirmMatch(ctx, row.id, best, { allowPayerMismatch: true, note: 'prueba' })
      return true
    }
    case 'editCustomer':
      await editCustomer(ctx, customer, op.pick)
      return true
    case 'cancel': {
      // Refused (DomainError) once something was paid or credited on it.
      const inv = nth(await issuedRows())
      if (!inv) return false
      await cancelInvoice(ctx, inv.id, { reason: 'Emitida por error' })
      return true
    }
    case 'sendLetter': {
      // The queue's letter for the customer, recorded as sent (its step records: the summary's steps move).
      const item = (await loadWorkQueue(ctx, day)).find((i) => i.customerId === customer.id && i.letterSteps.length > 0)
      if (!item) return false
      await recordLetterSent(ctx, {
        customerId: item.customerId,
        proposals: item.letterSteps.map((s) => ({ stepId: s.stepId, kind: s.step.kind, channel: s.step.channel, profileId: s.profileId, invoiceIds: s.invoiceIds })),
        coveredInvoiceIds: item.letters[0]?.invoiceIds ?? [],
        documentName: `carta-${day}.pdf`,
        deliveryMethod: 'post',
        today: day,
        text: '',
      })
      return true
    }
    case 'logCall': {
      // A call, every other one with a promise (the customer's latest contacts move).
      const promise = op.pick % 2 === 0
      await logInteraction(ctx, {
        customerId: customer.id,
        type: 'call',
        outcome: promise ? 'promise' : 'notReached',
        promiseDate: promise ? addDays(day, 7) : '',
        promiseAmount: promise ? op.amount : null,
        today: day,
      })
      return true
    }
  }
}

