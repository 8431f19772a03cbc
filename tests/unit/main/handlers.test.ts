// @vitest-environment node
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IpcError } from '../../../electron/contract/errors'
import { createDispatcher, createHandlers } from '../../../electron/main/handlers'
import { companyES, companyRO, creditNoteES, invoiceES, invoiceRO, LOGO_PNG } from './fixtures'
import { fakeDeps, pdfText, tempDir } from './helpers'

const ES_NAME = 'Factura F2026-000001 - Ultramarinos Ñuñez Pérez.pdf'

describe('documents:saveInvoicePdf', () => {
  it("saves the Spanish invoice into the documents folder in 'default' mode with everything the law asks", async () => {
    const dir = join(tempDir(), 'Cobro')
    const deps = fakeDeps({ documentsDir: dir })
    const h = createHandlers(deps)
    const res = await h['documents:saveInvoicePdf']({ invoice: invoiceES(), company: companyES({ logoDataUrl: LOGO_PNG }), mode: 'default', open: false })

    expect(res).toEqual({ status: 'saved', path: join(dir, ES_NAME), opened: false })
    expect(deps.dialogCalls).toHaveLength(0)
    const text = pdfText(join(dir, ES_NAME))
    for (const s of [
      'Factura',
      'F2026-000001',
      'Fecha de expedición 23/11/2026',
      'Fecha de operación 20/11/2026',
      'Vencimiento 23/12/2026',
      'Distribuciones Levante S.L.',
      'NIF: B12345674',
      'R.M. Valencia, T. 9876',
      'Ultramarinos Ñuñez Pérez',
      'NIF: 12345678Z',
      'Calle de Colón 14, 2.º',
      'ALB-2026-0457',
      'Calle Mayor 3, 46100 Burjassot',
      'PED-88231',
      'CM-2025/14',
      // lines: quantity 7,35 kg x 18,90 = 138,915 -> 138,92 (half-up); 3 x 459,00 = 1.377,00 (grouped)
      '7,35 kg 18,90 4 % 138,92',
      '1.377,00',
      // per rate: base, VAT, RE rate, RE
      '21 % 1.523,25 319,88 5,2 % 79,21',
      '10 % 261,97 26,20 1,4 % 3,67',
      '4 % 486,32 19,45 0,5 % 2,43',
      'Base imponible 2.271,54 €',
      'IVA 365,53 €',
      'Recargo de equivalencia 85,31 €',
      'Total factura 2.722,38 €',
      'Pago a 30 días fecha factura. Vencimiento: 23/12/2026.',
      // 3 % of 2.722,38 = 81,6714 -> 81,67; deadline 23/11 + 10 days
      '3 % de descuento por pronto pago si se paga hasta el 03/12/2026 inclusive: 81,67 € menos, total a pagar 2.640,71 €.',
      'ES91 2100 0418 4502 0005 1332',
      'CaixaBank',
      'Ley 3/2004',
      'Mercancía entregada en la tienda de Burjassot',
      'Página 1 de 1',
    ]) {
      expect(text).toContain(s)
    }
  })

  it("never overwrites in 'default' mode: adds (2), (3) and leaves existing files untouched", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, ES_NAME), 'precious')
    const h = createHandlers(fakeDeps({ documentsDir: dir }))
    const req = { invoice: invoiceES(), company: companyES(), mode: 'default' as const, open: false }
    const first = await h['documents:saveInvoicePdf'](req)
    const second = await h['documents:saveInvoicePdf'](req)

    expect(first).toMatchObject({ status: 'saved', path: join(dir, 'Factura F2026-000001 - Ultramarinos Ñuñez Pérez (2).pdf') })
    expect(second).toMatchObject({ status: 'saved', path: join(dir, 'Factura F2026-000001 - Ultramarinos Ñuñez Pérez (3).pdf') })
    expect(readFileSync(join(dir, ES_NAME), 'utf8')).toBe('precious')
    expect(readdirSync(dir).sort()).toHaveLength(3)
  })

  it("asks where to save in 'ask' mode, suggesting the documents folder and a name in the document language", async () => {
    const dir = tempDir()
    const chosen = join(tempDir(), 'mi factura.pdf')
    const deps = fakeDeps({ documentsDir: dir, dialogAnswer: { canceled: false, filePath: chosen } })
    const res = await createHandlers(deps)['documents:saveInvoicePdf']({ invoice: invoiceRO(), company: companyRO(), mode: 'ask', open: true })

    expect(deps.dialogCalls).toHaveLength(1)
    expect(deps.dialogCalls[0]).toMatchObject({
      title: 'Salvează factura',
      defaultPath: join(dir, 'Factură CDB2026-000042 - Magazinul Țărănesc S.R.L.pdf'),
      filters: [{ name: 'Document PDF', extensions: ['pdf'] }],
    })
    expect(res).toEqual({ status: 'saved', path: chosen, opened: true })
    expect(deps.opened).toEqual([chosen])
    const text = pdfText(chosen)
    for (const s of [
      'Factură',
      'CDB2026-000042',
      'Data emiterii 23.11.2026',
      'Data scadenței 15.01.2027',
      'Distribuție Carpați S.R.L.',
      'CIF: RO18765430',
      'Reg. Com.: J40/12345/2015',
      'Magazinul Țărănesc S.R.L.',
      'CIF: 34567892',
      'Reg. Com.: J12/3456/2019',
      'Aviz de însoțire nr.'.toUpperCase(),
      'AV-2026-1187',
      'Total fără TVA 2.096,96 EUR',
      'TVA 366,19 EUR',
      'Total de plată 2.463,15 EUR',
      // VAT in lei: 366,19 x 4,9750 = 1.821,795 -> 1.821,80
      'TVA în lei: 1.821,80 lei',
      'Curs de schimb: 1 EUR = 4,9750 lei',
      'Termen de plată: 45 zile de la data facturii. Scadența: 15.01.2027.',
      'Zile de plată: 15 și 30 ale fiecărei luni.',
      'RO49 AAAA 1B31 0075 9384 0000',
      'Legii nr. 72/2013',
    ]) {
      expect(text).toContain(s)
    }
    // Same day delivery: no separate "data livrării" in the header, but it stays in the references.
    expect(text).not.toContain('Data livrării')
    expect(text).toContain('DATA LIVRĂRII')
    expect(readdirSync(dir)).toEqual([])
  })

  it('returns cancelled and writes nothing when the dialog is cancelled', async () => {
    const dir = tempDir()
    const deps = fakeDeps({ documentsDir: dir, dialogAnswer: { canceled: true } })
    const res = await createHandlers(deps)['documents:saveInvoicePdf']({ invoice: invoiceES(), company: companyES(), mode: 'ask', open: true })
    expect(res).toEqual({ status: 'cancelled' })
    expect(readdirSync(dir)).toEqual([])
    expect(deps.opened).toEqual([])
  })

  it("adds .pdf to a name chosen without it, without replacing an existing file", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'factura.pdf'), 'keep')
    const deps = fakeDeps({ documentsDir: dir, dialogAnswer: { canceled: false, filePath: join(dir, 'factura') } })
    const res = await createHandlers(deps)['documents:saveInvoicePdf']({ invoice: invoiceES(), company: companyES(), mode: 'ask', open: false })
    expect(res).toEqual({ status: 'saved', path: join(dir, 'factura (2).pdf'), opened: false })
    expect(readFileSync(join(dir, 'factura.pdf'), 'utf8')).toBe('keep')
  })

  it('reports opened: false when the system viewer fails', async () => {
    const deps = fakeDeps({ documentsDir: tempDir(), openResult: 'No application is associated' })
    const res = await createHandlers(deps)['documents:saveInvoicePdf']({ invoice: invoiceES(), company: companyES(), mode: 'default', open: true })
    expect(res).toMatchObject({ status: 'saved', opened: false })
  })

  it("reports a failed write as 'files.writeFailed' with the path and the OS reason", async () => {
    const base = tempDir()
    writeFileSync(join(base, 'not-a-folder'), 'x')
    const documentsDir = join(base, 'not-a-folder', 'Cobro')
    const h = createHandlers(fakeDeps({ documentsDir }))
    const err = await h['documents:saveInvoicePdf']({ invoice: invoiceES(), company: companyES(), mode: 'default', open: false }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(IpcError)
    expect(err).toMatchObject({ code: 'files.writeFailed', params: { path: documentsDir, reason: 'ENOTDIR' } })

    const send = createDispatcher(fakeDeps({ documentsDir }))
    const envelope = await send('documents:saveInvoicePdf', { invoice: invoiceES(), company: companyES(), mode: 'default', open: false })
    expect(envelope).toEqual({ ok: false, error: { code: 'files.writeFailed', params: { path: documentsDir, reason: 'ENOTDIR' } } })
  })

  it('prints a draft without a number, with a watermark and a draft file name', async () => {
    const dir = tempDir()
    const res = await createHandlers(fakeDeps({ documentsDir: dir }))['documents:saveInvoicePdf']({
      invoice: invoiceES({ lifecycle: 'draft', number: 0, fullNumber: '', issuedAt: '' }),
      company: companyES(),
      language: 'en',
      mode: 'default',
      open: false,
    })
    expect(res).toMatchObject({ path: join(dir, 'Draft invoice - Ultramarinos Ñuñez Pérez.pdf') })
    const text = pdfText(join(dir, 'Draft invoice - Ultramarinos Ñuñez Pérez.pdf'))
    expect(text).toContain('Draft invoice')
    expect(text).toContain('Not numbered')
    expect(text).toContain('Total €2,722.38')
    expect(text).toContain('Payment 30 days from the invoice date. Due date: 23/12/2026.')
  })
})

