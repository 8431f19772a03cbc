// @vitest-environment node
/**
 * Renders the sample documents (ES invoice with recargo, RO invoice in EUR, ES credit note, EN draft) and checks
 * their text. Set COBRO_PDF_SAMPLES=/some/dir to keep the PDFs for a visual check (pdftoppm -png -r 80 ...).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildCreditNoteDoc } from '../../../electron/main/documents/pdf/creditNote'
import { renderPdf } from '../../../electron/main/documents/pdf/fonts'
import { buildInvoiceDoc } from '../../../electron/main/documents/pdf/invoice'
import { companyES, companyRO, creditNoteES, invoiceES, invoiceRO, LOGO_PNG } from './fixtures'

const outDir = process.env.COBRO_PDF_SAMPLES || mkdtempSync(join(tmpdir(), 'cobro-samples-'))

async function sample(name: string, doc: Parameters<typeof renderPdf>[0]): Promise<string> {
  const path = join(outDir, `${name}.pdf`)
  writeFileSync(path, await renderPdf(doc))
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
}

describe('sample PDFs', () => {
  it('renders the Spanish invoice with recargo and logo', async () => {
    const text = await sample('invoice-es', buildInvoiceDoc(invoiceES(), companyES({ logoDataUrl: LOGO_PNG }), 'es'))
    expect(text).toContain('F2026-000001')
  })
  it('renders the Romanian invoice in EUR', async () => {
    const text = await sample('invoice-ro', buildInvoiceDoc(invoiceRO(), companyRO(), 'ro'))
    expect(text).toContain('CDB2026-000042')
  })
  it('renders the Spanish credit note', async () => {
    const text = await sample('credit-note-es', buildCreditNoteDoc(creditNoteES(), companyES({ logoDataUrl: LOGO_PNG }), 'es', '2026-11-23'))
    expect(text).toContain('R2026-000003')
  })
  it('spreads a long invoice over pages, repeating the table header and numbering the pages', async () => {
    const lines = Array.from({ length: 70 }, (_, i) => ({
      productId: null,
      code: `ART-${String(i + 1).padStart(3, '0')}`,
      description: i % 7 === 0 ? 'Artículo de surtido variado con una descripción larga que ocupa dos líneas en la tabla de la factura' : `Artículo ${i + 1}`,
      quantity: (i % 5) + 1,
      unit: 'ud',
      unitPrice: 1000 + i * 37,
      discount: i % 4 === 0 ? 500 : 0,
      vatRate: i % 3 === 0 ? 1000 : 2100,
    }))
    const text = await sample('invoice-es-long', buildInvoiceDoc(invoiceES({ lines }), companyES({ logoDataUrl: LOGO_PNG }), 'es'))
    const pages = text.split('\f').filter((p) => p.trim() !== '')
    expect(pages.length).toBeGreaterThan(1)
    pages.forEach((page, i) => {
      expect(page).toContain(`Página ${i + 1} de ${pages.length}`)
      expect(page).toMatch(/Código\s+Descripción/)
    })
    expect(text).toContain('ART-070')
  })

  it('renders an English draft', async () => {
    const text = await sample('invoice-en-draft', buildInvoiceDoc(invoiceES({ lifecycle: 'draft', fullNumber: '', number: 0 }), companyES(), 'en'))
    expect(text).toContain('Draft invoice')
  })
})
