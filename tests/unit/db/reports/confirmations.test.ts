import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { auditOf } from '../../../../renderer/db/repos/audit'
import { issueCreditNote } from '../../../../renderer/db/repos/creditNotes'
import { createCustomer } from '../../../../renderer/db/repos/customers'
import { timelineOf } from '../../../../renderer/db/repos/interactions'
import { recordPayment } from '../../../../renderer/db/repos/payments'
import {
  confirmationsAsOf,
  confirmationsOf,
  prepareConfirmation,
  prepareConfirmations,
  recordReply,
  recordSent,
} from '../../../../renderer/db/repos/reports/confirmations'
import { confirmationAddsUp } from '../../../../renderer/domain/reports/confirmation'
import { balanceConfirmationModelSchema } from '../../../../electron/contract/confirmationSchemas'
import { issued } from '../collections/fixtures'
import esErrors from '../../../../locales/es/errors.json'
import roErrors from '../../../../locales/ro/errors.json'
import enErrors from '../../../../locales/en/errors.json'
import esTexts from '../../../../locales/es/confirmations.json'
import roTexts from '../../../../locales/ro/confirmations.json'
import enTexts from '../../../../locales/en/confirmations.json'
import { customerInput, esSetup, expectRefused, freshCtx } from '../helpers'
import { flattenLocale, placeholdersOf, type LocaleTree } from '../../../support/locales'

const TODAY = '2026-11-23'
const PAST = '2026-06-30'
const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ')

async function demoCtx(): Promise<Ctx> {
  const ctx = freshCtx()
  await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customers: 12, months: 12 })
  return ctx
}

/** Balance and open invoices of every customer as of `asOf`, by brute force over full table scans. */
async function bruteForce(ctx: Ctx, asOf: string) {
  const { db } = ctx
  const [invoices, notes, payments, allocations] = await Promise.all([
    db.invoices.toArray(),
    db.creditNotes.toArray(),
    db.payments.toArray(),
    db.allocations.toArray(),
  ])
  const balance = new Map<string, number>()
  const add = (id: string, x: number) => balance.set(id, (balance.get(id) ?? 0) + x)
  const open = new Map<string, Array<[string, number]>>()
  for (const inv of invoices) {
    if (inv.lifecycle !== 'issued' || inv.issueDate > asOf) continue
    add(inv.customerId, inv.totals.total)
    const paid = allocations.filter((a) => a.invoiceId === inv.id && a.date <= asOf).reduce((s, a) => s + a.amount + a.discount, 0)
    const credited = notes.filter((n) => n.invoiceId === inv.id && n.issueDate <= asOf).reduce((s, n) => s + n.totals.total, 0)
    const left = inv.totals.total - paid - credited
    if (left > 0) open.set(inv.customerId, [...(open.get(inv.customerId) ?? []), [inv.fullNumber, left]])
  }
  for (const n of notes) if (n.issueDate <= asOf) add(n.customerId, -n.totals.total)
  for (const p of payments) if (p.date <= asOf) add(p.customerId, -p.amount)
  for (const a of allocations) if (a.date <= asOf) add(a.customerId, -a.discount)
  return { balance, open }
}

describe('prepareConfirmations on the ES demo', () => {
  it.each([
    [TODAY, 'maintained'],
    [PAST, 'reconstructed'],
  ])('as of %s (%s): one letter per non-archived customer with a balance, each balance as the ledger computes it', async (asOf, method) => {
    const ctx = await demoCtx()
    const archived = (await ctx.db.customers.toArray()).find((c) => c.balance !== 0)!
    await ctx.db.customers.update(archived.id, { archived: true })
    const batch = await prepareConfirmations(ctx, { asOf, date: TODAY })
    expect(batch.method).toBe(method)
    const brute = await bruteForce(ctx, asOf)
    const expected = [...brute.balance].filter(([id, b]) => b !== 0 && id !== archived.id).map(([id]) => id).sort()
    expect(expected.length).toBeGreaterThan(3)
    expect(batch.models.map((m) => m.customer.id).sort()).toEqual(expected)
    for (const m of batch.models) {
      expect(m.balance, m.customer.legalName).toBe(brute.balance.get(m.customer.id))
      const docs = (brute.open.get(m.customer.id) ?? []).sort()
      expect(m.documents.map((d) => [d.number, d.open] as [string, number]).sort()).toEqual(docs)
      expect(confirmationAddsUp(m)).toBe(true)
      // What storage prepares, main accepts as it is.
      expect(balanceConfirmationModelSchema.safeParse(m).success).toBe(true)
      expect(m.unappliedCredit).toBeGreaterThanOrEqual(0)
      expect(m).toMatchObject({ asOf, date: TODAY, replyBy: '2026-12-08', currency: 'EUR' })
      // The single-customer path gives the same letter.
      expect(await prepareConfirmation(ctx, { customerId: m.customer.id, asOf, date: TODAY })).toEqual(m)
    }
    const names = batch.models.map((m) => m.customer.legalName)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'es')))

    // A minimum keeps the customers whose balance reaches it either way.
    const minimum = 150_000
    const big = await prepareConfirmations(ctx, { asOf, date: TODAY, minimum })
    expect(big.models.map((m) => m.customer.id).sort()).toEqual(expected.filter((id) => Math.abs(brute.balance.get(id)!) >= minimum))
  })
})

