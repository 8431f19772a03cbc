// @vitest-environment node
/**
 * The agency's QR on a Spanish invoice and credit note: rendered by pdfmake at the top of the first page, then read
 * back from the rasterised PDF (pdftoppm + jsQR) and compared with the URL built from the record. Also: the size is
 * within 30-40 mm, the caption is printed, and main refuses any other URL.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { inputSchemas } from '../../../electron/contract/schemas'
import { buildCreditNoteDoc } from '../../../electron/main/documents/pdf/creditNote'
import { renderPdf } from '../../../electron/main/documents/pdf/fonts'
import { buildInvoiceDoc } from '../../../electron/main/documents/pdf/invoice'
import { qrUrl } from '../../../renderer/domain/einvoice/verifactu'
import { companyES, creditNoteES, invoiceES } from './fixtures'

const dir = mkdtempSync(join(tmpdir(), 'cobro-qr-'))
const DPI = 150
/** Only the top of page 1 is rasterised (where the QR must be): jsQR on a whole page takes seconds. */
const TOP_PX = 560

async function firstPage(name: string, doc: Parameters<typeof renderPdf>[0]): Promise<{ png: PNG; text: string }> {
  const pdf = join(dir, `${name}.pdf`)
  writeFileSync(pdf, await renderPdf(doc))
  execFileSync('pdftoppm', ['-png', '-r', String(DPI), '-f', '1', '-l', '1', '-x', '0', '-y', '0', '-W', '1240', '-H', String(TOP_PX), '-singlefile', pdf, join(dir, name)])
  const png = PNG.sync.read(readFileSync(join(dir, `${name}.png`)))
  const text = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' })
  return { png, text }
}

function readQr(png: PNG) {
  const found = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)
  if (!found) throw new Error('no QR found on the page')
  return found
}

describe('the agency QR on Spanish documents', () => {
  it('an invoice carries the validation URL, 30-40 mm wide, at the top of page 1', async () => {
    const inv = invoiceES()
    const url = qrUrl({ issuerNif: 'B12345674', number: inv.fullNumber, issueDate: inv.issueDate, total: inv.totals.total })
    const { png, text } = await firstPage('invoice', buildInvoiceDoc(inv, companyES(), 'es', url))
    const qr = readQr(png)
    expect(qr.data).toBe(url)
    const widthMm = ((qr.location.topRightCorner.x - qr.location.topLeftCorner.x) / DPI) * 25.4
    expect(widthMm).toBeGreaterThan(28) // finder pattern centres sit a few modules inside the 35 mm symbol
    expect(widthMm).toBeLessThan(40)
    expect(text).toContain('QR tributario:')
    expect(text).not.toMatch(/VERI\*?FACTU/i)
  })

  it('a credit note carries its own negative total', async () => {
    const note = creditNoteES()
    const url = qrUrl({ issuerNif: 'B12345674', number: note.fullNumber, issueDate: note.issueDate, total: -note.totals.total })
    const { png } = await firstPage('credit-note', buildCreditNoteDoc(note, companyES(), 'es', '2026-11-23', url))
    expect(readQr(png).data).toBe(url)
    expect(url).toContain('importe=-')
  })

  it('no record, no QR', async () => {
    const { png, text } = await firstPage('no-qr', buildInvoiceDoc(invoiceES(), companyES(), 'es'))
    expect(jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)).toBeNull()
    expect(text).not.toContain('QR tributario')
  })

  it('main prints only the agency address as the QR', () => {
    const schema = inputSchemas['documents:saveInvoicePdf']
    const base = { invoice: invoiceES(), company: companyES(), mode: 'default', open: false }
    expect(schema.safeParse({ ...base, fiscalQr: 'https://evil.example/?x=1' }).success).toBe(false)
    expect(schema.safeParse({ ...base, fiscalQr: qrUrl({ issuerNif: 'B12345674', number: 'F1', issueDate: '2026-01-02', total: 100 }) }).success).toBe(true)
  })
})
