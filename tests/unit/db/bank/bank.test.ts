import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { importStatement, previewStatementFile, saveMapping, type StatementFileInput } from '../../../../renderer/db/repos/bank/imports'
import esDataErrors from '../../../../locales/es/dataErrors.json' with { type: 'json' }
import { countUnmatched, ignoreLine, matchedLines, restoreLine, unmatchedLines } from '../../../../renderer/db/repos/bank/lines'
import { confirmMatch, loadMatchIndex, proposalsFor } from '../../../../renderer/db/repos/bank/match'
import { getCollectionSettings } from '../../../../renderer/db/repos/collections/settings'
import { createCustomer } from '../../../../renderer/db/repos/customers'
import { getInvoice } from '../../../../renderer/db/repos/invoices'
import { auditOf } from '../../../../renderer/db/repos/audit'
import type { Customer, Invoice } from '../../../../renderer/domain/types'
import { latin1, norma43, type N43Movement } from '../../../support/norma43'
import { issued } from '../collections/fixtures'
import { customerInput, dump, ES_COMPANY, esSetup, expectRefused } from '../helpers'

function file(text: string, fileName = 'extracto.n43'): StatementFileInput {
  let bin = ''
  for (const b of latin1(text)) bin += String.fromCharCode(b)
  return { fileName, content: { kind: 'bytes', base64: btoa(bin) } }
}

function statement(movements: N43Movement[], opening = 1_000_00): string {
  return norma43({ iban: ES_COMPANY.iban!, holder: 'SIERRA NORTE SL', from: '2026-11-16', to: '2026-11-20', opening, movements })
}

interface World {
  ctx: Ctx
  garcia: Customer
  lopez: Customer
  inv1: Invoice
  inv2: Invoice
  inv3: Invoice
}

async function world(): Promise<World> {
  const { ctx, customer: garcia } = await esSetup()
  const lopez = await createCustomer(ctx, customerInput({ legalName: 'Ferretería López, S.L.', tradeName: 'López', taxId: 'B12345674' }))
  const inv1 = await issued(ctx, garcia.id, '2026-10-01', 1_210_00)
  const inv2 = await issued(ctx, garcia.id, '2026-10-05', 500_00)
  const inv3 = await issued(ctx, lopez.id, '2026-10-07', 300_00)
  return { ctx, garcia, lopez, inv1, inv2, inv3 }
}

