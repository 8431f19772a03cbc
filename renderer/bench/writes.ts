/**
 * The writing operations: recording a payment with its allocation (the payment form's save), and a bank import of
 * 5,000 lines with matching (the bank screen: preview, import, then the match index and the proposals of every
 * imported credit). Each run writes new rows: the driver works on a copy of the cached database.
 */
import type { Ctx } from '../db/context'
import { recordPayment } from '../db/repos/payments'
import { importStatement, previewStatementFile } from '../db/repos/bank/imports'
import { loadMatchIndex, proposalsFor } from '../db/repos/bank/match'
import type { StoredBankLine } from '../db/repos/bank/tables'
import type { Invoice } from '../domain/types'
import type { OpResult } from './protocol'
import { sample, sampleParts, timed } from './timing'
import { BANK_LINES, statementFile } from './bankFile'
import { paymentParts } from './paymentProbe'
import { indexParts, storeFloor } from './bankProbe'
import { readStatementFile } from '../domain/bank/detect'
import { requireCompany } from '../db/repos/company'

function base64Bytes(base64: string): Uint8Array {
  const bin = atob(base64)
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  return bytes
}

export async function payment(ctx: Ctx, runs: number, today: string): Promise<OpResult> {
  // One open invoice per run (a run settles it), the longest overdue first.
  const open = (await ctx.db.invoices.where('[isOpen+dueDate]').between([1, ''], [1, '\uffff']).limit(runs + 2).toArray()) as Invoice[]
  const r = await sample('payment.record', runs, true, async (i) => {
    const inv = open[i + 1]
    if (!inv) throw new Error('not enough open invoices')
    const p = await recordPayment(ctx, {
      customerId: inv.customerId,
      date: today,
      amount: inv.openAmount,
      method: 'transfer',
      reference: `bench ${i}`,
      allocations: [{ invoiceId: inv.id, amount: inv.openAmount, discount: 0 }],
    })
    return { allocated: p.amount - p.unallocated }
  })
  // Where the time goes: each part of recordPayment's transaction alone, once (renderer/bench/paymentProbe.ts).
  const spare = open[runs + 1]
  if (spare) Object.assign(r.detail, await paymentParts(ctx, spare))
  return r
}

/**
 * The first run is the cold one (after the page's start nothing is kept: loadMatchIndex builds its index, the name
 * index answers every payer afresh); the later runs get the index kept since (matchIndexCache.ts: an import writes
 * none of the tables it is built from), as the bank screen's queue does after each import. The first run's figures
 * are in the detail (first*), the median over all runs is the op's figure.
 */
export async function bankImport(ctx: Ctx, runs: number, today: string): Promise<OpResult> {
  let first: Record<string, number> = {}
  let lastIndex: unknown = null
  return sampleParts('bank.import5000', runs, async (run) => {
    const file = await statementFile(ctx, today, run)
    const preview = await timed(() => previewStatementFile(ctx, { fileName: file.fileName, content: { kind: 'bytes', base64: file.base64 } }))
    if (preview.value.kind !== 'ready') throw new Error(`statement not ready: ${JSON.stringify(preview.value).slice(0, 400)}`)
    const ready = preview.value
    const stored = await timed(() => importStatement(ctx, ready))
    const index = await timed(() => loadMatchIndex(ctx, today))
    // The import's lines (schema v10 keeps no importId index): by their fingerprints, untimed.
    const lines = (await ctx.db.table<StoredBankLine, string>('bankLines').bulkGet(ready.lines.map((l) => l.id))).flatMap((l) => (l?.importId === stored.value.id ? [l] : []))
    const matching = await timed(async () => {
      let proposed = 0
      for (const line of lines) if (line.status === 'unmatched' && proposalsFor(index.value, line).length > 0) proposed++
      return proposed
    })
    // Of previewMs, the file's parse and checks alone (no database), timed apart: not in the total.
    const company = await requireCompany(ctx)
    const parse = await timed(async () => readStatementFile(base64Bytes(file.base64), file.fileName, { companyIbans: [company.iban] }))
    // The floor under importMs: the same rows put again alone (bankProbe.ts), untimed, on the last run only.
    const floor = run === runs - 1 ? { ...(await storeFloor(ctx, lines)), ...(await indexParts(ctx, today)) } : {}
    const total = preview.ms + stored.ms + index.ms + matching.ms
    if (run === 0) {
      first = { firstTotalMs: Math.round(total), firstImportMs: Math.round(stored.ms), firstMatchIndexMs: Math.round(index.ms), firstProposalsMs: Math.round(matching.ms) }
    }
    const kept = index.value === lastIndex ? 1 : 0
    lastIndex = index.value
    return {
      total,
      detail: {
        lines: BANK_LINES,
        stored: stored.value.linesNew,
        knownBefore: stored.value.linesKnown,
        withProposal: matching.value,
        openInvoicesIndexed: index.value.invoices.size,
        customersIndexed: index.value.customers.size,
        parseMs: Math.round(parse.ms),
        previewMs: Math.round(preview.ms),
        importMs: Math.round(stored.ms),
        matchIndexMs: Math.round(index.ms),
        proposalsMs: Math.round(matching.ms),
        matchIndexKept: kept,
        ...first,
        ...floor,
      },
    }
  })
}
