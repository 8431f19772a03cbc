import { describe, expect, it } from 'vitest'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { issueCreditNote } from '../../../../renderer/db/repos/creditNotes'
import { fiscalQrOf, recordOf } from '../../../../renderer/db/repos/fiscal/records'
import { logFiscalEvent, runFiscalCheck, verifyFiscalChains } from '../../../../renderer/db/repos/fiscal/verify'
import { issueInvoice, saveDraft } from '../../../../renderer/db/repos/invoices'
import { recordHash } from '../../../../renderer/domain/einvoice/verifactu'
import { esSetup, freshCtx, line } from '../helpers'

async function issue(ctx: Awaited<ReturnType<typeof esSetup>>['ctx'], customerId: string, issueDate: string, quantity = 2) {
  const d = await saveDraft(ctx, { customerId, issueDate, lines: [line({ quantity })] })
  return issueInvoice(ctx, d.id)
}

describe('VERI*FACTU records of a Spanish company', () => {
  it('issuing invoices and a credit note appends chained records; the verifier accepts them', async () => {
    const { ctx, customer } = await esSetup()
    const a = await issue(ctx, customer.id, '2026-10-01')
    const b = await issue(ctx, customer.id, '2026-10-02', 3)
    const note = await issueCreditNote(ctx, { invoiceId: a.id, issueDate: '2026-10-05', reason: 'Botella rota', whole: true })

    const rows = await ctx.db.fiscalRecords.orderBy('seq').toArray()
    expect(rows.map((r) => [r.seq, r.number, r.tipo])).toEqual([
      [1, a.fullNumber, 'F1'],
      [2, b.fullNumber, 'F1'],
      [3, note.fullNumber, 'R1'],
    ])
    expect(rows[0]!.previousHash).toBe('')
    expect(rows[1]!.previousHash).toBe(rows[0]!.hash)
    expect(rows[0]).toMatchObject({ issuerNif: 'B12345674', taxTotal: a.totals.vat + a.totals.recargo, total: a.totals.total, generatedAt: expect.stringMatching(/^2026-11-23T\d\d:00:00[+-]\d\d:\d\d$/) })
    expect(rows[2]).toMatchObject({ total: -note.totals.total, corrects: { number: a.fullNumber, issueDate: '2026-10-01' } })
    for (const r of rows) expect(recordHash(r)).toBe(r.hash)
    expect((await verifyFiscalChains(ctx)).records).toEqual({ ok: true, checked: 3 })

    expect((await recordOf(ctx, b.id))?.seq).toBe(2)
    const qr = await fiscalQrOf(ctx, b.id)
    expect(qr.fiscalQr).toContain(`numserie=${encodeURIComponent(b.fullNumber)}`)
  })

  it('a refused issue writes no record', async () => {
    const { ctx, customer } = await esSetup()
    const d = await saveDraft(ctx, { customerId: customer.id, issueDate: '2026-12-30', lines: [line()] })
    await expect(issueInvoice(ctx, d.id, { today: '2026-11-23' })).rejects.toThrow()
    expect(await ctx.db.fiscalRecords.count()).toBe(0)
  })

  it('a Romanian company keeps no records and logs no events', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'RO', today: '2026-11-10', customers: 4, months: 3, seed: 3 })
    expect(await ctx.db.invoices.count()).toBeGreaterThan(0)
    expect(await ctx.db.fiscalRecords.count()).toBe(0)
    expect(await runFiscalCheck(ctx, 'start')).toBeNull()
    expect(await ctx.db.fiscalEvents.count()).toBe(0)
  })

  it('a tampered or deleted record is named, and the check logs an anomaly event', async () => {
    const { ctx, customer } = await esSetup()
    for (const day of ['01', '02', '03', '04']) await issue(ctx, customer.id, `2026-10-${day}`)
    const first = await runFiscalCheck(ctx, 'start')
    expect(first?.records).toEqual({ ok: true, checked: 4 })

    await ctx.db.fiscalRecords.update(3, { total: 1 })
    const second = await runFiscalCheck(ctx, 'start')
    expect(second?.records).toMatchObject({ ok: false, firstBroken: 3, reason: 'hash' })
    const events = await ctx.db.fiscalEvents.orderBy('seq').toArray()
    expect(events.map((e) => e.type)).toEqual(['start', 'start', 'anomalyRecords'])
    expect(events[2]!.detail).toContain('#3')
    expect((await verifyFiscalChains(ctx)).events).toEqual({ ok: true, checked: 3 })

    await ctx.db.fiscalRecords.delete(2)
    expect((await verifyFiscalChains(ctx)).records).toMatchObject({ ok: false, firstBroken: 2, reason: 'gap' })
  })

  it('an edited event breaks the event chain; events keep one installation id', async () => {
    const { ctx } = await esSetup()
    await logFiscalEvent(ctx, 'start')
    await logFiscalEvent(ctx, 'recordsExported', 'registros.xml')
    await logFiscalEvent(ctx, 'backupRestored')
    const events = await ctx.db.fiscalEvents.toArray()
    expect(new Set(events.map((e) => e.software.installation)).size).toBe(1)
    await ctx.db.fiscalEvents.update(2, { detail: 'otro' })
    // The detail is not part of the agency's hash string; the type is.
    expect((await verifyFiscalChains(ctx)).events.ok).toBe(true)
    await ctx.db.fiscalEvents.update(2, { type: 'other' })
    expect((await verifyFiscalChains(ctx)).events).toMatchObject({ ok: false, firstBroken: 2, reason: 'hash' })
  })

  it('the Spanish demo has one valid chain over all its invoices and credit notes, in issue order', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'ES', today: '2026-11-10', customers: 12, months: 6, seed: 7 })
    const documents = (await ctx.db.invoices.filter((i) => i.lifecycle !== 'draft').count()) + (await ctx.db.creditNotes.count())
    const records = await ctx.db.fiscalRecords.orderBy('seq').toArray()
    expect(records.length).toBe(documents)
    expect(records.length).toBeGreaterThan(50)
    expect((await verifyFiscalChains(ctx)).records).toEqual({ ok: true, checked: records.length })
    const dates = records.map((r) => r.issueDate)
    expect([...dates].sort()).toEqual(dates)
    expect(records.filter((r) => r.documentKind === 'creditNote').every((r) => r.total < 0 && r.tipo.startsWith('R'))).toBe(true)
  })
})
