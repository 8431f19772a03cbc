/**
 * The PDF of one or more balance confirmation letters: each letter is a pdfmake section (so it starts on a new
 * page, in its customer's language) whose footer numbers its own pages, restarting for every letter, the same way
 * as letterDoc.ts: the section's `background` hook records which pages belong to it as they are laid out, and the
 * footers are laid out after the whole content. Plain data in, document definition out: the PDF worker thread
 * builds it from the models it gets (confirmationJob.ts).
 */
import type { ContentSection, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { BalanceConfirmationModel } from '../../../../renderer/domain/reports/confirmationTypes'
import type { CompanySettings } from '../../../../renderer/domain/types'
import { confirmationContent } from './confirmation'
import { docFormat, type DocFormat } from './i18n'
import { COLORS } from './layout'
import { LETTER_MARGINS } from './letter'

function footerFor(m: BalanceConfirmationModel, company: CompanySettings, fmt: DocFormat, pages: Set<number>) {
  return (currentPage: number) => {
    const sorted = [...pages].sort((a, b) => a - b)
    const index = sorted.indexOf(currentPage)
    const left = [company.legalName, company.taxId.trim() ? `${fmt.t('letters.parties.taxId')} ${company.taxId}` : '', `${fmt.t('confirmation.title')} ${m.reference}`]
      .filter((s) => s.trim() !== '')
      .join(' · ')
    return {
      margin: [LETTER_MARGINS[0], 14, LETTER_MARGINS[2], 0] as [number, number, number, number],
      columns: [
        { text: left, style: 'small' },
        {
          text: fmt.t('header.page', { page: index < 0 ? 1 : index + 1, pages: Math.max(sorted.length, 1) }),
          style: 'small',
          alignment: 'right' as const,
          width: 'auto' as const,
        },
      ],
    }
  }
}

/** The document definition for the letters, in order, each in its own language. */
export function buildConfirmationsDoc(models: BalanceConfirmationModel[], company: CompanySettings, title: string): TDocumentDefinitions {
  const images: Record<string, string> = {}
  if (company.logoDataUrl) images.logo0 = company.logoDataUrl
  const logo = company.logoDataUrl ? 'logo0' : ''
  const content: ContentSection[] = models.map((m) => {
    const fmt = docFormat(m.language, m.currency)
    const pages = new Set<number>()
    return {
      section: confirmationContent(m, company, fmt, logo),
      background: (currentPage: number) => {
        pages.add(currentPage)
        return null
      },
      footer: footerFor(m, company, fmt, pages),
    }
  })
  return {
    pageSize: 'A4',
    pageMargins: [LETTER_MARGINS[0], LETTER_MARGINS[1], LETTER_MARGINS[2], 46],
    info: { title, author: company.legalName, creator: 'Cobro', producer: 'Cobro' },
    images,
    defaultStyle: { font: 'Roboto', fontSize: 9.2, color: COLORS.text, lineHeight: 1.2 },
    styles: {
      label: { fontSize: 7, bold: true, color: COLORS.accent, characterSpacing: 0.4 },
      th: { bold: true, color: '#FFFFFF', fontSize: 7.5 },
      small: { fontSize: 7.5, color: COLORS.muted },
    },
    content,
  }
}
