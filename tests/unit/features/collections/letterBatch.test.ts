/**
 * "Print all letters due today" reads every letter's inputs in one go (letterInputsBatch): the models must be
 * exactly those of the letter-by-letter path it replaced (each customer's letterInputs: its whole reduction history,
 * the company, settings, rates and templates read per letter), kept here verbatim as the reference. Checked on demo
 * companies with customers writing in es, ro and en, a customised template, a contractual rate, part payments,
 * credit notes and every kind of step the queue proposes; and the refusals item by item.
 */
import { describe, expect, it } from 'vitest'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { letterInputs } from '../../../../renderer/db/repos/collections/letters'
import { loadWorkQueue } from '../../../../renderer/db/repos/collections/queue'
import { saveTemplate } from '../../../../renderer/db/repos/collections/templates'
import { issueCreditNote } from '../../../../renderer/db/repos/creditNotes'
import { recordPayment } from '../../../../renderer/db/repos/payments'
import type { Ctx } from '../../../../renderer/db/context'
import { buildLetterModel } from '../../../../renderer/domain/collections/letter'
import { addDays } from '../../../../renderer/domain/dates'
import type { WorkQueueItem } from '../../../../renderer/domain/collections/queue'
import type { LetterModel } from '../../../../renderer/domain/collections/types'
import { DomainError } from '../../../../renderer/domain/errors'
import type { Allocation, Language } from '../../../../renderer/domain/types'
import { letterModelFor, letterModelsFor, type BuiltLetter } from '../../../../renderer/features/collections/today/letterFor'
import { freshCtx, line } from '../../db/helpers'

const TODAY = '2026-11-23'

/** The letter as it was built before the batch read (renderer/features/collections/today/letterFor.ts, c4ae108). */
async function referenceLetter(ctx: Ctx, item: WorkQueueItem, today: string): Promise<LetterModel> {
  const proposal = item.letters[0]
  if (!proposal) throw new DomainError('letters.noInvoices')
  const step = proposal.step
  const inputs = await letterInputs(ctx, item.customerId, today)
  const template = inputs.templates[step.templateKey]
  if (!template) throw new DomainError('collections:errors.templateMissing', { key: step.templateKey, language: inputs.language })
  const covered = new Set(proposal.invoiceIds)
  return buildLetterModel({
    company: inputs.company,
    customer: inputs.customer,
    invoices: inputs.invoices.filter((x) => covered.has(x.invoice.id)),
    step,
    steps: item.letterSteps.map((s) => s.step),
    template,
    settings: inputs.settings,
    rates: inputs.rates,
    today,
    language: inputs.language,
    remindersSent: item.remindersSent,
  })
}

async function reference(ctx: Ctx, items: WorkQueueItem[], today: string): Promise<BuiltLetter[]> {
  const out: BuiltLetter[] = []
  for (const item of items) {
    try {
      out.push({ item, letter: await referenceLetter(ctx, item, today) })
    } catch (error) {
      out.push({ item, error })
    }
  }
  return out
}

/** What a caller sees of a result: the model as JSON (byte for byte, key order included), or the error's code and params. */
function shown(b: BuiltLetter): string {
  if ('letter' in b) return JSON.stringify(b.letter)
  const e = b.error as DomainError
  return `error ${e.code} ${JSON.stringify(e.params)}`
}

/** A demo company whose customers write in es, ro and en, one with a contractual rate, a customised reminder. */
async function demoWorld(country: 'ES' | 'RO', seed: number): Promise<Ctx> {
  const ctx = freshCtx()
  await loadDemoCompany(ctx, { country, today: TODAY, customers: 24, months: 14, seed })
  const customers = await ctx.db.customers.orderBy('id').toArray()
  const languages: Language[] = ['es', 'ro', 'en']
  // Test set-up straight into the table: which language a customer reads is all that matters here.
  await ctx.db.customers.bulkPut(customers.map((c, i) => ({ ...c, language: languages[i % 3]!, contractualRate: i % 5 === 1 ? 950 : c.contractualRate })))
  await saveTemplate(ctx, { templateKey: 'reminder2', language: 'ro', subject: 'Al doilea memento {{customer.name}}', body: 'Vă rugăm să achitați {{principal}} până la {{payBy}}.\n\nFacturi: {{invoices.count}}.' })
  // A part payment and a part credit note on invoices that letters cover, through the app.
  const covered = (await lettersDue(ctx)).flatMap((i) => i.letters[0]!.invoiceIds)
  const [first, second] = await Promise.all(covered.slice(0, 2).map((id) => ctx.db.invoices.get(id)))
  const paidOn = addDays(TODAY, -20)
  await recordPayment(ctx, { customerId: first!.customerId, date: paidOn, amount: 10_00, allocations: [{ invoiceId: first!.id, amount: 10_00 }] })
  await issueCreditNote(ctx, { invoiceId: second!.id, issueDate: TODAY, reason: 'Rotura', lines: [line({ quantity: 1, unitPrice: 5_00, vatRate: second!.lines[0]!.vatRate })] })
  // More rows on the part-paid invoice, as stored data may hold them whatever the write paths allow today: a
  // discount on the payment's date (a tie that keeps key order), an earlier one, one naming another customer.
  const other = customers.find((c) => c.id !== first!.customerId)!
  const raw = (id: string, invoiceId: string, customerId: string, date: string, amount: number, discount: number): Allocation => ({ id, paymentId: 'raw', invoiceId, customerId, date, amount, discount })
  await ctx.db.allocations.bulkAdd([
    raw('zz-discount', first!.id, first!.customerId, paidOn, 0, 2_00),
    raw('aa-earlier', first!.id, first!.customerId, addDays(paidOn, -3), 1_00, 0),
    raw('foreign', first!.id, other.id, addDays(TODAY, -1), 3_00, 0),
  ])
  return ctx
}