describe('bank statement import', () => {
  it('stores the new movements once: credits queued, debits kept; re-import and overlap add nothing', async () => {
    const w = await world()
    const text = statement([
      { date: '2026-11-17', amount: 1_210_00, concepts: ['ORDENANTE: SUPERMERCADOS GARCIA SL', `PAGO FRA ${w.inv1.fullNumber}`] },
      { date: '2026-11-18', amount: -45_30, concepts: ['RECIBO ENDESA'] },
      { date: '2026-11-19', amount: 300_00, concepts: ['FERRETERIA LOPEZ SL'] },
    ])
    const preview = await previewStatementFile(w.ctx, file(text))
    if (preview.kind !== 'ready') throw new Error(JSON.stringify(preview))
    expect([preview.newLines, preview.knownLines, preview.credits, preview.creditTotal]).toEqual([3, 0, 2, 1_510_00])
    expect(preview.statements[0]).toMatchObject({ from: '2026-11-16', to: '2026-11-20', openingBalance: 1_000_00, closingBalance: 1_000_00 + 1_510_00 - 45_30 })

    const imported = await importStatement(w.ctx, preview)
    expect([imported.linesNew, imported.linesKnown]).toEqual([3, 0])
    expect(await countUnmatched(w.ctx)).toBe(2)
    expect(await w.ctx.db.bankLines.where('status').equals('debit').count()).toBe(1)
    expect((await getCollectionSettings(w.ctx)).lastBankImportOn).toBe('2026-11-20')
    expect(await auditOf(w.ctx, 'bankImport', imported.id)).toHaveLength(1)

    const again = await previewStatementFile(w.ctx, file(text))
    if (again.kind !== 'ready') throw new Error('refused')
    expect([again.newLines, again.knownLines]).toEqual([0, 3])
    await importStatement(w.ctx, again)
    expect(await w.ctx.db.bankLines.count()).toBe(3)

    // An overlapping file: the last movement again plus one new.
    const overlap = statement(
      [
        { date: '2026-11-19', amount: 300_00, concepts: ['FERRETERIA LOPEZ SL'] },
        { date: '2026-11-20', amount: 500_00, concepts: ['SUPERMERCADOS GARCIA'] },
      ],
      0,
    )
    const p3 = await previewStatementFile(w.ctx, file(overlap))
    if (p3.kind !== 'ready') throw new Error('refused')
    expect([p3.newLines, p3.knownLines]).toEqual([1, 1])
    await importStatement(w.ctx, p3)
    expect(await w.ctx.db.bankLines.count()).toBe(4)
  })

  it('refuses a corrupt file or another account with the line and reason, writing nothing', async () => {
    const w = await world()
    const good = statement([{ date: '2026-11-17', amount: 1_210_00, concepts: ['PAGO'] }])
    const lines = good.split('\r\n')
    lines[1] = lines[1]!.slice(0, 70) // a movement record cut short
    const before = await dump(w.ctx.db)
    const corrupt = await previewStatementFile(w.ctx, file(lines.join('\r\n')))
    expect(corrupt.kind).toBe('refused')
    if (corrupt.kind !== 'refused') return
    expect(corrupt.problems[0]).toMatchObject({ line: 2 })

    const other = norma43({ iban: 'ES79 2100 0813 6101 2345 6789', holder: 'OTRA', from: '2026-11-16', to: '2026-11-20', opening: 0, movements: [{ date: '2026-11-17', amount: 10_00, concepts: ['X'] }] })
    const refused = await previewStatementFile(w.ctx, file(other))
    expect(refused.kind).toBe('refused')
    await expectRefused(w.ctx, () => importStatement(w.ctx, refused), 'bankImport.notReady')
    expect(await dump(w.ctx.db)).toEqual(before)
  })

  it('asks for a column mapping for a CSV it has none for, with a suggestion', async () => {
    const w = await world()
    const csv = 'Fecha;Concepto;Importe;Saldo\r\n17/11/2026;TRANSFERENCIA GARCIA;1.210,00;2.210,00\r\n'
    const bytes = new TextEncoder().encode(csv)
    let bin = ''
    for (const b of bytes) bin += String.fromCharCode(b)
    const preview = await previewStatementFile(w.ctx, { fileName: 'movimientos.csv', content: { kind: 'bytes', base64: btoa(bin) } })
    expect(preview.kind).toBe('needsMapping')
    if (preview.kind !== 'needsMapping') return
    expect(preview.sample[0]).toEqual(['Fecha', 'Concepto', 'Importe', 'Saldo'])
    expect(preview.suggested?.columns).toMatchObject({ bookingDate: 0, amount: 2, balance: 3 })
    const ready = await previewStatementFile(w.ctx, { fileName: 'movimientos.csv', content: { kind: 'bytes', base64: btoa(bin) } }, preview.suggested!)
    expect(ready.kind).toBe('ready')

    // Saving it: a bank name is required, and an amount column (or both credit and debit); refusals write nothing.
    const mapping = preview.suggested!
    const before = await dump(w.ctx.db)
    const blank = await expectRefused(w.ctx, () => saveMapping(w.ctx, { ...mapping, name: ' ' }), 'data.field.required')
    expect(Object.keys(esDataErrors.data.fieldNames)).toContain(blank.params.field)
    await expectRefused(w.ctx, () => saveMapping(w.ctx, { ...mapping, name: 'CaixaBank', columns: { ...mapping.columns, amount: null, credit: 2, debit: null } }), 'bankImport.mappingAmount')
    const bad = await expectRefused(w.ctx, () => saveMapping(w.ctx, { ...mapping, name: 'CaixaBank', columns: { ...mapping.columns, bookingDate: -1 } }), 'data.field.mustNotBeNegative')
    expect(Object.keys(esDataErrors.data.fieldNames)).toContain(bad.params.field)
    expect(await dump(w.ctx.db)).toEqual(before)
    expect((await saveMapping(w.ctx, { ...mapping, name: 'CaixaBank' })).name).toBe('CaixaBank')
  })
})

