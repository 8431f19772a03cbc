// @vitest-environment node
/**
 * documents:saveBalanceConfirmationsPdf: the letter with its reply slip in es / ro / en (text read back with
 * pdftotext), batches through the PDF worker, and the payload checks (figures that do not add up are refused).
 * Set COBRO_PDF_SAMPLES=/some/dir to keep sample PDFs for a visual check (pdftoppm -png -r 70 ...).
 */
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderConfirmations } from '../../../electron/main/documents/pdf/confirmationJob'
import { createDispatcher, createHandlers } from '../../../electron/main/handlers'
import { buildBalanceConfirmation, type BalanceConfirmationModel, type BuildConfirmationInput } from '../../../renderer/domain/reports/confirmation'
import type { CurrencyCode, Language } from '../../../renderer/domain/types'
import { addressES, addressRO, companyES, companyRO, LOGO_PNG } from './fixtures'
import { fakeDeps, pdfText, tempDir } from './helpers'
import { bundlePdfWorker } from './pdfWorkerBundle'

const samples = process.env.COBRO_PDF_SAMPLES || mkdtempSync(join(tmpdir(), 'cobro-confirmation-samples-'))
let workerPath = ''
beforeAll(async () => {
  workerPath = await bundlePdfWorker()
}, 60_000)

const docs = [
  { number: 'F2026-000210', issueDate: '2026-09-10', dueDate: '2026-10-10', open: 107_811 },
  { number: 'F2026-000410', issueDate: '2026-12-01', dueDate: '2026-12-31', open: 36_315 },
]

function customer(language: Language): BuildConfirmationInput['customer'] {
  const ro = language === 'ro'
  return {
    id: 'c12',
    code: 'C0012',
    legalName: ro ? 'Magazinul Țărănesc S.R.L.' : language === 'en' ? 'Harbour Foods Ltd' : 'Ultramarinos Ñuñez Pérez, S.L.',
    taxId: ro ? 'RO24681357' : 'B87654323',
    address: ro
      ? addressRO
      : language === 'en'
        ? { street: '12 Dock Road', city: 'Bristol', postalCode: 'BS1 5UH', region: '', country: 'GB' }
        : { ...addressES, city: 'Cádiz', postalCode: '11001', region: 'Cádiz' },
    language,
    contacts: [{ name: ro ? 'Ioana Popescu' : 'Luis Mora', role: ro ? 'Contabilitate' : 'Contabilidad', email: '', phone: '', approvesInvoices: false }],
  }
}

function model(language: Language, over: Partial<BuildConfirmationInput> = {}, currency: CurrencyCode = language === 'ro' ? 'RON' : 'EUR'): BalanceConfirmationModel {
  return buildBalanceConfirmation({
    company: { currency },
    customer: customer(language),
    asOf: '2026-12-31',
    date: '2027-01-08',
    invoices: docs,
    unappliedCredit: 20_000,
    ...over,
  })
}

/** Handlers whose batches run in a worker bundled from the current sources. */
const handlers = (dir: string, over: Partial<Parameters<typeof fakeDeps>[0]> = {}) => {
  const deps = { ...fakeDeps({ documentsDir: dir, ...over }), pdfWorkerPath: workerPath }
  return { deps, h: createHandlers(deps) }
}
const keep = (from: string, name: string) => copyFileSync(from, join(samples, name))

const squash = (s: string) => s.replace(/\s+/g, ' ')
const pages = (text: string) => text.split('\f').filter((p) => p.trim() !== '')

