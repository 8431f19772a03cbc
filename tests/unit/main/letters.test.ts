// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDispatcher, createHandlers } from '../../../electron/main/handlers'
import type { LetterModel } from '../../../renderer/domain/collections/types'
import { demandES, reminderEN, reminderES, somatieRO } from './letterFixtures'
import { fakeDeps, pdfText, tempDir } from './helpers'
import { bundlePdfWorker } from './pdfWorkerBundle'

let workerPath = ''
beforeAll(async () => {
  workerPath = await bundlePdfWorker()
}, 60_000)
afterAll(() => rmSync(dirname(workerPath), { recursive: true, force: true }))

const pages = (text: string) => text.split('\f').filter((p) => p.trim() !== '')
/** The text with line breaks folded, for phrases of the paragraphs that may wrap anywhere. */
const flat = (text: string) => text.replace(/\s+/g, ' ')

describe('documents:saveLetterPdf', () => {
  it('prints the Spanish requerimiento de pago with parties, invoices, interest, legal basis and payment details', async () => {
    const dir = join(tempDir(), 'Cobro')
    const deps = fakeDeps({ documentsDir: dir })
    const res = await createHandlers(deps)['documents:saveLetterPdf']({ letter: demandES(), mode: 'default', open: false })

    const name = 'Requerimiento de pago - Restaurante El Puerto, S.L. - 2026-11-23.pdf'
    expect(res).toEqual({ status: 'saved', path: join(dir, name), opened: false })
    expect(deps.dialogCalls).toHaveLength(0)
    const text = pdfText(join(dir, name))
    for (const s of [
      'Valencia, 23 de noviembre de 2026',
      'Requerimiento de pago de las facturas vencidas e impagadas',
      // the window address
      'A la atención de D. Antonio Ruiz Muñoz',
      '11006 Cádiz',
      // both parties with NIF and the creditor's register entry
      'ACREEDOR',
      'DEUDOR',
      'NIF: B12345674',
      'NIF: B87654323',
      'Registro Mercantil: R.M. Valencia, T. 9876, F. 12, H. V-54321',
      // each invoice: number, dates, amount, outstanding, days late, interest
      'F2026-000101 14/08/2026 13/09/2026 1.250,00 1.250,00 71 24,68',
      'F2026-000117 02/09/2026 02/10/2026 2.722,38 1.722,38 52 24,91',
      'Total 3.972,38 2.972,38 49,59',
      // totals: 2 invoices x 40 EUR compensation
      'Principal pendiente 2.972,38 €',
      'Intereses de demora 49,59 €',
      'Indemnización por costes de cobro 80,00 €',
      '2 facturas × 40,00 €',
      'Total reclamado 3.101,97 €',
      'A pagar antes del 03/12/2026',
      // legal basis with the rate applied
      'Ley 3/2004, de 29 de diciembre',
      'arts. 5, 7 y 8',
      'al tipo del 10,15 % anual',
      // payment
      'IBAN: ES91 2100 0418 4502 0005 1332',
      'Banco: CaixaBank',
      'Concepto: F2026-000101, F2026-000117',
      'Atentamente,',
      'Fdo.:',
      'Fecha: 23/11/2026',
    ]) {
      expect(text).toContain(s)
    }
    expect(flat(text)).toContain('incluido el proceso monitorio')
    const p = pages(text)
    expect(p.length).toBe(2)
    expect(p[0]).toContain('Página 1 de 2')
    expect(p[1]).toContain('Página 2 de 2')
  })

  it('prints the Romanian somație de plată with CUI and Reg. Com. of both parties and the legal basis', async () => {
    const dir = tempDir()
    const res = await createHandlers(fakeDeps({ documentsDir: dir }))['documents:saveLetterPdf']({ letter: somatieRO(), mode: 'default', open: false })
    expect(res).toMatchObject({ status: 'saved', path: join(dir, 'Somație de plată - Magazinul Țărănesc S.R.L. - 2026-11-23.pdf') })
    const text = pdfText(join(dir, 'Somație de plată - Magazinul Țărănesc S.R.L. - 2026-11-23.pdf'))
    for (const s of [
      'București, 23 noiembrie 2026',
      'Somație de plată',
      'CREDITOR',
      'DEBITOR',
      'CUI: RO18765430',
      'CUI: RO24681357',
      'Nr. Reg. Com.: J40/12345/2015',
      'Nr. Reg. Com.: J12/3456/2011',
      'În atenția: Dna. Ioana Mureșan, administrator',
      'CDB2026-000042 31.08.2026 30.09.2026 4.815,20 4.815,20 54 103,30',
      'Debit principal 4.815,20 lei',
      'Dobânzi penalizatoare 103,30 lei',
      'Despăgubire costuri de recuperare 203,60 lei',
      'Total de plată 5.122,10 lei',
      'De plătit până la 08.12.2026',
      'Legea nr. 72/2013',
      'OG nr. 13/2011',
      'cu rata de 14,5 % pe an',
      'IBAN: RO49 AAAA 1B31 0075 9384 0000',
      'Semnătura',
      'Data: 23.11.2026',
      'Pagina 1 din',
    ]) {
      expect(text).toContain(s)
    }
    expect(flat(text)).toContain('cererea de ordonanță de plată')
  })

  it('prints a reminder without the demand blocks, and an English one to a foreign address', async () => {
    const dir = tempDir()
    const h = createHandlers(fakeDeps({ documentsDir: dir }))
    await h['documents:saveLetterPdf']({ letter: reminderES(), mode: 'default', open: false })
    const es = pdfText(join(dir, 'Recordatorio de pago - Ultramarinos Ñuñez Pérez - 2026-11-23.pdf'))
    expect(es).toContain('Segundo aviso: factura pendiente de pago')
    expect(es).toContain('F2026-000130 20/09/2026 20/10/2026 847,12 847,12 34')
    expect(es).toContain('Total reclamado 847,12 €')
    expect(es).toContain('Página 1 de 1')
    for (const absent of ['ACREEDOR', 'Fundamento legal', 'Fdo.:', 'Intereses de demora']) expect(es).not.toContain(absent)

    await h['documents:saveLetterPdf']({ letter: reminderEN(), mode: 'default', open: false })
    const en = pdfText(join(dir, 'Payment reminder - Harbour Foods Ltd - 2026-11-23.pdf'))
    for (const s of ['Valencia, 23 November 2026', 'For the attention of Accounts Payable', 'BS1 4RN Bristol', 'UNITED KINGDOM', 'Total claimed €847.12', 'Pay by 30/11/2026', 'Page 1 of 1']) {
      expect(en).toContain(s)
    }
  })

  it('places the return line and the recipient, and nothing else, in the DL window (20-105 mm across, 45-90 mm down)', async () => {
    const dir = tempDir()
    const res = await createHandlers(fakeDeps({ documentsDir: dir }))['documents:saveLetterPdf']({ letter: demandES(), mode: 'default', open: false })
    if (res.status !== 'saved') throw new Error('not saved')
    const mm = 72 / 25.4
    const words = [...execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', res.path, '-'], { encoding: 'utf8' }).matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]! }))
    const inWindow = words.filter((w) => w.x1 > 20 * mm && w.x0 < 105 * mm && w.y1 > 45 * mm && w.y0 < 90 * mm)
    const recipient = 'Restaurante El Puerto, S.L. A la atención de D. Antonio Ruiz Muñoz Muelle de Levante 5, local 2 11006 Cádiz'
    const returnLine = 'Distribuciones Levante S.L. · Calle de Colón 14, 2.º · 46004 Valencia'
    expect(inWindow.map((w) => w.text).join(' ')).toBe(`${returnLine} ${recipient}`)
    for (const w of inWindow) {
      expect(w.x0).toBeGreaterThanOrEqual(20 * mm - 0.5)
      expect(w.x1).toBeLessThanOrEqual(105 * mm)
      expect(w.y0).toBeGreaterThanOrEqual(45 * mm)
      expect(w.y1).toBeLessThanOrEqual(90 * mm)
    }
  })

  it("asks where to save in 'ask' mode, and writes nothing when the dialog is cancelled", async () => {
    const dir = join(tempDir(), 'Cobro')
    const deps = fakeDeps({ documentsDir: dir, dialogAnswer: { canceled: true } })
    const res = await createHandlers(deps)['documents:saveLetterPdf']({ letter: somatieRO(), mode: 'ask', open: true })
    expect(res).toEqual({ status: 'cancelled' })
    expect(deps.dialogCalls[0]).toMatchObject({
      title: 'Salvare scrisoare',
      defaultPath: join(dir, 'Somație de plată - Magazinul Țărănesc S.R.L. - 2026-11-23.pdf'),
    })
    expect(readdirSync(dir)).toEqual([])
    expect(deps.opened).toEqual([])
  })
})

describe('documents:saveLettersBatchPdf', () => {
  it('puts a batch in one PDF, each letter from a new page with its own recipient and page numbers from 1', async () => {
    const dir = tempDir()
    const deps = { ...fakeDeps({ documentsDir: dir }), pdfWorkerPath: workerPath }
    const res = await createHandlers(deps)['documents:saveLettersBatchPdf']({
      letters: [demandES(), somatieRO(), reminderEN()],
      mode: 'default',
      open: true,
      batchName: 'Cartas 2026-11-23',
    })
    const path = join(dir, 'Cartas 2026-11-23.pdf')
    expect(res).toEqual({ status: 'saved', path, opened: true })
    expect(deps.opened).toEqual([path])

    const p = pages(pdfText(path))
    const footer = (page: string) => /(Página|Pagina|Page) \d+ (de|din|of) \d+/.exec(page)?.[0]
    const recipients = ['Restaurante El Puerto, S.L.', 'Magazinul Țărănesc S.R.L.', 'Harbour Foods Ltd']
    const firstPages = p.map((page, i) => ({ page, i })).filter(({ page }) => /(Página|Pagina|Page) 1 (de|din|of)/.test(footer(page) ?? ''))
    expect(firstPages).toHaveLength(3)
    firstPages.forEach(({ page }, letter) => {
      expect(page).toContain(recipients[letter])
      for (const other of recipients.filter((_, j) => j !== letter)) expect(page).not.toContain(other)
    })
    const roPages = p.filter((page) => page.includes('Pagina'))
    expect(p.map(footer)).toEqual([
      'Página 1 de 2',
      'Página 2 de 2',
      ...roPages.map((_, k) => `Pagina ${k + 1} din ${roPages.length}`),
      'Page 1 of 1',
    ])
  })

  it('renders in the worker thread, with the same text as in the calling thread, and falls back when the worker is missing', async () => {
    const { renderLetters } = await import('../../../electron/main/documents/pdf/letterRenderer')
    const letters: LetterModel[] = [reminderES(), reminderEN()]
    const viaWorker = await renderLetters(letters, 'x', { workerPath, useWorker: true })
    const inline = await renderLetters(letters, 'x', { workerPath: null, useWorker: true })
    const missing = await renderLetters(letters, 'x', { workerPath: join(tempDir(), 'nope.mjs'), useWorker: true })
    expect([viaWorker.via, inline.via, missing.via]).toEqual(['worker', 'inline', 'inline'])
    const dir = tempDir()
    const { writeFileSync } = await import('node:fs')
    writeFileSync(join(dir, 'w.pdf'), viaWorker.bytes)
    writeFileSync(join(dir, 'i.pdf'), inline.bytes)
    expect(pdfText(join(dir, 'w.pdf'))).toBe(pdfText(join(dir, 'i.pdf')))
    expect(viaWorker.bytes.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('cuts a large batch between letters over several workers and joins the parts: same text, pages and title', async () => {
    const { renderLetters, partsFor, slicesOf } = await import('../../../electron/main/documents/pdf/letterRenderer')
    expect([partsFor(39, 8), partsFor(40, 8), partsFor(200, 2), partsFor(200, 8), partsFor(200, 1), partsFor(60, 8)]).toEqual([1, 2, 2, 4, 1, 3])
    expect(slicesOf([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5], [6, 7]])
    expect(slicesOf([1, 2], 4)).toEqual([[1], [2]])
    const makers = [demandES, reminderES, reminderEN]
    const letters: LetterModel[] = Array.from({ length: 7 }, (_, i) => {
      const l = makers[i % makers.length]!()
      l.customer.legalName = `${l.customer.legalName} ${i + 1}`
      return l
    })
    const whole = await renderLetters(letters, 'Cartas del día', { workerPath, useWorker: true, parts: 1 })
    const split = await renderLetters(letters, 'Cartas del día', { workerPath, useWorker: true, parts: 3 })
    expect([whole.parts, split.parts]).toEqual([1, 3])
    const dir = tempDir()
    const { writeFileSync } = await import('node:fs')
    writeFileSync(join(dir, 'whole.pdf'), whole.bytes)
    writeFileSync(join(dir, 'split.pdf'), split.bytes)
    const text = pdfText(join(dir, 'split.pdf'))
    expect(text).toBe(pdfText(join(dir, 'whole.pdf')))
    // In order: letter 1's customer before letter 7's; each letter numbers its own pages.
    expect(text.indexOf(letters[0]!.customer.legalName)).toBeLessThan(text.indexOf(letters[6]!.customer.legalName))
    const { PDFDocument } = await import('pdf-lib')
    const [a, b] = await Promise.all([PDFDocument.load(whole.bytes), PDFDocument.load(split.bytes)])
    expect(b.getPageCount()).toBe(a.getPageCount())
    expect(b.getTitle()).toBe('Cartas del día')
  }, 60_000)

  it('keeps the main event loop free while the worker renders a batch', async () => {
    const letters = Array.from({ length: 30 }, (_, i) => demandES({ customer: { ...demandES().customer, legalName: `Cliente ${i + 1}, S.L.` } }))
    const dir = tempDir()
    const h = createHandlers({ ...fakeDeps({ documentsDir: dir }), pdfWorkerPath: workerPath })
    let last = performance.now()
    let longest = 0
    const probe = setInterval(() => {
      const now = performance.now()
      longest = Math.max(longest, now - last)
      last = now
    }, 10)
    const started = performance.now()
    try {
      await h['documents:saveLettersBatchPdf']({ letters, mode: 'default', open: false, batchName: 'Lote' })
    } finally {
      clearInterval(probe)
    }
    const elapsed = performance.now() - started
    expect(existsSync(join(dir, 'Lote.pdf'))).toBe(true)
    // 60 pages take well over a second of pdfmake layout; the loop must never be stuck for a large part of it.
    expect(longest).toBeLessThan(Math.max(250, elapsed / 3))
  }, 60_000)
})

describe('letter payloads', () => {
  const dispatch = createDispatcher(fakeDeps({ documentsDir: tempDir() }))

  async function fieldOf(channel: 'documents:saveLetterPdf' | 'documents:saveLettersBatchPdf', payload: unknown) {
    const res = await dispatch(channel, payload)
    expect(res.ok).toBe(false)
    if (res.ok) return undefined
    expect(res.error.code).toBe('ipc.invalidInput')
    return res.error.params.field
  }
  const single = (mutate: (l: LetterModel) => void) => {
    const letter = demandES()
    mutate(letter)
    return { letter, mode: 'default', open: false }
  }

  it('names the field for non-integer cents, impossible dates, unknown kinds and empty names', async () => {
    expect(await fieldOf('documents:saveLetterPdf', single((l) => (l.invoices[0]!.interest = 24.68)))).toBe('letter.invoices.0.interest')
    expect(await fieldOf('documents:saveLetterPdf', single((l) => (l.payBy = '2026-02-30')))).toBe('letter.payBy')
    expect(await fieldOf('documents:saveLetterPdf', single((l) => (l.invoices[1]!.dueDate = '02/10/2026')))).toBe('letter.invoices.1.dueDate')
    expect(await fieldOf('documents:saveLetterPdf', single((l) => ((l as { kind: string }).kind = 'lawsuit')))).toBe('letter.kind')
    expect(await fieldOf('documents:saveLetterPdf', single((l) => ((l as { language: string }).language = 'fr')))).toBe('letter.language')
    expect(await fieldOf('documents:saveLetterPdf', single((l) => (l.customer.legalName = '  ')))).toBe('letter.customer.legalName')
    expect(await fieldOf('documents:saveLetterPdf', single((l) => (l.invoices = [])))).toBe('letter.invoices')
    expect(await fieldOf('documents:saveLetterPdf', single((l) => (l.company.logoDataUrl = 'https://x.test/logo.png')))).toBe('letter.company.logoDataUrl')
    expect(await fieldOf('documents:saveLetterPdf', { ...single(() => undefined), mode: 'path:/tmp/x' })).toBe('mode')
  })

  it('refuses amounts that do not add up, naming the total that is wrong', async () => {
    expect(await fieldOf('documents:saveLetterPdf', single((l) => (l.totalClaimed += 1)))).toBe('letter.totalClaimed')
    expect(await fieldOf('documents:saveLetterPdf', single((l) => (l.principal -= 100)))).toBe('letter.principal')
    expect(await fieldOf('documents:saveLetterPdf', single((l) => (l.invoices[0]!.compensation = 0)))).toBe('letter.compensation')
    expect(await fieldOf('documents:saveLetterPdf', single((l) => (l.payBy = '2026-11-01')))).toBe('letter.payBy')
  })

  it('bounds the batch: 1 to 500 letters and a name', async () => {
    const batch = (letters: unknown[], batchName = 'Cartas') => ({ letters, mode: 'default', open: false, batchName })
    expect(await fieldOf('documents:saveLettersBatchPdf', batch([]))).toBe('letters')
    expect(await fieldOf('documents:saveLettersBatchPdf', batch(Array.from({ length: 501 }, () => reminderES())))).toBe('letters')
    expect(await fieldOf('documents:saveLettersBatchPdf', batch([reminderES()], ''))).toBe('batchName')
    const bad = reminderES()
    bad.customer.legalName = ''
    expect(await fieldOf('documents:saveLettersBatchPdf', batch([demandES(), bad]))).toBe('letters.1.customer.legalName')
  })

  it('strips keys the contract does not know', async () => {
    const { parseInput } = await import('../../../electron/main/handlers')
    const parsed = parseInput('documents:saveLettersBatchPdf', { letters: [reminderES()], mode: 'default', open: false, batchName: 'x', dir: '/etc' })
    expect('dir' in parsed).toBe(false)
  })
})
