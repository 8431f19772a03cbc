/**
 * The document operations that go through main (window.cobro, the real handlers behind the driver's bridge):
 * 200 reminder letters as one PDF ("Print all letters due today": each queue item's LetterModel, then one
 * saveLettersBatchPdf), and the XLSX export of every invoice (the sales register of the whole history, streamed in
 * chunks as the Exports page does). The driver measures main's side (event loop, memory) around these calls.
 */
import type { Ctx } from '../db/context'
import { requireCompany } from '../db/repos/company'
import { letterInputsBatch } from '../db/repos/collections/letterBatch'
import { loadWorkQueue } from '../db/repos/collections/queue'
import { salesRegisterSource } from '../db/repos/reports/exports'
import type { LetterModel } from '../domain/collections/types'
import { letterModelsFor } from '../features/collections/today/letterFor'
import { exportRequest } from '../features/reports/exports/exportTexts'
import { runExport } from '../features/reports/exports/runExport'
import { cobro } from '../lib/bridge'
import type { OpResult } from './protocol'
import { sampleParts, timed } from './timing'

export const LETTERS = 200

export async function letters(ctx: Ctx, runs: number, today: string): Promise<OpResult> {
  const items = (await loadWorkQueue(ctx, today)).filter((i) => i.letters[0] && i.letters[0].step.channel !== 'email')
  if (items.length === 0) throw new Error('no letters due in the queue')
  return sampleParts('letters.batch200', runs, async (run) => {
    // Fewer customers than 200 with a letter due (the small company): their letters are repeated to make 200.
    // Built as "Print all letters" builds them (letterModelsFor).
    const batch = Array.from({ length: LETTERS }, (_, i) => items[i % items.length]!)
    const build = await timed(async () => {
      const built = await letterModelsFor(ctx, batch, today)
      return built.map((b): LetterModel => {
        if ('error' in b) throw b.error
        return b.letter
      })
    })
    const pdf = await timed(() => cobro().saveLettersBatchPdf({ letters: build.value, mode: 'default', open: false, batchName: `Bench ${today} ${run}` }))
    // Outside the total: the batch's reading alone again (letterInputsBatch), so buildMs splits into read and compute.
    const read = await timed(() => letterInputsBatch(ctx, batch.map((i) => ({ customerId: i.customerId, invoiceIds: i.letters[0]!.invoiceIds })), today))
    return {
      total: build.ms + pdf.ms,
      detail: {
        letters: LETTERS,
        distinctCustomers: Math.min(items.length, LETTERS),
        buildMs: Math.round(build.ms),
        readMs: Math.round(read.ms),
        invoices: build.value.reduce((n, l) => n + l.invoices.length, 0),
        pdfMs: Math.round(pdf.ms),
        saved: pdf.value.status,
      },
    }
  })
}

/**
 * The whole history's sales register to XLSX. Details split the time: prepareMs (rate columns and row count from
 * indexes, the credit notes read), buildMs (inside chunks(): the day rows of registerRows read page by page and the
 * rows built), appendMs (the appendExport round trips: packing, the bridge, main's check and write; they overlap the
 * next chunk's reading and building), streamMs (begin to finish).
 */
export async function xlsx(ctx: Ctx, runs: number, today: string): Promise<OpResult> {
  const company = await requireCompany(ctx)
  const period = { from: '2000-01-01', to: today }
  return sampleParts('xlsx.allInvoices', runs, async () => {
    const prepare = await timed(() => salesRegisterSource(ctx, period, company.currency))
    const source = prepare.value
    let buildMs = 0
    let appendMs = 0
    const measured = {
      ...source,
      async *chunks() {
        const it = source.chunks()
        for (;;) {
          const t0 = performance.now()
          const next = await it.next()
          buildMs += performance.now() - t0
          if (next.done) return
          yield next.value
        }
      },
    }
    const api = cobro()
    const timedApi = {
      ...api,
      async appendExport(req: Parameters<typeof api.appendExport>[0]) {
        const t0 = performance.now()
        try {
          return await api.appendExport(req)
        } finally {
          appendMs += performance.now() - t0
        }
      },
    }
    const request = { ...exportRequest({ kind: 'salesRegister', language: 'es', format: 'xlsx', company, ...period }), mode: 'default' as const }
    const write = await timed(() => runExport({ request, source: measured, open: false, api: timedApi }))
    return {
      total: prepare.ms + write.ms,
      detail: {
        rows: source.total,
        prepareMs: Math.round(prepare.ms),
        buildMs: Math.round(buildMs),
        appendMs: Math.round(appendMs),
        streamMs: Math.round(write.ms),
        status: write.value.status,
      },
    }
  })
}
