import { describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { openDispute, openDisputesOf } from '../../../../renderer/db/repos/collections/disputes'
import { loadWorkQueue } from '../../../../renderer/db/repos/collections/queue'
import { activeSnoozeOf, snooze } from '../../../../renderer/db/repos/collections/snoozes'
import { recordLetterSent } from '../../../../renderer/db/repos/collections/steps'
import { invoiceIdsOf, openInvoicesForToday, todayRowsOf, type RowNeeds, type TodayRows } from '../../../../renderer/db/repos/collections/todayRows'
import { getCustomer } from '../../../../renderer/db/repos/customers'
import { openInvoicesOf } from '../../../../renderer/db/repos/invoices'
import { recordPayment } from '../../../../renderer/db/repos/payments'
import type { Ctx } from '../../../../renderer/db/context'
import type { WorkQueueItem } from '../../../../renderer/domain/collections/queue'
import type { Invoice } from '../../../../renderer/domain/types'
import { invoiceNumbers, invoicesOf } from '../../../../renderer/features/collections/explain'
import { numbersOf, openInvoicesOf as chipsOf } from '../../../../renderer/features/collections/today/invoiceList'
import { SECTION_NEEDS, sectionsOf, TODAY_PAGE, type SectionId } from '../../../../renderer/features/collections/today/sections'
import { freshCtx } from '../../db/helpers'
import { letterProposals } from '../../db/collections/fixtures'

const TODAY = '2026-11-23'
const t = ((key: string, opts?: Record<string, unknown>) => (opts ? `${key} ${JSON.stringify(opts)}` : key)) as unknown as TFunction

/** What the Today screen read before (useToday): every item's whole customer row and all its open invoices. */
async function wholeRows(ctx: Ctx, items: readonly WorkQueueItem[], today: string) {
  const customers = new Map<string, NonNullable<Awaited<ReturnType<typeof getCustomer>>>>()
  const invoices = new Map<string, Invoice>()
  const snoozes = new Map<string, unknown>()
  const disputes = new Map<string, unknown>()
  for (const item of items) {
    const c = await getCustomer(ctx, item.customerId)
    if (c) customers.set(c.id, c)
    for (const inv of await openInvoicesOf(ctx, item.customerId)) invoices.set(inv.id, inv)
    if (item.snoozedUntil) {
      const s = await activeSnoozeOf(ctx, item.customerId, today)
      if (s) snoozes.set(item.customerId, s)
    }
    if (item.disputedInvoiceIds.length > 0) for (const d of await openDisputesOf(ctx, item.customerId)) disputes.set(d.invoiceId, d)
  }
  return { customers, invoices, snoozes, disputes }
}

const shown = (inv: Pick<Invoice, 'id' | 'fullNumber' | 'openAmount' | 'currency' | 'dueDate'>) => ({
  id: inv.id,
  fullNumber: inv.fullNumber,
  openAmount: inv.openAmount,
  currency: inv.currency,
  dueDate: inv.dueDate,
})

/** Everything a row of `needs` shows from the page's data equals what it showed from the whole rows. */
async function expectSameAsWholeRows(ctx: Ctx, page: readonly WorkQueueItem[], rows: TodayRows, today: string, needs: RowNeeds) {
  const whole = await wholeRows(ctx, page, today)
  for (const item of page) {
    const before = whole.customers.get(item.customerId)
    const after = rows.customers.get(item.customerId)
    expect(after && { ...after }).toEqual(
      before && { id: before.id, legalName: before.legalName, phone: before.phone, contacts: before.contacts, creditLimit: before.creditLimit },
    )
    const lists = {
      letter: [item.letters[0]?.invoiceIds ?? []],
      call: [item.calls[0]?.invoiceIds ?? []],
      noContact: [item.noContact],
      paused: [item.disputedInvoiceIds, item.demandsSent.map((d) => d.invoiceId)],
      none: [],
    }[needs]
    for (const ids of lists) {
      expect(chipsOf(ids, rows.invoices).map(shown)).toEqual(invoicesOf(ids, whole.invoices).map(shown))
      expect(numbersOf(t, ids, rows.invoices, 2)).toBe(invoiceNumbers(t, ids, whole.invoices, 2))
    }
    if (needs !== 'paused') continue
    expect(rows.snoozes.get(item.customerId)).toEqual(whole.snoozes.get(item.customerId))
    for (const id of item.disputedInvoiceIds) expect(rows.disputes.get(id)).toEqual(whole.disputes.get(id))
  }
  // Only the page's customers and the invoices its items name are read.
  expect([...rows.customers.keys()].every((id) => page.some((i) => i.customerId === id))).toBe(true)
  const named = new Set(page.flatMap((i) => invoiceIdsOf(i, needs)))
  expect([...rows.invoices.keys()].every((id) => named.has(id))).toBe(true)
  if (needs !== 'paused') expect([rows.snoozes.size, rows.disputes.size]).toEqual([0, 0])
}

describe("Today's rows read a page at a time", () => {
  it('show on the ES demo (letters, calls, a dispute, a snooze, a part payment) what the whole rows showed', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'ES', today: TODAY })
    const first = await loadWorkQueue(ctx, TODAY)
    const withLetters = first.filter((q) => q.letters.length > 0)
    expect(withLetters.length).toBeGreaterThanOrEqual(7)
    const sent = withLetters[0]!
    await recordLetterSent(ctx, {
      customerId: sent.customerId, proposals: letterProposals(sent), coveredInvoiceIds: sent.letters[0]!.invoiceIds,
      documentName: `${sent.customerCode}.pdf`, today: TODAY, text: sent.letters[0]!.step.id,
    })
    await openDispute(ctx, { invoiceId: withLetters[1]!.letters[0]!.invoiceIds[0]!, reason: 'quantity', text: 'Faltan cajas', today: TODAY })
    await snooze(ctx, withLetters[2]!.customerId, '2026-12-10', 'Cierre por inventario', TODAY)
    await recordPayment(ctx, { customerId: withLetters[3]!.customerId, date: TODAY, amount: 1000 })

    for (const day of [TODAY, '2026-12-20']) {
      const items = await loadWorkQueue(ctx, day)
      const sections = sectionsOf(items)
      expect(sections.paused.some((i) => i.snoozedUntil)).toBe(day === TODAY)
      expect(sections.paused.some((i) => i.disputedInvoiceIds.length > 0)).toBe(true)
      for (const [id, list] of Object.entries(sections) as Array<[SectionId, WorkQueueItem[]]>) {
        for (const size of [TODAY_PAGE, 3]) {
          const page = list.slice(0, size)
          const rows = await todayRowsOf(ctx, page, day, SECTION_NEEDS[id])
          expect(rows.date, id).toBe(day)
          await expectSameAsWholeRows(ctx, page, rows, day, SECTION_NEEDS[id])
        }
      }
      // A page of letters with every need: each list of each item as the whole rows showed it.
      for (const needs of ['letter', 'call', 'noContact', 'paused', 'none'] as const) {
        const page = items.slice(0, 40)
        await expectSameAsWholeRows(ctx, page, await todayRowsOf(ctx, page, day, needs), day, needs)
      }
    }
  }, 60_000)

  it("read the outcome dialog's invoices as the customer's open invoices, in the same order", async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'ES', today: TODAY })
    const items = await loadWorkQueue(ctx, TODAY)
    const many = items.filter((i) => i.letters[0] && i.letters[0].invoiceIds.length > 1).slice(0, 5)
    expect(many.length).toBeGreaterThan(0)
    for (const item of [...many, items[items.length - 1]!]) {
      const whole = (await openInvoicesOf(ctx, item.customerId)).map((i) => ({ ...shown(i), customerId: i.customerId, issueDate: i.issueDate }))
      expect(await openInvoicesForToday(ctx, item.customerId)).toEqual(whole)
    }
    expect(await openInvoicesForToday(ctx, 'no-such-customer')).toEqual([])
  }, 60_000)

  it('reads nothing for an empty page (a collapsed section)', async () => {
    const ctx = freshCtx()
    const rows = await todayRowsOf(ctx, [], TODAY, 'paused')
    expect([rows.customers.size, rows.invoices.size, rows.snoozes.size, rows.disputes.size]).toEqual([0, 0, 0, 0])
  })
})
