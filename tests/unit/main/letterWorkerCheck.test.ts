// @vitest-environment node
/**
 * A batch's letters are checked by the PDF workers that render them, each its slice, not by main (letterJob.ts,
 * letterBatchInput.ts): the refusal is the one main's own check gives (the batch's first refused letter, named by
 * its position in the whole batch), nothing is rendered then, and accepted letters print as the checked models do.
 * The workers lower their own scheduling priority (Linux), so that main's thread wins a core while they render.
 * A batch is cut into parts of about equal layout cost.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createDispatcher } from '../../../electron/main/handlers'
import { letterWeight, LetterRefusedError, renderLetters, weightedSlicesOf } from '../../../electron/main/documents/pdf/letterRenderer'
import type { LetterModel } from '../../../renderer/domain/collections/types'
import { demandES, reminderEN, reminderES, somatieRO } from './letterFixtures'
import { fakeDeps, pdfText, tempDir } from './helpers'
import { bundlePdfWorker } from './pdfWorkerBundle'

let workerPath = ''
beforeAll(async () => {
  workerPath = await bundlePdfWorker()
})
afterAll(() => rmSync(dirname(workerPath), { recursive: true, force: true }))

const makers = [demandES, somatieRO, reminderES, reminderEN]
function batchOf(n: number): LetterModel[] {
  return Array.from({ length: n }, (_, i) => {
    const l = makers[i % makers.length]!()
    l.customer.legalName = `${l.customer.legalName} ${i + 1}`
    return l
  })
}

function textOf(bytes: Buffer): string {
  const path = join(tempDir(), 'x.pdf')
  writeFileSync(path, bytes)
  return pdfText(path)
}

describe('letters checked by the workers that render them', () => {
  it('prints unchecked letters (unknown keys and all) as it prints the checked models, whole or in parts', async () => {
    const letters = batchOf(5)
    const raw = letters.map((l) => ({ ...l, path: '/etc/passwd', company: { ...l.company, extra: 1 } }))
    const checked = await renderLetters(letters, 'Lote', { workerPath, useWorker: true, parts: 1 })
    const split = await renderLetters(raw, 'Lote', { workerPath, useWorker: true, parts: 3, unchecked: true })
    const inline = await renderLetters(raw, 'Lote', { workerPath: null, useWorker: true, unchecked: true })
    expect([split.via, split.parts, inline.via]).toEqual(['worker', 3, 'inline'])
    const text = textOf(checked.bytes)
    expect(textOf(split.bytes)).toBe(text)
    expect(textOf(inline.bytes)).toBe(text)
  }, 60_000)

  it('names the batch\'s first refused letter by its position in the batch, whichever worker had it', async () => {
    const letters: unknown[] = batchOf(9)
    ;(letters[7] as LetterModel).principal += 1
    ;(letters[4] as LetterModel).invoices[0]!.issueDate = '2026-02-30'
    letters[8] = 'not a letter'
    const refusal = async (opts: { workerPath: string | null; parts?: number }) => {
      const err = await renderLetters(letters, 'Lote', { ...opts, useWorker: true, unchecked: true }).then(() => null, (e: unknown) => e)
      expect(err).toBeInstanceOf(LetterRefusedError)
      return (err as LetterRefusedError).refusal
    }
    const expected = { index: 4, path: ['invoices', 0, 'issueDate'], message: expect.any(String) as unknown }
    expect(await refusal({ workerPath, parts: 3 })).toEqual(expected)
    expect(await refusal({ workerPath, parts: 1 })).toEqual(expected)
    expect(await refusal({ workerPath: null })).toEqual(expected)
    // Only the last part's: its position in the batch, not in the part.
    ;(letters[4] as LetterModel).invoices[0]!.issueDate = '2026-02-28'
    expect(await refusal({ workerPath, parts: 3 })).toMatchObject({ index: 7, path: ['principal'] })
  }, 60_000)

  it('refuses through the channel exactly as main\'s own check does, writing nothing', async () => {
    const letters = batchOf(60)
    letters[47]!.invoices[0]!.outstanding += 1
    const envelope = async (pdfWorkerPath: string | null) => {
      const dir = tempDir()
      const res = await createDispatcher({ ...fakeDeps({ documentsDir: dir }), pdfWorkerPath })('documents:saveLettersBatchPdf', { letters, mode: 'default', open: false, batchName: 'Lote' })
      expect(readdirSync(dir)).toEqual([])
      return res
    }
    const inWorkers = await envelope(workerPath)
    const inMain = await envelope(null)
    expect(inWorkers).toEqual(inMain)
    expect(inWorkers).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput', params: { field: 'letters.47.principal' } } })
  }, 60_000)

  it.runIf(process.platform === 'linux')('renders in threads of lower priority than the calling thread', async () => {
    const niceOf = (tid: string): number | null => {
      try {
        // /proc/self/task/<tid>/stat: the nice value is the 19th field, the 17th after the ")" closing the name.
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])
      } catch {
        return null
      }
    }
    const mine = niceOf(String(process.pid))!
    const seen = new Set<number>()
    const poll = setInterval(() => {
      for (const tid of readdirSync('/proc/self/task')) {
        const nice = niceOf(tid)
        if (nice !== null) seen.add(nice)
      }
    }, 20)
    try {
      await renderLetters(batchOf(40), 'Lote', { workerPath, useWorker: true, parts: 2, unchecked: true })
    } finally {
      clearInterval(poll)
    }
    expect(seen.has(mine)).toBe(true)
    expect([...seen].some((n) => n > mine)).toBe(true)
  }, 60_000)
})

describe('cutting a batch into parts of about equal weight', () => {
  it('keeps the order and leaves no part empty, whatever the weights', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (weights, parts) => {
        const items = weights.map((w, i) => ({ i, w }))
        const slices = weightedSlicesOf(items, parts, (x) => x.w)
        expect(slices.flat()).toEqual(items)
        expect(slices).toHaveLength(Math.min(parts, items.length))
        expect(slices.every((s) => s.length > 0)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('misses the even cut by less than one item for batches like letters (weights within 3x, five or more a part)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }).chain((parts) => fc.tuple(fc.constant(parts), fc.array(fc.integer({ min: 100, max: 300 }), { minLength: 5 * parts, maxLength: 200 }))), ([parts, weights]) => {
        const slices = weightedSlicesOf(weights, parts, (w) => w)
        const total = weights.reduce((a, b) => a + b, 0)
        let before = 0
        slices.slice(0, -1).forEach((s, k) => {
          before += s.reduce((a, w) => a + w, 0)
          expect(Math.abs(before - (total * (k + 1)) / parts)).toBeLessThanOrEqual(Math.max(...weights))
        })
      }),
      { numRuns: 2000 },
    )
  })

  it('gives the demands (first in the queue, longer) fewer letters per part than the reminders', () => {
    const demands = Array.from({ length: 60 }, () => demandES())
    const reminders = Array.from({ length: 140 }, () => reminderEN())
    expect(letterWeight(demandES())).toBeGreaterThan(letterWeight(reminderEN()))
    expect(letterWeight('x')).toBe(letterWeight({}))
    const [a, b] = weightedSlicesOf([...demands, ...reminders], 2, letterWeight)
    expect(a!.length).toBeLessThan(100)
    const weight = (xs: LetterModel[]) => xs.reduce((n, l) => n + letterWeight(l), 0)
    expect(Math.abs(weight(a!) - weight(b!))).toBeLessThanOrEqual(letterWeight(demandES()))
  })
})
