/**
 * Building the XML of the chosen documents: each is loaded with what its XML needs (company; the corrected invoice
 * for a credit note), checked by the CIUS-RO rules, and either becomes a file or a list of problems.
 */
import { creditNoteRulesFor, creditNoteXml, invoiceXml, rulesFor, type EInvoiceReport, type Problem } from '../../domain/einvoice/efactura'
import type { CompanySettings } from '../../domain/types'
import type { Ctx } from '../../db/context'

export interface BatchPlan {
  files: { documentId: string; fileName: string; xml: string }[]
  refused: { number: string; problems: Problem[] }[]
}

export async function planBatch(ctx: Ctx, company: CompanySettings, reports: EInvoiceReport[]): Promise<BatchPlan> {
  const plan: BatchPlan = { files: [], refused: [] }
  for (const r of reports) {
    const fileName = `efactura-${r.number}.xml`
    if (r.documentKind === 'invoice') {
      const inv = await ctx.db.invoices.get(r.documentId)
      if (!inv) continue
      const problems = rulesFor(inv, company)
      if (problems.length > 0) plan.refused.push({ number: r.number, problems })
      else plan.files.push({ documentId: r.documentId, fileName, xml: invoiceXml(inv, company) })
    } else {
      const note = await ctx.db.creditNotes.get(r.documentId)
      const original = note ? await ctx.db.invoices.get(note.invoiceId) : undefined
      if (!note || !original) continue
      const problems = creditNoteRulesFor(note, original, company)
      if (problems.length > 0) plan.refused.push({ number: r.number, problems })
      else plan.files.push({ documentId: r.documentId, fileName, xml: creditNoteXml(note, original, company) })
    }
  }
  return plan
}