async function lettersDue(ctx: Ctx): Promise<WorkQueueItem[]> {
  return (await loadWorkQueue(ctx, TODAY)).filter((i) => i.letters[0])
}

describe('letters of many queue items, read in one go', () => {
  it.each([['ES', 3], ['RO', 11]] as const)('equal the letter-by-letter models on a %s demo company', async (country, seed) => {
    const ctx = await demoWorld(country, seed)
    const items = await lettersDue(ctx)
    const built = await letterModelsFor(ctx, items, TODAY)
    const ref = await reference(ctx, items, TODAY)
    expect(built.map(shown)).toEqual(ref.map(shown))
    expect(built.map((b) => b.item)).toEqual(items)
    const letters = built.flatMap((b) => ('letter' in b ? [b.letter] : []))
    expect(letters).toStrictEqual(ref.flatMap((b) => ('letter' in b ? [b.letter] : [])))

    // The world covers what the letter depends on (else the comparison proves little).
    expect(letters.length).toBeGreaterThanOrEqual(8)
    expect(new Set(letters.map((l) => l.language))).toEqual(new Set(['es', 'ro', 'en']))
    expect(new Set(letters.map((l) => l.templateKey)).size).toBeGreaterThanOrEqual(3)
    expect(letters.some((l) => l.interest > 0)).toBe(true)
    expect(letters.some((l) => l.invoices.some((r) => r.outstanding < r.total))).toBe(true)
    expect(letters.some((l) => l.invoices.length > 1)).toBe(true)
    // Read in slices of 5 letters: the same again.
    expect((await letterModelsFor(ctx, items, TODAY, 5)).map(shown)).toEqual(ref.map(shown))
    // letterModelFor (one letter: "Print" on a row) agrees too.
    expect(JSON.stringify(await letterModelFor(ctx, items[0]!, TODAY))).toBe(shown(ref[0]!))
  }, 60_000)

  it('repeats, stale invoices, another customer\'s invoices and refusals: item by item as the reference', async () => {
    const ctx = await demoWorld('ES', 7)
    const items = await lettersDue(ctx)
    expect(items.length).toBeGreaterThanOrEqual(4)
    const [a, b, c, d] = items as [WorkQueueItem, WorkQueueItem, WorkQueueItem, WorkQueueItem]
    const paid = await ctx.db.invoices.where('[customerId+isOpen]').equals([a.customerId, 0]).first()
    expect(paid).toBeDefined()
    const proposal = (item: WorkQueueItem, over: Partial<WorkQueueItem['letters'][number]>): WorkQueueItem => ({ ...item, letters: [{ ...item.letters[0]!, ...over }] })
    const odd: WorkQueueItem[] = [
      // A queue item computed before a payment closed one of its invoices, naming another customer's invoice and an id twice.
      proposal(a, { invoiceIds: [...a.letters[0]!.invoiceIds, paid!.id, b.letters[0]!.invoiceIds[0]!, a.letters[0]!.invoiceIds[0]!] }),
      // Every invoice of the letter since paid or someone else's: letters.noInvoices from the domain.
      proposal(b, { invoiceIds: [paid!.id, c.letters[0]!.invoiceIds[0]!] }),
      // A step whose template exists in no language.
      proposal(c, { step: { ...c.letters[0]!.step, templateKey: 'custom-never-written' } }),
      { ...d, letters: [] },
      { ...d, customerId: 'no-such-customer' },
      a,
      a,
    ]
    const built = await letterModelsFor(ctx, odd, TODAY, 3)
    const ref = await reference(ctx, odd, TODAY)
    expect(built.map(shown)).toEqual(ref.map(shown))
    expect(built.map((x) => ('error' in x ? (x.error as DomainError).code : 'ok'))).toEqual([
      'ok', 'letters.noInvoices', 'collections:errors.templateMissing', 'letters.noInvoices', 'data.customer.notFound', 'ok', 'ok',
    ])
  }, 60_000)

  it('gives every item the company error when the company is missing, as each letter would', async () => {
    const ctx = await demoWorld('RO', 5)
    const items = (await lettersDue(ctx)).slice(0, 3)
    await ctx.db.company.clear()
    const built = await letterModelsFor(ctx, items, TODAY)
    expect(built.map(shown)).toEqual((await reference(ctx, items, TODAY)).map(shown))
    expect(built.every((x) => 'error' in x && (x.error as DomainError).code === 'data.company.missing')).toBe(true)
  }, 60_000)
})
