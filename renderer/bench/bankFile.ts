/**
 * A camt.053 statement of 5,000 credits made from the database's open invoices, with the line mix of
 * tests/bench/matching.bench.ts: 40 % pay one invoice by its number (several spellings), 20 % a customer's exact
 * amount by name only, 15 % two invoices of a customer in one transfer, 10 % another customer's payer naming this
 * customer's invoice, 15 % noise. `run` makes every run's movements new (the bank reference), so each import stores
 * all 5,000 lines instead of recognising them.
 */
import { camt053, type StatementMovement } from '../../tests/e2e/fixtures/bank/camt053'
import { mixSeed, Rng } from '../domain/demo'
import type { Customer, Invoice } from '../domain/types'
import type { Ctx } from '../db/context'
import { requireCompany } from '../db/repos/company'

export const BANK_LINES = 5000

const spell = (rng: Rng, number: string) =>
  [`Pago factura ${number}`, `FRA ${number.replace(/-/g, ' ')}`, `${number.split('-').pop() ?? number} pago`, `s/fra. ${number}`][rng.int(0, 3)]!

export async function statementFile(ctx: Ctx, today: string, run: number): Promise<{ fileName: string; base64: string }> {
  const { db } = ctx
  const company = await requireCompany(ctx)
  const open = (await db.invoices.where('[isOpen+dueDate]').between([1, ''], [1, '\uffff']).toArray()) as Invoice[]
  const customers = new Map((await db.customers.bulkGet([...new Set(open.map((i) => i.customerId))])).flatMap((c): [string, Customer][] => (c ? [[c.id, c]] : [])))
  const byCustomer = new Map<string, Invoice[]>()
  for (const inv of open) byCustomer.set(inv.customerId, [...(byCustomer.get(inv.customerId) ?? []), inv])
  const rng = new Rng(mixSeed(7, 1000 + run))
  const movements: StatementMovement[] = []
  for (let i = 0; i < BANK_LINES; i++) {
    const inv = open[rng.int(0, open.length - 1)]!
    const c = customers.get(inv.customerId)!
    const ref = `BENCH-${run}-${String(i).padStart(5, '0')}`
    const date = today
    const roll = rng.next()
    if (roll < 0.4) movements.push({ amount: inv.openAmount, date, name: c.legalName, remittance: spell(rng, inv.fullNumber), reference: ref })
    else if (roll < 0.6) movements.push({ amount: inv.openAmount, date, name: c.legalName, remittance: 'Transferencia', reference: ref })
    else if (roll < 0.75) {
      const two = (byCustomer.get(c.id) ?? [inv]).slice(0, 2)
      movements.push({ amount: two.reduce((s, x) => s + x.openAmount, 0), date, name: c.legalName, taxId: c.taxId, remittance: 'Pago facturas', reference: ref })
    } else if (roll < 0.85) {
      const other = open[rng.int(0, open.length - 1)]!
      const payer = customers.get(other.customerId)!
      movements.push({ amount: inv.openAmount, date, name: payer.legalName, taxId: payer.taxId, remittance: spell(rng, inv.fullNumber), reference: ref })
    } else movements.push({ amount: rng.int(1_000, 900_000), date, name: `Devolución ${rng.int(1, 999)}`, remittance: 'Abono varios', reference: ref })
  }
  const xml = camt053({ id: `BENCH-${run}`, accountIban: company.iban, currency: company.currency, from: today, to: today, opening: 0, movements })
  const bytes = new TextEncoder().encode(xml)
  let bin = ''
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return { fileName: `bench-${run}.xml`, base64: btoa(bin) }
}