describe('matching queued lines', () => {
  async function imported(w: World, movements: N43Movement[]) {
    const p = await previewStatementFile(w.ctx, file(statement(movements)))
    if (p.kind !== 'ready') throw new Error(JSON.stringify(p))
    await importStatement(w.ctx, p)
    return unmatchedLines(w.ctx)
  }

  it('confirms the proposal: payment with allocation, invoice paid, payer IBAN learned, line matched', async () => {
    const w = await world()
    const [row] = await imported(w, [{ date: '2026-11-17', amount: 1_210_00, concepts: ['SUPERMERCADOS GARCIA SL', `PAGO FRA ${w.inv1.fullNumber}`] }])
    const index = await loadMatchIndex(w.ctx, '2026-11-23')
    const [best] = proposalsFor(index, row!)
    expect(best).toMatchObject({ customerId: w.garcia.id, allocations: [{ invoiceId: w.inv1.id, amount: 1_210_00, discount: 0 }], unallocated: 0 })
    expect(best!.reasons.map((r) => r.code)).toContain('match.invoiceNumber')

    const { paymentId } = await confirmMatch(w.ctx, row!.id, best!, { allowPayerMismatch: false, note: '' })
    expect((await getInvoice(w.ctx, w.inv1.id))?.openAmount).toBe(0)
    expect((await w.ctx.db.payments.get(paymentId))?.amount).toBe(1_210_00)
    expect((await w.ctx.db.bankLines.get(row!.id))).toMatchObject({ status: 'matched', paymentId })
    expect(await countUnmatched(w.ctx)).toBe(0)
    await expectRefused(w.ctx, () => confirmMatch(w.ctx, row!.id, best!, { allowPayerMismatch: false, note: '' }), 'bankImport.lineNotUnmatched')
  })

  it('never applies a payer mismatch silently: refused without allowance, recorded with it and its note', async () => {
    const w = await world()
    // López's IBAN is known (learned from an earlier payment); now López's account pays García's invoice.
    await w.ctx.db.payerAccounts.add({ key: 'iban:ES7921000813610123456789', customerId: w.lopez.id, learnedAt: '2026-11-01T00:00:00Z', source: 'manual' })
    const text = norma43({
      iban: ES_COMPANY.iban!, holder: 'SIERRA', from: '2026-11-16', to: '2026-11-20', opening: 0,
      movements: [{ date: '2026-11-18', amount: 500_00, concepts: ['FERRETERIA LOPEZ SL', `FRA ${w.inv2.fullNumber} ES7921000813610123456789`] }],
    })
    const p = await previewStatementFile(w.ctx, file(text))
    if (p.kind !== 'ready') throw new Error(JSON.stringify(p))
    await importStatement(w.ctx, p)
    const [row] = await unmatchedLines(w.ctx)
    const index = await loadMatchIndex(w.ctx, '2026-11-23')
    const split = { customerId: w.garcia.id, allocations: [{ invoiceId: w.inv2.id, amount: 500_00, discount: 0 }] }
    const proposal = proposalsFor(index, row!).find((x) => x.customerId === w.garcia.id)
    if (row!.counterpartyIban) {
      expect(proposal?.needsDecision).toBe(true)
      const before = await dump(w.ctx.db)
      await expectRefused(w.ctx, () => confirmMatch(w.ctx, row!.id, split, { allowPayerMismatch: false, note: '' }), 'matching.payerMismatch')
      await expectRefused(w.ctx, () => confirmMatch(w.ctx, row!.id, split, { allowPayerMismatch: true, note: '' }), 'bankImport.mismatchNoteRequired')
      expect(await dump(w.ctx.db)).toEqual(before)
    }
    await confirmMatch(w.ctx, row!.id, split, { allowPayerMismatch: true, note: 'López paga por García (mismo dueño)' })
    expect((await getInvoice(w.ctx, w.inv2.id))?.openAmount).toBe(0)
    const audit = await auditOf(w.ctx, 'bankLine', row!.id)
    expect(audit.at(-1)?.after).toMatchObject({ note: 'López paga por García (mismo dueño)' })
  })

  it('writes off a small bank charge with its reason, and keeps an overpayment as credit', async () => {
    const w = await world()
    const rows = await imported(w, [
      { date: '2026-11-17', amount: 1_208_50, concepts: ['SUPERMERCADOS GARCIA SL', `FRA ${w.inv1.fullNumber}`] },
      { date: '2026-11-18', amount: 350_00, concepts: ['FERRETERIA LOPEZ SL', `FRA ${w.inv3.fullNumber}`] },
    ])
    const index = await loadMatchIndex(w.ctx, '2026-11-23')
    const short = proposalsFor(index, rows[0]!)[0]!
    expect(short.writeOff).toMatchObject({ invoiceId: w.inv1.id, amount: 1_50 })
    await confirmMatch(w.ctx, rows[0]!.id, short, { allowPayerMismatch: false, note: '' })
    const inv1 = await getInvoice(w.ctx, w.inv1.id)
    expect([inv1?.paidAmount, inv1?.discountTaken, inv1?.openAmount]).toEqual([1_208_50, 1_50, 0])
    const writeOffs = (await w.ctx.db.allocations.where('invoiceId').equals(w.inv1.id).toArray()).filter((a) => a.kind === 'writeOff')
    expect(writeOffs).toMatchObject([{ amount: 0, discount: 1_50 }])
    expect(writeOffs[0]?.reason).not.toBe('')

    const over = proposalsFor(index, rows[1]!)[0]!
    expect([over.customerId, over.unallocated]).toEqual([w.lopez.id, 50_00])
    const { paymentId } = await confirmMatch(w.ctx, rows[1]!.id, over, { allowPayerMismatch: false, note: '' })
    expect((await w.ctx.db.payments.get(paymentId))?.unallocated).toBe(50_00)
    expect((await w.ctx.db.customers.get(w.lopez.id))?.balance).toBe(-50_00)
  })

  it('sets a line aside with a reason and puts it back', async () => {
    const w = await world()
    const [row] = await imported(w, [{ date: '2026-11-17', amount: 20_000_00, concepts: ['PRESTAMO ICO'] }])
    await expectRefused(w.ctx, () => ignoreLine(w.ctx, row!.id, '  '), 'data.field.required')
    await ignoreLine(w.ctx, row!.id, 'Préstamo, no es un cobro')
    expect(await countUnmatched(w.ctx)).toBe(0)
    expect((await matchedLines(w.ctx)).map((l) => [l.id, l.status, l.note])).toEqual([[row!.id, 'ignored', 'Préstamo, no es un cobro']])
    await restoreLine(w.ctx, row!.id)
    expect(await countUnmatched(w.ctx)).toBe(1)
    expect(await matchedLines(w.ctx)).toEqual([])
  })
})
