// @vitest-environment node
/**
 * A batch's letters are checked by main one by one in slices (electron/main/handlers/letterBatchInput.ts), not in
 * one synchronous parse: the refusals are the ones dispatch gave before (field 'letters.<i>.<path>'), unknown keys
 * are still stripped, and the event loop gets turns while 200 letters are checked. The PDF formats shared between
 * letters (docFormat) print what the domain's formatters print.
 */
import { describe, expect, it } from 'vitest'
import { createDispatcher } from '../../../electron/main/handlers'
import { checkBatchLetters, LETTERS_PER_SLICE } from '../../../electron/main/handlers/letterBatchInput'
import { docFormat } from '../../../electron/main/documents/pdf/i18n'
import { formatAmount, formatMoney, formatPercent } from '../../../renderer/domain/money'
import type { LetterModel } from '../../../renderer/domain/collections/types'
import { demandES, reminderEN, reminderES, somatieRO } from './letterFixtures'
import { fakeDeps, tempDir } from './helpers'

const makers = [demandES, somatieRO, reminderES, reminderEN]
const batchOf = (n: number): LetterModel[] => Array.from({ length: n }, (_, i) => makers[i % makers.length]!())

describe('checkBatchLetters', () => {
  it('refuses through the channel naming the letter and field, without rendering anything', async () => {
    const dir = tempDir()
    const dispatch = createDispatcher(fakeDeps({ documentsDir: dir }))
    const letters = batchOf(200)
    letters[157]!.principal += 1
    const res = await dispatch('documents:saveLettersBatchPdf', { letters, mode: 'default', open: false, batchName: 'Lote' })
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'ipc.invalidInput',
        params: { field: 'letters.157.principal', problem: 'must equal the sum of the invoices outstanding', channel: 'documents:saveLettersBatchPdf' },
      },
    })
    const notALetter = await dispatch('documents:saveLettersBatchPdf', { letters: [demandES(), 'x'], mode: 'default', open: false, batchName: 'Lote' })
    expect(notALetter.ok ? null : notALetter.error.params.field).toBe('letters.1')
  })

  it('strips keys the contract does not know inside each letter', async () => {
    const letter = { ...reminderES(), path: '/etc/passwd', company: { ...reminderES().company, extra: 1 } }
    const [checked] = await checkBatchLetters([letter])
    expect('path' in checked!).toBe(false)
    expect('extra' in checked!.company).toBe(false)
    expect(checked).toEqual(reminderES())
  })

  it('gives the event loop turns between slices of letters', async () => {
    const letters = batchOf(200)
    let turns = 0
    let stop = false
    const spin = () => {
      if (stop) return
      turns++
      setImmediate(spin)
    }
    setImmediate(spin)
    const checked = await checkBatchLetters(letters)
    stop = true
    expect(checked).toHaveLength(200)
    // One turn at least per slice boundary (19 for 200 letters); a single synchronous parse would give none.
    expect(turns).toBeGreaterThanOrEqual(Math.floor(200 / LETTERS_PER_SLICE) - 1)
  })
})

describe('docFormat', () => {
  it('is shared per language and currency and formats as the domain does', () => {
    expect(docFormat('es', 'EUR')).toBe(docFormat('es', 'EUR'))
    expect(docFormat('ro', 'RON')).not.toBe(docFormat('ro', 'EUR'))
    for (const [lang, locale] of [['es', 'es-ES'], ['ro', 'ro-RO'], ['en', 'en-GB']] as const) {
      const f = docFormat(lang, 'EUR')
      expect(f.locale).toBe(locale)
      for (const a of [0, 1, -5, 99, 100_000, 123_456_789, -987_654_321, 2 ** 52]) {
        expect(f.amount(a)).toBe(formatAmount(a, locale))
        expect(f.money(a)).toBe(formatMoney(a, 'EUR', locale))
      }
      for (const bp of [0, 50, 520, 1015, 2100, 1450, 1450]) expect(f.percent(bp)).toBe(formatPercent(bp, locale))
    }
  })
})