describe('documents:saveBalanceConfirmationsPdf', () => {
  it('prints the Spanish letter: parties, reference, the open documents, credit and balance, the reply date and the reply slip', async () => {
    const dir = join(tempDir(), 'Cobro')
    const { deps, h } = handlers(dir)
    const res = await h['documents:saveBalanceConfirmationsPdf']({
      confirmations: [model('es')], company: companyES({ logoDataUrl: LOGO_PNG }), mode: 'default', open: true, batchName: 'Lote',
    })
    const path = join(dir, 'Confirmación de saldo - Ultramarinos Ñuñez Pérez, S.L. - 2026-12-31.pdf')
    expect(res).toEqual({ status: 'saved', path, opened: true })
    keep(path, 'confirmation-es.pdf')
    expect(deps.opened).toEqual([path])
    const text = pdfText(path)
    expect(pages(text)).toHaveLength(1)
    for (const s of [
      'Ultramarinos Ñuñez Pérez, S.L.',
      'A la atención de Luis Mora',
      'Distribuciones Levante S.L.',
      'NIF B12345674',
      'CS-20261231-C0012',
      'SALDO A 31/12/2026',
      'Valencia, 8 de enero de 2027',
      'Confirmación de saldo a 31/12/2026',
      'Documento Fecha Vencimiento Importe pendiente',
      'F2026-000210 10/09/2026 10/10/2026 1.078,11',
      'F2026-000410 01/12/2026 31/12/2026 363,15',
      'Total documentos pendientes 1.441,26 €',
      'Cobros recibidos pendientes de aplicar -200,00 €',
      'Saldo a 31/12/2026 1.241,26 €',
      'BOLETÍN DE RESPUESTA',
      'Referencia: CS-20261231-C0012',
      'Cliente: Ultramarinos Ñuñez Pérez, S.L. · NIF B87654323',
      'NOMBRE Y CARGO',
      'FIRMA Y SELLO',
      'Página 1 de 1',
    ]) {
      expect(text, s).toContain(s)
    }
    const flat = squash(text)
    expect(flat).toContain('presentaba su cuenta con Distribuciones Levante S.L. a 31/12/2026: 1.241,26 € a nuestro favor.')
    expect(flat).toContain('antes del 23/01/2027')
    expect(flat).toContain('adjunten el detalle de la diferencia')
    expect(flat).toContain('Conforme con el saldo de 1.241,26 € a fecha 31/12/2026.')
    expect(flat).toContain('No conforme: según nuestra contabilidad el saldo es ____________________ ; detalle adjunto.')
    expect(flat).toContain('Esta carta no es una reclamación de pago')
    // The slip is below the letter: the cut line's words come after the closing.
    expect(flat.indexOf('Recorte por la línea de puntos')).toBeGreaterThan(flat.indexOf('Atentamente,'))
  }, 60_000)

  it('prints the Romanian confirmare de sold and the English letter, each in its customer’s language', async () => {
    const dir = tempDir()
    const { h } = handlers(dir)
    await h['documents:saveBalanceConfirmationsPdf']({ confirmations: [model('ro')], company: companyRO(), mode: 'default', open: false, batchName: 'x' })
    const roPath = join(dir, 'Confirmare de sold - Magazinul Țărănesc S.R.L. - 2026-12-31.pdf')
    keep(roPath, 'confirmation-ro.pdf')
    const ro = pdfText(roPath)
    for (const s of [
      'Confirmare de sold la 31.12.2026',
      'În atenția: Ioana Popescu',
      'Stimate partener,',
      'Document Data Scadența Rest de plată',
      'F2026-000210 10.09.2026 10.10.2026 1.078,11',
      'Încasări primite nealocate -200,00 lei',
      'Sold la 31.12.2026 1.241,26 lei',
      'TALON DE RĂSPUNS',
      'SEMNĂTURA ȘI ȘTAMPILA',
      'Pagina 1 din 1',
    ]) {
      expect(ro, s).toContain(s)
    }
    const flat = squash(ro)
    expect(flat).toContain('De acord cu soldul de 1.241,26 lei la data de 31.12.2026.')
    expect(flat).toContain('Nu suntem de acord: soldul conform evidențelor noastre este ____________________ ; detaliile sunt anexate.')
    expect(flat).toContain('până la 23.01.2027')

    await h['documents:saveBalanceConfirmationsPdf']({ confirmations: [model('en')], company: companyES(), mode: 'default', open: false, batchName: 'x' })
    const enPath = join(dir, 'Balance confirmation - Harbour Foods Ltd - 2026-12-31.pdf')
    keep(enPath, 'confirmation-en.pdf')
    const en = squash(pdfText(enPath))
    for (const s of ['Balance confirmation as of 31/12/2026', 'Balance as of 31/12/2026 €1,241.26', 'We agree with the balance of €1,241.26 as of 31/12/2026.', 'UNITED KINGDOM', 'Page 1 of 1']) {
      expect(en, s).toContain(s)
    }
  }, 60_000)

  it('words a balance in the customer’s favour and a nil balance', async () => {
    const dir = tempDir()
    const { h } = handlers(dir)
    const credit = model('es', { invoices: [docs[0]!], unappliedCredit: 200_000 })
    expect(credit.balance).toBe(-92_189)
    const zero = model('ro', { invoices: [], unappliedCredit: 0, customer: { ...customer('ro'), contacts: [], code: 'C0013', legalName: 'Alimentara Zero SRL' } })
    await h['documents:saveBalanceConfirmationsPdf']({ confirmations: [credit, zero], company: companyES(), mode: 'default', open: false, batchName: 'Saldos' })
    keep(join(dir, 'Saldos.pdf'), 'confirmation-credit-zero.pdf')
    const text = squash(pdfText(join(dir, 'Saldos.pdf')))
    expect(text).toContain('a 31/12/2026: 921,89 € a su favor.')
    expect(text).toContain('Saldo a su favor a 31/12/2026 921,89 €')
    expect(text).toContain('Conforme con el saldo de 921,89 € a nuestro favor a fecha 31/12/2026.')
    expect(text).toContain('sold zero')
    expect(text).toContain('La acea dată nu figurează niciun document neachitat.')
    expect(text).not.toContain('În atenția')
  }, 60_000)

  it('puts a batch in one PDF through the worker, a letter per customer with its own page numbers, the slip never split', async () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      model(i % 3 === 1 ? 'ro' : 'es', {
        customer: { ...customer('es'), code: `C${String(i + 1).padStart(4, '0')}`, legalName: `Cliente ${i + 1}, S.L.`, language: i % 3 === 1 ? 'ro' : 'es' },
        // Customer 7 has 30 open invoices: its letter runs onto a second page.
        invoices: i === 6 ? Array.from({ length: 30 }, (_, k) => ({ number: `F2026-${String(k + 1).padStart(6, '0')}`, issueDate: '2026-11-01', dueDate: '2026-12-01', open: 10_000 + k })) : docs,
      }),
    )
    const dir = tempDir()
    const { h } = handlers(dir)
    let last = performance.now()
    let longest = 0
    const probe = setInterval(() => {
      const now = performance.now()
      longest = Math.max(longest, now - last)
      last = now
    }, 10)
    const started = performance.now()
    try {
      await h['documents:saveBalanceConfirmationsPdf']({ confirmations: many, company: companyES(), mode: 'default', open: false, batchName: 'Confirmaciones de saldo a 2026-12-31' })
    } finally {
      clearInterval(probe)
    }
    const elapsed = performance.now() - started
    const path = join(dir, 'Confirmaciones de saldo a 2026-12-31.pdf')
    expect(existsSync(path)).toBe(true)
    keep(path, 'confirmation-batch.pdf')
    expect(longest).toBeLessThan(Math.max(250, elapsed / 3))
    const p = pages(pdfText(path))
    expect(p).toHaveLength(41)
    const footers = p.map((page) => /(Página|Pagina) (\d+) (de|din) (\d+)/.exec(page)?.slice(2, 5).join(' '))
    expect(footers.filter((f) => f?.startsWith('1 '))).toHaveLength(40)
    expect(footers[6]).toBe('1 de 2')
    expect(footers[7]).toBe('2 de 2')
    // 30 invoices of 100,00 + k cents: 3.004,35 open - 200,00 credit = 2.804,35, in two tables side by side on
    // page 1; the whole slip on page 2.
    expect(squash(p[6]!)).toContain('F2026-000001 01/11/2026 01/12/2026 100,00 F2026-000016 01/11/2026 01/12/2026 100,15')
    expect(squash(p[6]!)).toContain('Saldo a 31/12/2026 2.804,35 €')
    expect(squash(p[7]!)).toContain('Conforme con el saldo de 2.804,35 € a fecha 31/12/2026.')
    expect(squash(p[7]!)).toContain('FIRMA Y SELLO')
    expect(p[1]).toContain('Cliente 2, S.L.')
    expect(p[1]).toContain('TALON DE RĂSPUNS')

    const { via } = await renderConfirmations(many.slice(0, 2), companyES(), 'x', { workerPath })
    expect(via).toBe('worker')
    expect((await renderConfirmations(many.slice(0, 1), companyES(), 'x', { workerPath })).via).toBe('inline')
  }, 90_000)

  it('fits a letter with its slip on one page up to 16 open documents; with more, the slip goes whole to page 2', async () => {
    const dir = tempDir()
    const { h } = handlers(dir)
    const invoices = (n: number) => Array.from({ length: n }, (_, k) => ({ number: `F2026-${String(k + 1).padStart(6, '0')}`, issueDate: '2026-11-01', dueDate: '2026-12-01', open: 12_345 }))
    for (const [n, count, total] of [[6, 1, '740,70'], [7, 1, '864,15'], [16, 1, '1.975,20'], [17, 2, '2.098,65']] as const) {
      const res = await h['documents:saveBalanceConfirmationsPdf']({ confirmations: [model('es', { invoices: invoices(n), unappliedCredit: 0 })], company: companyES({ logoDataUrl: LOGO_PNG }), mode: 'default', open: false, batchName: 'x' })
      if (res.status !== 'saved') throw new Error('not saved')
      const path = res.path
      const p = pages(pdfText(path))
      expect(p, `${n} documents`).toHaveLength(count)
      const last = squash(p.at(-1)!)
      expect(last).toContain('BOLETÍN DE RESPUESTA')
      expect(last).toContain(`Conforme con el saldo de ${total} € a fecha 31/12/2026.`)
      expect(last).toContain('FIRMA Y SELLO')
      if (n === 16) keep(path, 'confirmation-16-documents.pdf')
    }
  }, 60_000)

  it("asks where to save in 'ask' mode, in the letter's language, and writes nothing when cancelled", async () => {
    const dir = join(tempDir(), 'Cobro')
    const { deps, h } = handlers(dir, { dialogAnswer: { canceled: true } })
    const res = await h['documents:saveBalanceConfirmationsPdf']({ confirmations: [model('ro')], company: companyRO(), mode: 'ask', open: true, batchName: 'x' })
    expect(res).toEqual({ status: 'cancelled' })
    expect(deps.dialogCalls[0]).toMatchObject({ title: 'Salvare confirmări de sold' })
    expect(deps.opened).toEqual([])
  })
})

