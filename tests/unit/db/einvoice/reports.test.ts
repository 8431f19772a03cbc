import { describe, expect, it } from 'vitest'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { countUnreported, markExported, mostUrgent, recordUploadIndex, unreported } from '../../../../renderer/db/repos/einvoice/reports'
import { issueCreditNote } from '../../../../renderer/db/repos/creditNotes'
import { issueInvoice, saveDraft } from '../../../../renderer/db/repos/invoices'
import { reportingDeadline } from '../../../../renderer/domain/einvoice/efactura'
import { esSetup, expectRefused, freshCtx, line } from '../helpers'

const TODAY = '2026-11-10'

async function roDemo() {
  const ctx = freshCtx(`${TODAY}T10:00:00.000Z`)
  await loadDemoCompany(ctx, { country: 'RO', today: TODAY, customers: 6, months: 3, seed: 5 })
  return ctx
}

describe('e-Factura reporting state', () => {
  it('the Romanian demo: old documents reported with an index, recent ones waiting, most urgent first', async () => {
    const ctx = await roDemo()
    const all = await ctx.db.einvoiceReports.toArray()
    const issued = await ctx.db.invoices.filter((i) => i.lifecycle !== 'draft').count()
    expect(all.filter((r) => r.documentKind === 'invoice')).toHaveLength(issued)
    const waiting = await unreported(ctx)
    expect(waiting.length).toBe(await countUnreported(ctx))
    expect(waiting.length).toBeGreaterThan(0)
    expect(waiting.every((r) => r.issueDate > '2026-10-31' && r.uploadIndex === '')).toBe(true)
    expect(waiting.map((r) => r.deadline)).toEqual([...waiting.map((r) => r.deadline)].sort())
    expect(all.filter((r) => r.state === 'reported').every((r) => /^\d+$/.test(r.uploadIndex))).toBe(true)
  })

  it('issuing a Romanian invoice and credit note adds them with their deadline; the index reports them (audited)', async () => {
    const ctx = await roDemo()
    const customer = (await ctx.db.customers.toArray()).find((c) => !c.requiresPO)!
    const d = await saveDraft(ctx, { customerId: customer.id, issueDate: TODAY, lines: [line({ vatRate: 2100 })] })
    const inv = await issueInvoice(ctx, d.id)
    const note = await issueCreditNote(ctx, { invoiceId: inv.id, issueDate: TODAY, reason: 'Marfă returnată', whole: true })
    const mine = (await unreported(ctx)).filter((r) => r.documentId === inv.id || r.documentId === note.id)
    expect(mine).toHaveLength(2)
    expect(mine.map((r) => [r.documentKind, r.deadline, r.state])).toEqual(
      expect.arrayContaining([
        ['invoice', reportingDeadline(TODAY), 'pending'],
        ['creditNote', reportingDeadline(TODAY), 'pending'],
      ]),
    )
    expect(mine.find((r) => r.documentKind === 'creditNote')!.total).toBe(-note.totals.total)

    await markExported(ctx, [inv.id])
    expect((await ctx.db.einvoiceReports.get(inv.id))?.state).toBe('exported')
    // The nearest deadline whatever the state (exported rows sort before pending ones in the index).
    expect((await mostUrgent(ctx))?.deadline).toBe((await unreported(ctx))[0]!.deadline)
    expect(((await mostUrgent(ctx))?.deadline ?? '') < reportingDeadline(TODAY)).toBe(true)
    expect((await unreported(ctx)).some((r) => r.documentId === inv.id)).toBe(true)

    await expectRefused(ctx, () => recordUploadIndex(ctx, inv.id, '12ab'), 'efactura.badUploadIndex')
    const done = await recordUploadIndex(ctx, inv.id, ' 5001234567 ')
    expect(done).toMatchObject({ state: 'reported', uploadIndex: '5001234567' })
    expect((await unreported(ctx)).some((r) => r.documentId === inv.id)).toBe(false)
    const audit = await ctx.db.audit.orderBy('id').last()
    expect(audit).toMatchObject({ entity: 'einvoiceReport', entityId: inv.id, after: { uploadIndex: '5001234567' } })
  })

  it('a Spanish company has no e-Factura list', async () => {
    const { ctx, customer } = await esSetup()
    const d = await saveDraft(ctx, { customerId: customer.id, issueDate: '2026-10-01', lines: [line()] })
    await issueInvoice(ctx, d.id)
    expect(await ctx.db.einvoiceReports.count()).toBe(0)
  })
})
