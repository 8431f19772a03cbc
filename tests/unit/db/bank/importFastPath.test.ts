/**
 * Issue 7's bank import fast path against the previous computation, on generated camt.053 statements of the demo
 * company (payments by invoice number, by name and amount, several invoices named in one transfer, a payer paying
 * another customer's invoice, noise, identical movements, lines already imported, lines twice in one preview):
 *  - rows: an undecided line is stored without its decision fields (tables.ts StoredBankLine), and what every reader
 *    gets (the queue, the confirmation and its audit row, setting a line aside) is exactly the row the previous import
 *    stored; nothing is stored twice;
 *  - proposals: the index loadMatchIndex hands out (kept between calls, matchIndexCache.ts; its name index kept while
 *    the customers' names stay the same, with the answers it remembers; its memo, memo.ts) proposes for every line what
 *    a fresh index built the previous way, remembering nothing, proposes, to the cent and in the same order: cold,
 *    warm, in reverse order, and after a customer was renamed.
 */
import { describe, expect, it } from 'vitest'
import { camt053, type StatementMovement } from '../../../e2e/fixtures/bank/camt053'
import type { Ctx } from '../../../../renderer/db/context'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { auditOf } from '../../../../renderer/db/repos/audit'
import { requireCompany } from '../../../../renderer/db/repos/company'
import { importStatement, previewStatementFile, type ImportPreview } from '../../../../renderer/db/repos/bank/imports'
import { ignoreLine, unmatchedLines } from '../../../../renderer/db/repos/bank/lines'
import { confirmMatch, loadMatchIndex, proposalsFor, toBankLine } from '../../../../renderer/db/repos/bank/match'
import { fullLine, type BankLineRow, type StoredBankLine } from '../../../../renderer/db/repos/bank/tables'
import { proposeMatches, type MatchIndex } from '../../../../renderer/domain/bank/matching'
import { buildNameIndex } from '../../../../renderer/domain/bank/match/names'
import { mixSeed, Rng } from '../../../../renderer/domain/demo'
import type { Customer, Invoice } from '../../../../renderer/domain/types'
import { freshCtx } from '../helpers'
import { indexFromFullRows } from './referenceIndex'

const TODAY = '2026-11-23'

type Kind = 'number' | 'name' | 'twoNamed' | 'otherPayer' | 'noise' | 'twice'

interface Generated {
  movements: StatementMovement[]
  kinds: Kind[]
  /** For 'otherPayer': the invoice's customer (X) and the payer (Y); for 'twoNamed': the two invoices. */
  about: Array<{ invoiceCustomer?: string; payer?: string; invoices?: string[] }>
}

async function movementsOf(ctx: Ctx, seed: number, count: number): Promise<Generated> {
  const open = (await ctx.db.invoices.where('[isOpen+dueDate]').between([1, ''], [1, '\uffff']).toArray()) as Invoice[]
  const customers = new Map((await ctx.db.customers.toArray()).map((c): [string, Customer] => [c.id, c]))
  const byCustomer = new Map<string, Invoice[]>()
  for (const inv of open) byCustomer.set(inv.customerId, [...(byCustomer.get(inv.customerId) ?? []), inv])
  const rng = new Rng(mixSeed(13, seed))
  const out: Generated = { movements: [], kinds: [], about: [] }
  const kinds: Kind[] = ['number', 'name', 'twoNamed', 'otherPayer', 'noise', 'twice']
  for (let i = 0; out.movements.length < count; i++) {
    const inv = open[rng.int(0, open.length - 1)]!
    const c = customers.get(inv.customerId)!
    const reference = `T${seed}-${i}`
    const kind = kinds[i % kinds.length]!
    const push = (m: StatementMovement, about: Generated['about'][number] = {}) => {
      out.movements.push(m)
      out.kinds.push(kind)
      out.about.push(about)
    }
    if (kind === 'number') push({ amount: inv.openAmount, date: TODAY, name: c.legalName, remittance: `Pago factura ${inv.fullNumber}`, reference })
    else if (kind === 'name') push({ amount: inv.openAmount, date: TODAY, name: c.tradeName || c.legalName, remittance: 'Transferencia', reference })
    else if (kind === 'twoNamed') {
      const [a, b] = byCustomer.get(c.id) ?? []
      if (!a || !b) continue
      push({ amount: a.openAmount + b.openAmount, date: TODAY, name: c.legalName, remittance: `Pago facturas ${a.fullNumber} y ${b.fullNumber}`, reference }, { invoices: [a.id, b.id] })
    } else if (kind === 'otherPayer') {
      const payer = [...customers.values()].find((y) => y.id !== c.id && y.taxId !== '' && y.taxId !== c.taxId)!
      push({ amount: inv.openAmount, date: TODAY, name: payer.legalName, taxId: payer.taxId, remittance: `FRA ${inv.fullNumber}`, reference }, { invoiceCustomer: c.id, payer: payer.id })
    } else if (kind === 'noise') push({ amount: rng.int(1_000, 900_000), date: TODAY, name: `Devolución ${rng.int(1, 99)}`, remittance: 'Abono varios', reference })
    else {
      // The same movement twice on one day: two lines (two fingerprints), both stored.
      const m = { amount: inv.openAmount, date: TODAY, name: c.legalName, remittance: 'Pago', reference: `T${seed}-same` }
      push(m)
      push({ ...m })
    }
  }
  return out
}