describe('positions with unapplied credit', () => {
  it('states an overpayment and an over-credit as unapplied credit, as of any date', async () => {
    const { ctx, customer } = await esSetup()
    const a = await issued(ctx, customer.id, '2026-09-01', 121_000)
    await issued(ctx, customer.id, '2026-09-15', 50_000)
    // 1.500,00 paid on 1.210,00: 290,00 left as credit.
    await recordPayment(ctx, { customerId: customer.id, date: '2026-10-01', amount: 150_000, allocations: [{ invoiceId: a.id, amount: 121_000, discount: 0 }] })
    // The paid invoice is then credited in part: 100,00 more credit.
    await issueCreditNote(ctx, { invoiceId: a.id, issueDate: '2026-10-20', reason: 'Devolución', lines: [{ code: 'X', description: 'Devolución', quantity: 1, unit: 'ud', unitPrice: 10_000, vatRate: 0 }] })

    const sept = await prepareConfirmation(ctx, { customerId: customer.id, asOf: '2026-09-30', date: TODAY })
    expect(sept).toMatchObject({ balance: 171_000, unappliedCredit: 0 })
    const oct = await prepareConfirmation(ctx, { customerId: customer.id, asOf: '2026-10-31', date: TODAY })
    // 500,00 open - (290,00 + 100,00) credit = 110,00
    expect(oct.documents.map((d) => d.open)).toEqual([50_000])
    expect(oct).toMatchObject({ balance: 11_000, unappliedCredit: 39_000 })
    expect(oct.customer).toMatchObject({ code: customer.code, legalName: 'Supermercados García, S.L.', attention: '' })
    expect((await prepareConfirmations(ctx, { asOf: '2026-10-31', date: TODAY })).models).toEqual([oct])
    expect((await prepareConfirmations(ctx, { asOf: TODAY, date: TODAY })).models).toEqual([{ ...oct, asOf: TODAY, reference: oct.reference.replace('20261031', '20261123') }])
    expect((await prepareConfirmations(ctx, { asOf: '2026-08-31', date: TODAY })).models).toEqual([])
  })
})

