/**
 * Worker-thread entry that renders a batch of letters (or of balance confirmations) into one PDF, so that a
 * 200-letter batch (seconds of pdfmake layout) never blocks the main process's event loop. Built by electron-vite
 * as a second main entry (out/main/pdfWorker.js, see electron.vite.config.ts); started by letterRenderer.ts with a
 * PdfWorkerInput (or confirmationJob.ts with a ConfirmationsWorkerInput) as workerData; answers one message,
 * PdfWorkerOutput, with the PDF bytes transferred (not copied); a letters job that checks its letters first says so
 * in a LettersCheckedMessage before.
 * Each kind loads only its own modules (a joining worker needs pdf-lib, not pdfmake and the fonts).
 * Nothing imports this file: importing it from a thread that is not our PDF worker does nothing.
 */
import { readlinkSync } from 'node:fs'
import { constants, setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import type { LettersCheckedMessage, PdfWorkerOutput } from './letterJob'

/**
 * Rendering is background work: on Linux this thread lowers its own scheduling priority (a thread's nice value is
 * its own there), so that while the workers keep every core busy the main process's thread, which answers the
 * window, is picked first whenever it wakes (benchmark, 2 cores shared with other work, 200 letters in 2 parts:
 * main's longest stall 48-76 ms in four runs of five with the workers below normal, 521 ms in a run with them at
 * normal priority). The price: a slower batch when other programs compete for the cores. Elsewhere there is no
 * per-thread priority to set from Node: nothing happens.
 */
function lowerThisThreadsPriority(): void {
  if (process.platform !== 'linux') return
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop())
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, constants.priority.PRIORITY_BELOW_NORMAL)
  } catch {
    // No /proc (or not allowed): the thread keeps the process's priority.
  }
}

const port = parentPort
const input: unknown = workerData
const kind = typeof input === 'object' && input !== null ? (input as { kind?: unknown }).kind : undefined
const answer = (out: PdfWorkerOutput) => port?.postMessage(out, out.ok ? [out.bytes.buffer as ArrayBuffer] : [])
const failed = (err: unknown): PdfWorkerOutput => ({ ok: false, message: err instanceof Error ? err.message : String(err) })

async function run(): Promise<PdfWorkerOutput | null> {
  if (kind === 'letters') {
    const job = await import('./letterJob')
    return job.isPdfWorkerInput(input) ? job.renderLettersJob(input, (m: LettersCheckedMessage) => port?.postMessage(m)) : null
  }
  // The parts of a batch rendered by several workers, joined (letterRenderer.ts).
  if (kind === 'merge') {
    const job = await import('./letterMerge')
    return job.isMergeWorkerInput(input) ? job.mergeJob(input) : null
  }
  // Balance confirmation batches (confirmationJob.ts).
  if (kind === 'confirmations') {
    const job = await import('./confirmationJob')
    return job.isConfirmationsWorkerInput(input) ? job.renderConfirmationsJob(input) : null
  }
  return null
}

if (port && kind !== undefined) {
  lowerThisThreadsPriority()
  void run().then(
    (out) => out && answer(out),
    (err: unknown) => answer(failed(err)),
  )
}
