/**
 * Schema v10 builds the match index from the slim open items. This checks it against the index v5 built from the
 * open invoices' full rows (the brute force below): same lookup tables in the same order, and the same proposals,
 * to the cent and in the same order, for every kind of statement line. It holds on the demo company (ES and RO) and
 * again after confirmed matches (payments, early discounts taken, bank-charge write-offs) moved the open items.
 */
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { confirmMatch, loadMatchIndex, proposalsFor } from '../../../../renderer/db/repos/bank/match'
import type { BankLineRow } from '../../../../renderer/db/repos/bank/tables'
import { addDays } from '../../../../renderer/domain/dates'
import { proposeMatches, type MatchIndex } from '../../../../renderer/domain/bank/matching'
import type { BankLine } from '../../../../renderer/domain/bank/types'
import { mixSeed, Rng } from '../../../../renderer/domain/demo'
import { earlyDiscountFor } from '../../../../renderer/domain/terms'
import type { Customer, Invoice } from '../../../../renderer/domain/types'
import { freshCtx } from '../helpers'
import { indexFromFullRows } from './referenceIndex'

const TODAY = '2026-11-23'

/** The index as v5 built it: every open invoice's full row, in [isOpen+dueDate] order. */
const bruteIndex = indexFromFullRows

/** What of an index decides a proposal: every lookup table as ids in order, and each invoice's figures. */
function shape(index: MatchIndex) {
  const ids = <K,>(m: Map<K, Array<{ id: string }>>) => [...m].map(([k, list]) => [k, list.map((i) => i.id)])
  return {
    invoices: [...index.invoices.values()].map((i) => [i.id, i.fullNumber, i.customerId, i.currency, i.openAmount, i.issueDate, i.dueDate, i.earlyDiscount, i.totals.total, i.discountTaken]),
    openByCustomer: ids(index.openByCustomer),
    byFull: ids(index.byFull),
    byYearNumber: ids(index.byYearNumber),
    byNumber: ids(index.byNumber),
    byAmount: ids(index.byAmount),
    seriesCodes: [...index.seriesCodes],
    customers: [...index.customers.keys()],
    payerByIban: [...index.payerByIban].map(([k, s]) => [k, [...s]]),
    payerByTaxId: [...index.payerByTaxId].map(([k, s]) => [k, [...s]]),
    promisesByAmount: [...index.promisesByAmount].map(([k, list]) => [k, list.map((p) => p.id)]),
  }
}