describe('recording confirmations and replies', () => {
  async function sentOne() {
    const { ctx, customer } = await esSetup()
    // A clock that moves a second per call, so timeline entries keep their order.
    let tick = Date.parse('2026-11-23T10:00:00.000Z')
    ctx.now = () => new Date((tick += 1000))
    await issued(ctx, customer.id, '2026-09-01', 121_000)
    const model = await prepareConfirmation(ctx, { customerId: customer.id, asOf: '2026-10-31', date: '2026-11-02' })
    const record = await recordSent(ctx, { model, documentName: 'Confirmaciones de saldo a 2026-10-31.pdf', language: 'es' })
    return { ctx, customer, model, record }
  }

  it('records the letter as sent with its timeline entry and audit in one go; a resend keeps one record', async () => {
    const { ctx, customer, record } = await sentOne()
    expect(record).toMatchObject({
      customerId: customer.id, asOf: '2026-10-31', sentOn: '2026-11-02', reference: 'CS-20261031-C0001', balance: 121_000,
      currency: 'EUR', status: 'sent', customerAmount: null, difference: null, repliedOn: '', documentName: 'Confirmaciones de saldo a 2026-10-31.pdf',
    })
    const [entry] = await timelineOf(ctx, customer.id)
    expect(entry).toMatchObject({ type: 'confirmation', documentName: record.documentName, user: 'tester' })
    expect(squash(entry!.text)).toBe('Confirmación de saldo a 31/10/2026 enviada: 1.210,00 € según nuestra contabilidad (ref. CS-20261031-C0001).')
    expect((await auditOf(ctx, 'balanceConfirmation', record.id)).map((a) => a.action)).toEqual(['create'])

    const again = await prepareConfirmation(ctx, { customerId: customer.id, asOf: '2026-10-31', date: '2026-11-20' })
    const resent = await recordSent(ctx, { model: again, documentName: 'otra.pdf', language: 'ro' })
    expect(resent).toMatchObject({ id: record.id, sentOn: '2026-11-20', documentName: 'otra.pdf', createdAt: record.createdAt })
    expect(await confirmationsAsOf(ctx, '2026-10-31')).toEqual([resent])
    expect(squash((await timelineOf(ctx, customer.id))[0]!.text)).toContain('Confirmare de sold la 31.10.2026 trimisă: 1.210,00 EUR conform evidențelor noastre')
    expect(await ctx.db.interactions.count()).toBe(2)
  })

  it('logs a disputed reply with both amounts and the difference on the timeline; then nothing is sent again', async () => {
    const { ctx, customer, record } = await sentOne()
    const replied = await recordReply(ctx, record.id, { reply: 'disputed', customerAmount: 100_000, repliedOn: '2026-11-20', note: 'Falta el abono de la devolución', language: 'es' })
    expect(replied).toMatchObject({ status: 'disputed', customerAmount: 100_000, difference: 21_000, repliedOn: '2026-11-20', note: 'Falta el abono de la devolución' })
    const [entry] = await timelineOf(ctx, customer.id)
    expect(entry).toMatchObject({ type: 'confirmation' })
    expect(entry!.documentName).toBeUndefined()
    expect(squash(entry!.text)).toBe(
      'Confirmación de saldo a 31/10/2026: el cliente no está conforme. Según el cliente 1.000,00 €, según nosotros 1.210,00 €; diferencia 210,00 € (ref. CS-20261031-C0001). Nota: Falta el abono de la devolución',
    )
    expect((await auditOf(ctx, 'balanceConfirmation', record.id)).map((a) => a.action)).toEqual(['create', 'update'])

    // A corrected slip: agreed after all.
    const agreed = await recordReply(ctx, record.id, { reply: 'agreed', customerAmount: 5, repliedOn: '2026-11-21', language: 'en' })
    expect(agreed).toMatchObject({ status: 'agreed', customerAmount: 121_000, difference: 0, note: '' })
    expect(squash((await timelineOf(ctx, customer.id))[0]!.text)).toBe('Balance confirmation as of 31/10/2026: the customer agrees with €1,210.00 (ref. CS-20261031-C0001).')
    expect(await confirmationsOf(ctx, customer.id)).toEqual([agreed])

    const model = await prepareConfirmation(ctx, { customerId: customer.id, asOf: '2026-10-31', date: TODAY })
    await expectRefused(ctx, () => recordSent(ctx, { model, documentName: 'x.pdf' }), 'confirmations.alreadyReplied')
  })

  it('refuses bad replies and bad letters, writing nothing', async () => {
    const { ctx, record, model } = await sentOne()
    const reply = { reply: 'disputed' as const, customerAmount: 100_000, repliedOn: '2026-11-20', note: '' }
    await expectRefused(ctx, () => recordReply(ctx, record.id, { ...reply, customerAmount: null }), 'confirmations.amountRequired')
    await expectRefused(ctx, () => recordReply(ctx, record.id, { ...reply, customerAmount: 10.5 }), 'confirmations.amountInvalid')
    await expectRefused(ctx, () => recordReply(ctx, record.id, { ...reply, customerAmount: 121_000 }), 'confirmations.sameAmount')
    await expectRefused(ctx, () => recordReply(ctx, record.id, { ...reply, repliedOn: '2026-11-01' }), 'confirmations.repliedBeforeSent')
    await expectRefused(ctx, () => recordReply(ctx, record.id, { ...reply, repliedOn: '2026-11-24' }), 'confirmations.repliedInFuture')
    await expectRefused(ctx, () => recordReply(ctx, record.id, { ...reply, repliedOn: '2026-11-31' }), 'confirmations.repliedOnInvalid')
    await expectRefused(ctx, () => recordReply(ctx, record.id, { ...reply, note: 'x'.repeat(2001) }), 'confirmations.noteTooLong')
    await expectRefused(ctx, () => recordReply(ctx, record.id, { ...reply, reply: 'maybe' as 'agreed' }), 'confirmations.replyInvalid')
    await expectRefused(ctx, () => recordReply(ctx, 'nope', reply), 'confirmations.notFound')
    await expectRefused(ctx, () => recordSent(ctx, { model: { ...model, balance: model.balance + 1 }, documentName: 'x.pdf' }), 'confirmations.figuresDontAddUp')
    await expectRefused(ctx, () => recordSent(ctx, { model: { ...model, date: '2026-10-30' }, documentName: 'x.pdf' }), 'confirmations.dateBeforeAsOf')
    await expectRefused(ctx, () => recordSent(ctx, { model, documentName: '../x.pdf' }), 'confirmations.documentNameInvalid')
    await expectRefused(ctx, () => recordSent(ctx, { model: { ...model, customer: { ...model.customer, id: 'nobody' } }, documentName: 'x.pdf' }), 'confirmations.customerNotFound')
    await expectRefused(ctx, () => prepareConfirmations(ctx, { asOf: '2026-10-31', date: TODAY, minimum: -1 }), 'confirmations.minimumInvalid')
    await expectRefused(ctx, () => prepareConfirmation(ctx, { customerId: 'nobody', asOf: '2026-10-31', date: TODAY }), 'confirmations.customerNotFound')
    await expectRefused(ctx, () => prepareConfirmation(ctx, { customerId: record.customerId, asOf: '2026-13-01', date: TODAY }), 'confirmations.asOfInvalid')
  })

  it('keeps one record per customer and date across customers', async () => {
    const { ctx, customer, record } = await sentOne()
    const other = await createCustomer(ctx, customerInput({ legalName: 'Bar Sol, S.L.', taxId: 'B76543214', code: 'C0099' }))
    await issued(ctx, other.id, '2026-10-05', 30_000)
    const batch = await prepareConfirmations(ctx, { asOf: '2026-10-31', date: '2026-11-02' })
    expect(batch.models.map((m) => m.customer.code)).toEqual(['C0099', customer.code])
    for (const model of batch.models) await recordSent(ctx, { model, documentName: 'lote.pdf' })
    const rows = await confirmationsAsOf(ctx, '2026-10-31')
    expect(rows.map((r) => [r.reference, r.balance]).sort()).toEqual([['CS-20261031-C0001', 121_000], ['CS-20261031-C0099', 30_000]])
    expect(rows.find((r) => r.customerId === customer.id)?.id).toBe(record.id)
  })
})

