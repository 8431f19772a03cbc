import { describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import { loadWorkQueue } from '../../../../renderer/db/repos/collections/queue'
import { saveCollectionSettings } from '../../../../renderer/db/repos/collections/settings'
import { recordLetterSent } from '../../../../renderer/db/repos/collections/steps'
import { timelineOf } from '../../../../renderer/db/repos/interactions'
import { getCustomer, updateCustomer } from '../../../../renderer/db/repos/customers'
import { bankImportStale, invoiceNumbers, stepName } from '../../../../renderer/features/collections/explain'
import { fileNameOf, letterModelFor, letterModelsFor, letterSentInput } from '../../../../renderer/features/collections/today/letterFor'
import { customerToValues, valuesToCustomerInput, makeCustomerSchema } from '../../../../renderer/features/customers/form/customerSchema'
import { customerInput, esSetup } from '../../db/helpers'
import { createCustomer } from '../../../../renderer/db/repos/customers'
import { issued, itemOf } from '../../db/collections/fixtures'

/** A stand-in for i18next's t: the key and its options, so wording choices can be asserted. */
const t = ((key: string, opts?: Record<string, unknown>) => (opts ? `${key} ${JSON.stringify(opts)}` : key)) as unknown as TFunction

describe("Today's letter: from the queue item to the printed model and back to the timeline", () => {
  it('builds the reminder of the item (its invoices, in the customer language) and, once recorded, stops proposing it', async () => {
    const { ctx, customer } = await esSetup()
    const inv = await issued(ctx, customer.id, '2026-10-10', 125000) // net 30 -> due 2026-11-09
    const today = '2026-11-23'
    const item = itemOf(await loadWorkQueue(ctx, today), customer.id)!
    expect(item.letters[0]?.step.id).toBe('r1')

    const letter = await letterModelFor(ctx, item, today)
    expect(letter.kind).toBe('reminder')
    expect(letter.language).toBe('es')
    expect(letter.invoices.map((r) => r.invoiceId)).toEqual([inv.id])
    expect(letter.principal).toBe(125000)
    expect(letter.customer.legalName).toBe(customer.legalName)
    expect(letter.paragraphs.join(' ')).not.toMatch(/\{\{/)

    const path = '/home/ana/Documentos/Cobro/Recordatorio - C0001 - 2026-11-23.pdf'
    await recordLetterSent(ctx, letterSentInput(item, today, fileNameOf(path), 'print', 'Recordatorio 1 enviado'))
    const timeline = await timelineOf(ctx, customer.id)
    expect(timeline[0]).toMatchObject({ type: 'letter', documentName: 'Recordatorio - C0001 - 2026-11-23.pdf', invoiceIds: [inv.id] })
    expect(itemOf(await loadWorkQueue(ctx, today), customer.id)?.letters ?? []).toHaveLength(0)
  })

  it('builds many letters a few at a time, in the items\' order, each as one by one, an unbuildable item with its error', async () => {
    const { ctx, customer } = await esSetup()
    const customers = [customer]
    for (let i = 2; i <= 11; i++) customers.push(await createCustomer(ctx, customerInput({ code: `C${String(i).padStart(4, '0')}`, legalName: `Cliente ${i}, S.L.` })))
    for (const [i, c] of customers.entries()) await issued(ctx, c.id, '2026-10-10', 10000 + i)
    const today = '2026-11-23'
    const queue = await loadWorkQueue(ctx, today)
    const items = customers.map((c) => itemOf(queue, c.id)!).reverse()
    const broken = { ...items[4]!, letters: [] }
    const built = await letterModelsFor(ctx, [...items.slice(0, 4), broken, ...items.slice(4)], today, 3)
    expect(built.map((b) => b.item.customerId)).toEqual([...items.slice(0, 4), broken, ...items.slice(4)].map((i) => i.customerId))
    expect('error' in built[4]! && (built[4].error as { code?: string }).code).toBe('letters.noInvoices')
    const one = await Promise.all(items.map((i) => letterModelFor(ctx, i, today)))
    expect(built.filter((b) => 'letter' in b).map((b) => ('letter' in b ? b.letter : null))).toEqual(one)
    expect(one.map((l) => l.principal)).toEqual(items.map((_, k) => 10000 + (items.length - 1 - k)))
  })

  it('states interest at the contractual rate typed in the customer form (9,5 % -> 950 bp)', async () => {
    const { ctx, customer } = await esSetup()
    const values = { ...customerToValues(customer, 'es-ES'), contractualRate: '9,5' }
    expect(makeCustomerSchema('es-ES').safeParse(values).success).toBe(true)
    expect(makeCustomerSchema('es-ES').safeParse({ ...values, contractualRate: 'nueve' }).success).toBe(false)
    await updateCustomer(ctx, customer.id, valuesToCustomerInput(values, 'es-ES', true))
    const saved = (await getCustomer(ctx, customer.id))!
    expect(saved.contractualRate).toBe(950)
    expect(customerToValues(saved, 'es-ES').contractualRate).toBe('9,5')
    expect(valuesToCustomerInput({ ...values, contractualRate: '' }, 'es-ES', true).contractualRate).toBeNull()
  })
})

describe('explain', () => {
  it('warns about the bank statement when never imported or older than the allowed days', async () => {
    expect(bankImportStale({ lastBankImportOn: '', bankImportMaxAgeDays: 7 }, '2026-11-23')).toBe(true)
    expect(bankImportStale({ lastBankImportOn: '2026-11-16', bankImportMaxAgeDays: 7 }, '2026-11-23')).toBe(false)
    expect(bankImportStale({ lastBankImportOn: '2026-11-15', bankImportMaxAgeDays: 7 }, '2026-11-23')).toBe(true)
    const { ctx } = await esSetup()
    const s = await saveCollectionSettings(ctx, { lastBankImportOn: '2026-11-20' })
    expect(bankImportStale(s, '2026-11-23')).toBe(false)
  })

  it('names built-in, additional and custom steps', () => {
    expect(stepName(t, { id: 'r2', kind: 'reminder' })).toBe('collections:steps.r2')
    expect(stepName(t, { id: 'extra-2', kind: 'reminder' })).toBe('collections:steps.extra {"n":2}')
    expect(stepName(t, { id: 'step7', kind: 'demand' })).toBe('collections:steps.custom {"kind":"collections:kinds.demand","id":"step7"}')
  })

  it('lists invoice numbers by due date, then "and N more"', () => {
    const inv = (id: string, dueDate: string) => [id, { id, fullNumber: `F-${id}`, dueDate }] as const
    const map = new Map([inv('b', '2026-02-01'), inv('a', '2026-01-01'), inv('c', '2026-03-01'), inv('d', '2026-04-01')]) as never
    expect(invoiceNumbers(t, ['b', 'a'], map)).toBe('F-a, F-b')
    expect(invoiceNumbers(t, ['d', 'c', 'b', 'a', 'x'], map, 2)).toBe('collections:today.andMore {"list":"F-a, F-b","count":2}')
  })
})
