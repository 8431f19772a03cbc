/**
 * The demo's VERI*FACTU records: a Spanish demo company must look as if every document had been issued through the
 * app, so its invoices and credit notes get their chained alta records, in the order they were issued (invoices
 * by series, year and number, which numbering keeps in date order; credit notes merged in by date). Invoices are
 * read a key page at a time: 200,000 of them never sit in memory together.
 */
import { aeatTimestamp, creditNoteRecord, invoiceRecord, type ChainHead, type FiscalRecord } from '../../domain/einvoice/verifactu'
import type { CreditNote, Invoice } from '../../domain/types'
import type { Ctx } from '../context'

const PAGE = 2_000

function stampAt(iso: string, user: string) {
  const at = new Date(iso)
  // Demo documents were "issued" in Madrid: +01:00 in winter, +02:00 in summer (last Sunday of March/October).
  const month = Number(iso.slice(5, 7))
  const offset = month > 3 && month < 11 ? 120 : 60
  return { generatedAt: aeatTimestamp(at, offset), createdAt: iso, user }
}

export async function registerDemoRecords(ctx: Ctx): Promise<number> {
  const { db } = ctx
  const notes: CreditNote[] = (await db.creditNotes.toArray()).sort((a, b) => a.issueDate.localeCompare(b.issueDate) || a.fullNumber.localeCompare(b.fullNumber))
  const originals = new Map<string, { number: string; issueDate: string }>()
  let head: ChainHead | null = null
  let n = 0
  let after: [string, number, number] | null = null
  for (;;) {
    const query = after ? db.invoices.where('[series+year+number]').above(after) : db.invoices.orderBy('[series+year+number]')
    const raw: Invoice[] = await query.limit(PAGE).toArray()
    const page = raw.filter((i) => i.lifecycle !== 'draft')
    const batch: FiscalRecord[] = []
    const push = (r: FiscalRecord) => {
      batch.push(r)
      head = { seq: r.seq, hash: r.hash }
    }
    const lastOfPage = raw[raw.length - 1]
    for (const inv of page) {
      while (notes[n] && notes[n]!.issueDate < inv.issueDate) {
        const note = notes[n++]!
        const original = originals.get(note.invoiceId) ?? (await originalOf(ctx, note.invoiceId))
        if (original) push(creditNoteRecord(note, original, head, stampAt(note.createdAt, 'demo')))
      }
      originals.set(inv.id, { number: inv.fullNumber, issueDate: inv.issueDate })
      push(invoiceRecord(inv, head, stampAt(inv.issuedAt || `${inv.issueDate}T09:00:00.000Z`, 'demo')))
    }
    if (!lastOfPage) {
      while (notes[n]) {
        const note = notes[n++]!
        const original = await originalOf(ctx, note.invoiceId)
        if (original) push(creditNoteRecord(note, original, head, stampAt(note.createdAt, 'demo')))
      }
    }
    if (batch.length > 0) await db.fiscalRecords.bulkAdd(batch)
    if (!lastOfPage) break
    after = [lastOfPage.series, lastOfPage.year, lastOfPage.number]
    // Only the newest page's originals are needed for most credit notes; keep the map small.
    if (originals.size > 20_000) originals.clear()
  }
  return (head as ChainHead | null)?.seq ?? 0
}

async function originalOf(ctx: Ctx, invoiceId: string): Promise<{ number: string; issueDate: string } | undefined> {
  const inv = await ctx.db.invoices.get(invoiceId)
  return inv ? { number: inv.fullNumber, issueDate: inv.issueDate } : undefined
}