describe('documents:saveInvoicePdf of a cancelled invoice', () => {
  it('keeps its number and says it is cancelled, when and why, in the customer language (through the validated IPC)', async () => {
    const dir = tempDir()
    const send = createDispatcher(fakeDeps({ documentsDir: dir }))
    const invoice = invoiceES({ lifecycle: 'cancelled', cancelledAt: '2026-11-25T09:30:00.000Z', cancelReason: 'Emitida por error a otro cliente', openAmount: 0, isOpen: 0 })
    const envelope = await send('documents:saveInvoicePdf', { invoice, company: companyES(), mode: 'default', open: false })
    expect(envelope).toMatchObject({ ok: true })
    const path = (envelope as { ok: true; value: { path: string } }).value.path
    const text = pdfText(path).replace(/\s+/g, ' ')
    expect(text).toContain(invoice.fullNumber)
    expect(text).toContain('Factura ANULADA el 25/11/2026. Motivo: Emitida por error a otro cliente. No es exigible su pago.')
    expect(text).toContain('ANULADA')
  })
})

describe('documents:saveCreditNotePdf', () => {
  it('prints the rectificativa with the original invoice, the reason and negative amounts', async () => {
    const dir = tempDir()
    const res = await createHandlers(fakeDeps({ documentsDir: dir }))['documents:saveCreditNotePdf']({
      creditNote: creditNoteES(),
      company: companyES(),
      originalInvoiceDate: '2026-11-23',
      mode: 'default',
      open: false,
    })
    const name = 'Factura rectificativa R2026-000003 - Ultramarinos Ñuñez Pérez.pdf'
    expect(res).toEqual({ status: 'saved', path: join(dir, name), opened: false })
    const text = pdfText(join(dir, name))
    for (const s of [
      'Factura rectificativa',
      'R2026-000003',
      'Fecha de expedición 30/11/2026',
      'Factura rectificada F2026-000001',
      'Rectifica la factura F2026-000001 de fecha 23/11/2026',
      'Devolución de mercancía dañada en el transporte',
      'NIF: B12345674',
      'NIF: 12345678Z',
      '-1 lote 459,00 21 % -459,00',
      // 4 x 11,49 - 5 % = 43,662 -> 43,66
      '-4 ud 11,49 5 % 10 % -43,66',
      '21 % -459,00 -96,39 5,2 % -23,87',
      '10 % -43,66 -4,37 1,4 % -0,61',
      'Base imponible -502,66 €',
      'IVA -100,76 €',
      'Recargo de equivalencia -24,48 €',
      'Total rectificado -627,90 €',
    ]) {
      expect(text).toContain(s)
    }
  })

  it('prints a Romanian storno in EUR with the VAT in lei as a negative amount', async () => {
    const dir = tempDir()
    const inv = invoiceRO()
    const note = { ...creditNoteES(), language: 'ro' as const, currency: 'EUR' as const, exchangeRate: 5, fullNumber: 'ST2026-000001', invoiceNumber: inv.fullNumber, customer: inv.customer, seller: inv.seller, recargoEquivalencia: false, lines: [inv.lines[0]!], totals: { base: 50400, vat: 5544, recargo: 0, total: 55944, byRate: [{ vatRate: 1100, recargoRate: 0, base: 50400, vat: 5544, recargo: 0 }] } }
    await createHandlers(fakeDeps({ documentsDir: dir }))['documents:saveCreditNotePdf']({ creditNote: note, company: companyRO(), mode: 'default', open: false })
    const text = pdfText(join(dir, 'Factură storno ST2026-000001 - Magazinul Țărănesc S.R.L.pdf'))
    expect(text).toContain('Stornează factura CDB2026-000042')
    expect(text).toContain('Total stornat -559,44 EUR')
    // 55,44 x 5 = 277,20 lei, negative
    expect(text).toContain('TVA în lei: -277,20 lei')
  })
})

describe('app:getInfo', () => {
  it('returns the version, folders and platform', async () => {
    const deps = fakeDeps({ documentsDir: '/docs/Cobro' })
    expect(await createHandlers(deps)['app:getInfo'](undefined)).toEqual({
      version: '0.1.0-test',
      documentsDir: '/docs/Cobro',
      userDataDir: deps.paths.userDataDir,
      platform: 'linux',
    })
  })
})
