// @vitest-environment node
/**
 * Renders sample letters (ES demand with logo, ES reminder, RO somație, EN reminder abroad, a two-page demand and a
 * batch of all of them). Set COBRO_PDF_SAMPLES=/some/dir to keep the PDFs for a visual check
 * (pdftoppm -png -r 70 ...).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../../../electron/main/documents/pdf/fonts'
import { buildLettersDoc } from '../../../electron/main/documents/pdf/letterDoc'
import type { LetterModel } from '../../../renderer/domain/collections/types'
import { demandES, longDemandES, reminderEN, reminderES, somatieRO } from './letterFixtures'

const outDir = process.env.COBRO_PDF_SAMPLES || mkdtempSync(join(tmpdir(), 'cobro-letter-samples-'))

async function sample(name: string, letters: LetterModel[]): Promise<string[]> {
  const path = join(outDir, `${name}.pdf`)
  writeFileSync(path, await renderPdf(buildLettersDoc(letters)))
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '')
}

describe('sample letters', () => {
  it('fits a reminder on one page and a formal demand on two, the invoice table kept with its totals', async () => {
    const expected = [['letter-reminder-es', reminderES(), 1], ['letter-reminder-en', reminderEN(), 1], ['letter-demand-es', demandES(), 2], ['letter-somatie-ro', somatieRO(), 2]] as const
    for (const [name, letter, count] of expected) {
      const pages = await sample(name, [letter])
      expect(pages, name).toHaveLength(count)
      const withTable = pages.findIndex((p) => /(Factura|Invoice)\s+(Fecha|Data|Date)\s+/.test(p))
      const withTotal = pages.findIndex((p) => /(Total reclamado|Total de plată|Total claimed)/.test(p))
      expect(withTable, name).toBe(withTotal)
    }
  })

  it('spreads 38 invoices over pages, repeating the table header and numbering the pages of the letter', async () => {
    const pages = await sample('letter-demand-es-long', [longDemandES()])
    expect(pages.length).toBeGreaterThan(1)
    pages.forEach((page, i) => expect(page).toContain(`Página ${i + 1} de ${pages.length}`))
    expect(pages[1]).toMatch(/Factura\s+Fecha\s+Vencimiento/)
    expect(pages.join('')).toContain('F2026-000237')
  })

  it('renders a mixed batch, each letter numbered from 1', async () => {
    const pages = await sample('letters-batch', [demandES(), longDemandES(), somatieRO(), reminderEN()])
    expect(pages.filter((p) => /(Página|Pagina|Page) 1 (de|din|of) /.test(p))).toHaveLength(4)
  })
})