async function preview(ctx: Ctx, id: string, movements: StatementMovement[]): Promise<Extract<ImportPreview, { kind: 'ready' }>> {
  const company = await requireCompany(ctx)
  const xml = camt053({ id, accountIban: company.iban, currency: company.currency, from: TODAY, to: TODAY, opening: 0, movements })
  let bin = ''
  for (const b of new TextEncoder().encode(xml)) bin += String.fromCharCode(b)
  const p = await previewStatementFile(ctx, { fileName: `${id}.xml`, content: { kind: 'bytes', base64: btoa(bin) } })
  if (p.kind !== 'ready') throw new Error(JSON.stringify(p).slice(0, 300))
  return p
}

/** The rows the import stored before issue 7 (the previous importStatement's loop), given the ids stored before it. */
function previousRows(p: Extract<ImportPreview, { kind: 'ready' }>, storedBefore: ReadonlySet<string>, importId: string): BankLineRow[] {
  const seen = new Set<string>()
  const rows: BankLineRow[] = []
  for (const l of p.lines) {
    if (storedBefore.has(l.id) || seen.has(l.id)) continue
    seen.add(l.id)
    const { known: _known, ...line } = l
    rows.push({ ...line, importId, status: l.amount > 0 ? 'unmatched' : 'debit', paymentId: '', note: '', decidedBy: '', decidedAt: '' })
  }
  return rows
}

/** The index as it was built before issue 7: from the open invoices' full rows, with a name index of its own. */
async function previousIndex(ctx: Ctx, today: string): Promise<MatchIndex> {
  const [index, customers] = await Promise.all([indexFromFullRows(ctx, today), ctx.db.customers.toArray()])
  // Nothing remembered: a name index of its own, and no memo (memo.ts) - every answer computed as before.
  const { memo: _memo, ...computed } = index
  return { ...computed, names: buildNameIndex(customers) }
}

const rawLines = (ctx: Ctx) => ctx.db.table<StoredBankLine, string>('bankLines')
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

async function expectSameProposals(ctx: Ctx, rows: readonly StoredBankLine[]): Promise<number> {
  const previous = await previousIndex(ctx, TODAY)
  let proposed = 0
  for (const pass of ['cold', 'warm', 'reversed'] as const) {
    const fast = await loadMatchIndex(ctx, TODAY)
    const order = pass === 'reversed' ? [...rows].reverse() : rows
    for (const row of order) {
      const got = proposalsFor(fast, row)
      expect(got, `${pass} ${row.counterpartyName} ${row.remittance}`).toEqual(proposeMatches(previous, toBankLine(row)))
      if (pass === 'cold' && got.length > 0) proposed++
    }
  }
  return proposed
}