/** Statement lines of every kind the matcher tells apart, from the database's open invoices. */
async function linesOf(ctx: Ctx, seed: number): Promise<BankLine[]> {
  const open = (await ctx.db.invoices.where('[isOpen+dueDate]').between([1, ''], [1, '\uffff']).toArray()) as Invoice[]
  const customers = new Map((await ctx.db.customers.toArray()).map((c): [string, Customer] => [c.id, c]))
  const rng = new Rng(mixSeed(11, seed))
  const lines: BankLine[] = []
  const add = (over: Partial<BankLine>) =>
    lines.push({ seq: lines.length + 1, bookingDate: TODAY, valueDate: TODAY, amount: 1, currency: 'EUR', remittance: '', counterpartyName: '', counterpartyIban: '', counterpartyTaxId: '', bankReference: `R${lines.length}`, typeCode: '', ...over })
  for (let k = 0; k < 160; k++) {
    const inv = open[rng.int(0, open.length - 1)]!
    const c = customers.get(inv.customerId)!
    const other = customers.get(open[rng.int(0, open.length - 1)]!.customerId)!
    const mine = open.filter((i) => i.customerId === c.id)
    const currency = inv.currency
    switch (k % 8) {
      case 0:
        add({ amount: inv.openAmount, currency, counterpartyName: c.legalName, remittance: `Pago factura ${inv.fullNumber}` })
        break
      case 1:
        add({ amount: inv.openAmount, currency, counterpartyName: c.legalName, remittance: 'Transferencia' })
        break
      case 2:
        add({ amount: mine.slice(0, 3).reduce((s, i) => s + i.openAmount, 0), currency, counterpartyName: c.legalName, counterpartyTaxId: c.taxId, remittance: 'Pago facturas' })
        break
      case 3:
        add({ amount: inv.openAmount, currency, counterpartyName: other.legalName, counterpartyTaxId: other.taxId, remittance: `FRA ${inv.fullNumber.replace(/-/g, ' ')}` })
        break
      case 4: {
        // Paid within the discount window, less the early-payment discount (or short by bank charges).
        const date = inv.earlyDiscount ? addDays(inv.issueDate, Math.min(2, inv.earlyDiscount.days)) : TODAY
        const discount = earlyDiscountFor(inv, date)
        add({ bookingDate: date, valueDate: date, amount: inv.openAmount - (discount || rng.int(1, 400)), currency, counterpartyName: c.tradeName || c.legalName, remittance: `${inv.fullNumber.split('-').pop()} pago` })
        break
      }
      case 5:
        add({ amount: inv.openAmount, currency: currency === 'EUR' ? 'RON' : 'EUR', counterpartyName: c.legalName, remittance: `s/fra. ${inv.fullNumber}` })
        break
      case 6:
        add({ amount: inv.openAmount + rng.int(1, 90_000), currency, counterpartyName: c.legalName, remittance: `Pago ${inv.fullNumber} y anticipo` })
        break
      default:
        add({ amount: rng.int(1_000, 900_000), currency, counterpartyName: `Devolución ${rng.int(1, 999)}`, remittance: 'Abono varios' })
    }
  }
  return lines
}

async function expectSameMatching(ctx: Ctx, seed: number): Promise<void> {
  for (const day of [TODAY, '2026-10-02']) {
    const fast = await loadMatchIndex(ctx, day)
    const brute = await bruteIndex(ctx, day)
    expect(shape(fast), day).toEqual(shape(brute))
    expect(fast.invoices.size).toBeGreaterThan(10)
  }
  const fast = await loadMatchIndex(ctx, TODAY)
  const brute = await bruteIndex(ctx, TODAY)
  const lines = await linesOf(ctx, seed)
  let proposed = 0
  for (const line of lines) {
    const got = proposeMatches(fast, line)
    expect(got, JSON.stringify(line)).toEqual(proposeMatches(brute, line))
    if (got.length > 0) proposed++
  }
  expect(proposed, 'most lines get proposals: the comparison is not vacuous').toBeGreaterThan(lines.length / 2)
}

describe('match index from the open items (schema v10)', () => {
  for (const country of ['ES', 'RO'] as const) {
    it(`equals the index from the open invoices, and so do the proposals (${country} demo, then after confirmed matches)`, async () => {
      const ctx = freshCtx()
      await loadDemoCompany(ctx, { country, today: TODAY, customers: 24, months: 10, seed: 4 })
      await expectSameMatching(ctx, 1)

      // Confirm the best proposal of some lines: payments, discounts taken and write-offs move the open items.
      const index = await loadMatchIndex(ctx, TODAY)
      let confirmed = 0
      for (const line of await linesOf(ctx, 2)) {
        const row: BankLineRow = { ...line, id: `line-${line.seq}`, importId: 'imp', accountIban: '', status: 'unmatched', paymentId: '', note: '', decidedBy: '', decidedAt: '' }
        const best = proposalsFor(index, row).find((p) => !p.needsDecision)
        if (!best || confirmed >= 25) continue
        await ctx.db.bankLines.put(row)
        try {
          await confirmMatch(ctx, row.id, best, { allowPayerMismatch: false, note: '' })
          confirmed++
        } catch {
          // An earlier confirmation already settled one of its invoices: the proposal is stale, as on screen.
        }
      }
      expect(confirmed).toBeGreaterThan(10)
      await expectSameMatching(ctx, 3)
    }, 120_000)
  }
})