describe('balance confirmation payloads', () => {
  const dispatch = createDispatcher(fakeDeps({ documentsDir: tempDir() }))
  const request = (confirmations: unknown[], over: Record<string, unknown> = {}) => ({ confirmations, company: companyES(), mode: 'default', open: false, batchName: 'Lote', ...over })

  async function fieldOf(payload: unknown) {
    const res = await dispatch('documents:saveBalanceConfirmationsPdf', payload)
    expect(res.ok).toBe(false)
    if (res.ok) return undefined
    expect(res.error.code).toBe('ipc.invalidInput')
    return res.error.params.field
  }
  const mutated = (mutate: (m: BalanceConfirmationModel) => void) => {
    const m = model('es')
    mutate(m)
    return request([m])
  }

  it('refuses figures that do not add up, naming the one that is wrong', async () => {
    expect(await fieldOf(mutated((m) => (m.balance += 1)))).toBe('confirmations.0.balance')
    expect(await fieldOf(mutated((m) => (m.unappliedCredit += 100)))).toBe('confirmations.0.balance')
    expect(await fieldOf(mutated((m) => (m.documents[1]!.open -= 1)))).toBe('confirmations.0.balance')
    expect(await fieldOf(mutated((m) => (m.unappliedCredit = -1)))).toBe('confirmations.0.unappliedCredit')
    expect(await fieldOf(mutated((m) => (m.documents[0]!.open = 0)))).toBe('confirmations.0.documents.0.open')
    expect(await fieldOf(mutated((m) => (m.documents[0]!.open = 10.5)))).toBe('confirmations.0.documents.0.open')
    expect(await fieldOf(mutated((m) => (m.documents[1]!.issueDate = '2027-01-02')))).toBe('confirmations.0.documents.1.issueDate')
    expect(await fieldOf(mutated((m) => (m.date = '2026-12-30')))).toBe('confirmations.0.date')
    expect(await fieldOf(mutated((m) => (m.replyBy = '2027-01-07')))).toBe('confirmations.0.replyBy')
    expect(await fieldOf(mutated((m) => (m.asOf = '2026-02-30')))).toBe('confirmations.0.asOf')
    expect(await fieldOf(mutated((m) => (m.customer.legalName = ' ')))).toBe('confirmations.0.customer.legalName')
    expect(await fieldOf(mutated((m) => ((m as { language: string }).language = 'fr')))).toBe('confirmations.0.language')
    expect(await fieldOf(mutated((m) => (m.reference = 'x'.repeat(61))))).toBe('confirmations.0.reference')
  })

  it('takes 1 to 500 letters and a batch name', async () => {
    expect(await fieldOf(request([]))).toBe('confirmations')
    expect(await fieldOf(request(Array.from({ length: 501 }, () => model('es'))))).toBe('confirmations')
    expect(await fieldOf(request([model('es')], { batchName: '' }))).toBe('batchName')
    expect(await fieldOf(request([model('es')], { company: { ...companyES(), currency: 'USD' } }))).toBe('company.currency')
  })
})