describe('bank import fast path (issue 7)', () => {
  it('stores what the previous import stored, once, and proposes for every line what the previous index proposed', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customers: 24, months: 10, seed: 4 })
    const gen = await movementsOf(ctx, 1, 90)
    expect(new Set(gen.kinds).size).toBe(6)

    // A first file with half the movements, then the whole file: its first half is known.
    const half = Math.floor(gen.movements.length / 2)
    const first = await preview(ctx, 'first', gen.movements.slice(0, half))
    const firstImport = await importStatement(ctx, first)
    const firstRows = previousRows(first, new Set(), firstImport.id)
    const whole = await preview(ctx, 'whole', gen.movements)
    expect(whole.knownLines).toBe(half)
    // Lines twice in one preview (a file naming a movement twice) are stored once.
    const doubled: typeof whole = { ...whole, lines: [...whole.lines, ...whole.lines.slice(-5).map((l) => ({ ...l }))] }
    const storedBefore = new Set((await rawLines(ctx).toCollection().primaryKeys()).map(String))
    const second = await importStatement(ctx, doubled)
    const secondRows = previousRows(doubled, storedBefore, second.id)
    expect([second.linesNew, second.linesKnown]).toEqual([secondRows.length, doubled.lines.length - secondRows.length])
    expect(second.linesNew).toBe(gen.movements.length - half)

    const expected = [...firstRows, ...secondRows].sort(byId)
    const raw = (await rawLines(ctx).toArray()).sort(byId)
    expect(raw.map(fullLine)).toEqual(expected)
    for (const row of raw) expect(['paymentId', 'note', 'decidedBy', 'decidedAt'].filter((f) => f in row)).toEqual([])
    expect((await unmatchedLines(ctx, 10_000)).sort(byId)).toEqual(expected.filter((r) => r.status === 'unmatched'))

    const credits = raw.filter((r) => r.status === 'unmatched')
    expect(await expectSameProposals(ctx, credits)).toBeGreaterThan(credits.length / 2)

    // A payer paying another customer's invoice is never proposed without a decision; two named invoices are both paid.
    const kindOf = new Map(gen.movements.map((m, i) => [m.reference + '|' + m.remittance, i]))
    const index = await loadMatchIndex(ctx, TODAY)
    let checkedOther = 0
    let checkedTwo = 0
    for (const row of credits) {
      const i = kindOf.get(row.bankReference + '|' + row.remittance)
      if (i === undefined) continue
      const about = gen.about[i]!
      const proposals = proposalsFor(index, row)
      if (gen.kinds[i] === 'otherPayer') {
        const forX = proposals.filter((p) => p.customerId === about.invoiceCustomer)
        expect(forX.length).toBeGreaterThan(0)
        for (const p of forX) expect([p.needsDecision, p.warnings.some((w) => w.code === 'match.payerMismatch')]).toEqual([true, true])
        checkedOther++
      }
      if (gen.kinds[i] === 'twoNamed') {
        expect(proposals[0]?.allocations.map((a) => a.invoiceId).sort()).toEqual([...(about.invoices ?? [])].sort())
        checkedTwo++
      }
    }
    expect([checkedOther, checkedTwo].every((n) => n > 3)).toBe(true)

    // A renamed customer: the name index is built again, and a payer of the new name is found by it.
    const renamed = credits.find((r) => gen.kinds[kindOf.get(r.bankReference + '|' + r.remittance) ?? -1] === 'name')!
    const target = (await loadMatchIndex(ctx, TODAY)).invoices.values().next().value!.customerId
    await ctx.db.customers.update(target, { legalName: 'Ultramarinos Quintanilla Ejemplar, S.L.', tradeName: 'Quintanilla Ejemplar' })
    const newName = { ...renamed, counterpartyName: 'ULTRAMARINOS QUINTANILLA EJEMPLAR SL' }
    await expectSameProposals(ctx, [...credits, newName])
    expect(proposalsFor(await loadMatchIndex(ctx, TODAY), newName).map((p) => p.customerId)).toContain(target)
  }, 120_000)

  it('the readers see the row the previous import stored: confirmation, its audit row, setting aside', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customers: 12, months: 6, seed: 2 })
    const gen = await movementsOf(ctx, 2, 12)
    const p = await preview(ctx, 'one', gen.movements)
    const imported = await importStatement(ctx, p)
    const previous = new Map(previousRows(p, new Set(), imported.id).map((r) => [r.id, r]))
    const index = await loadMatchIndex(ctx, TODAY)
    const queue = await unmatchedLines(ctx)
    const toConfirm = queue.find((r) => proposalsFor(index, r).some((x) => !x.needsDecision))!
    const toIgnore = queue.find((r) => r.id !== toConfirm.id)!

    const best = proposalsFor(index, toConfirm).find((x) => !x.needsDecision)!
    const { paymentId } = await confirmMatch(ctx, toConfirm.id, best, { allowPayerMismatch: false, note: '' })
    const [confirmed] = await auditOf(ctx, 'bankLine', toConfirm.id)
    expect(confirmed?.before).toEqual(previous.get(toConfirm.id))
    expect(await rawLines(ctx).get(toConfirm.id)).toEqual({ ...previous.get(toConfirm.id), status: 'matched', paymentId, note: '', decidedBy: 'tester', decidedAt: '2026-11-23T10:00:00.000Z' })

    const ignored = await ignoreLine(ctx, toIgnore.id, 'Devolución de un préstamo')
    const [setAside] = await auditOf(ctx, 'bankLine', toIgnore.id)
    expect(setAside?.before).toEqual(previous.get(toIgnore.id))
    expect(ignored).toEqual({ ...previous.get(toIgnore.id), status: 'ignored', note: 'Devolución de un préstamo', decidedBy: 'tester', decidedAt: '2026-11-23T10:00:00.000Z' })
    expect(await rawLines(ctx).get(toIgnore.id)).toEqual(ignored)
  }, 60_000)
})
