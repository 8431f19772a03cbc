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
import lettersEN from '../../../locales/en/letters.json' with { type: 'json' }
import lettersES from '../../../locales/es/letters.json' with { type: 'json' }
import lettersRO from '../../../locales/ro/letters.json' with { type: 'json' }
import { parseInput } from '../../../electron/main/handlers'
import { buildLetterModel } from '../../../renderer/domain/collections/letter'
import { DEFAULT_RATES } from '../../../renderer/domain/collections/rates'
import type { CollectionStep, LetterModel } from '../../../renderer/domain/collections/types'
import type { Language } from '../../../renderer/domain/types'
import { companyES, companyRO, invoiceES, invoiceRO, LOGO_PNG } from './fixtures'
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

/** The letters as the app builds them: the domain's buildLetterModel with the default templates of each language. */
describe('letters built by the domain from the default templates', () => {
  const templates = { es: lettersES, ro: lettersRO, en: lettersEN }
  function fromDomain(kind: 'reminder1' | 'demand', language: Language, country: 'ES' | 'RO'): LetterModel {
    const company = country === 'ES' ? companyES({ logoDataUrl: LOGO_PNG }) : companyRO()
    const invoice = country === 'ES' ? invoiceES({ issueDate: '2026-08-14', dueDate: '2026-09-13' }) : invoiceRO({ issueDate: '2026-08-31', dueDate: '2026-09-30' })
    const step: CollectionStep = { id: kind === 'demand' ? 'demand' : 'r1', kind: kind === 'demand' ? 'demand' : 'reminder', anchor: 'due', offsetDays: 45, channel: 'letter', templateKey: kind, fee: 0 }
    return buildLetterModel({
      company,
      customer: { id: invoice.customerId, ...invoice.customer, contacts: [{ name: 'D.ª Marta Gil', role: '', email: '', phone: '', approvesInvoices: true }], contractualRate: null },
      invoices: [{ invoice, reductions: [{ date: '2026-10-05', amount: 50000 }] }],
      step,
      template: templates[language][kind],
      settings: { dayCount: 'act365', compensationEur: 4000, eurToRon: 5.09 },
      rates: DEFAULT_RATES,
      today: '2026-11-23',
      language,
      remindersSent: 3,
    })
  }

  it('prints them without the closing or the company name twice, and the contract accepts them', async () => {
    for (const [name, letter] of [
      ['domain-demand-es', fromDomain('demand', 'es', 'ES')],
      ['domain-demand-ro', fromDomain('demand', 'ro', 'RO')],
      ['domain-reminder1-en', fromDomain('reminder1', 'en', 'ES')],
    ] as const) {
      expect(parseInput('documents:saveLetterPdf', { letter, mode: 'default', open: false }).letter.totalClaimed, name).toBe(letter.totalClaimed)
      const text = (await sample(name, [letter])).join('\n').replace(/\s+/g, ' ')
      const closing = { es: 'Atentamente,', ro: 'Cu stimă,', en: 'Yours faithfully,' }[letter.language]
      expect(text.split(closing).length - 1, name).toBe(1)
      // The closing comes after the totals, just before the signature.
      expect(text.indexOf(closing), name).toBeGreaterThan(text.indexOf(letter.invoices[0]!.number))
      expect(text.split(letter.company.legalName).length, name).toBeGreaterThan(2)
    }
  })
})
