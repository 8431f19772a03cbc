/**
 * Worker-thread entry that renders a batch of letters (or of balance confirmations) into one PDF, so that a
 * 200-letter batch (seconds of pdfmake layout) never blocks the main process's event loop. Built by electron-vite
 * as a second main entry (out/main/pdfWorker.js, see electron.vite.config.ts); started by letterRenderer.ts with a
 * PdfWorkerInput (or confirmationJob.ts with a ConfirmationsWorkerInput) as workerData; answers one message,
 * PdfWorkerOutput, with the PDF bytes transferred (not copied).
 * Nothing imports this file: importing it from a thread that is not our PDF worker does nothing.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { isConfirmationsWorkerInput, renderConfirmationsJob } from './confirmationJob'
import { isMergeWorkerInput, isPdfWorkerInput, mergeJob, renderLettersJob, type PdfWorkerOutput } from './letterJob'

const port = parentPort
const input: unknown = workerData
const answer = (out: PdfWorkerOutput) => port?.postMessage(out, out.ok ? [out.bytes.buffer as ArrayBuffer] : [])
if (port && isPdfWorkerInput(input)) void renderLettersJob(input).then(answer)
// The parts of a batch rendered by several workers, joined (letterRenderer.ts).
else if (port && isMergeWorkerInput(input)) void mergeJob(input).then(answer)
// Balance confirmation batches (confirmationJob.ts).
else if (port && isConfirmationsWorkerInput(input)) void renderConfirmationsJob(input).then(answer)