const sources = import.meta.glob<string>(
  ['../../../../renderer/domain/reports/confirmation*.ts', '../../../../renderer/db/repos/reports/confirmation*.ts'],
  { query: '?raw', import: 'default', eager: true },
)

describe('confirmation texts', () => {
  it.each([
    ['confirmations', { es: esTexts, ro: roTexts, en: enTexts }],
    ['errors', { es: esErrors.confirmations, ro: roErrors.confirmations, en: enErrors.confirmations }],
  ])('locales/*/%s.json (confirmations): same keys and placeholders in es, ro and en, none empty', (_ns, files) => {
    const langs = Object.entries(files).map(([lang, tree]) => [lang, flattenLocale(tree as LocaleTree)] as const)
    const en = langs.find(([l]) => l === 'en')![1]
    for (const [lang, map] of langs) {
      expect([...map.keys()].filter((k) => !en.has(k)), lang).toEqual([])
      for (const [key, text] of en) {
        expect(map.get(key)?.trim(), `${lang}:${key}`).toBeTruthy()
        expect(placeholdersOf(map.get(key)!), `${lang}:${key}`).toEqual(placeholdersOf(text))
      }
    }
  })

  it('translates every confirmations.* code the domain and the repository throw', () => {
    const codes = new Set<string>()
    for (const src of Object.values(sources)) for (const m of src.matchAll(/'(confirmations\.[a-zA-Z]+)'/g)) codes.add(m[1]!)
    expect(codes.size).toBeGreaterThan(15)
    for (const [lang, tree] of Object.entries({ es: esErrors, ro: roErrors, en: enErrors })) {
      const map = flattenLocale(tree as LocaleTree)
      for (const code of codes) expect(map.has(code), `${lang}:${code}`).toBe(true)
    }
    expect(flattenLocale(roTexts as LocaleTree).get('status.disputed')).toBe('În dezacord')
  })
})
