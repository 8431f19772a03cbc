/**
 * The PDF of one letter or of a batch of letters ("Print all letters due today"): each letter is a pdfmake section,
 * so it starts on a new page, and its footer numbers its own pages ("Página 1 de 2"), restarting for every letter.
 *
 * How a footer knows the letter's pages: pdfmake calls a section's `background` once for every page of that
 * section as the page is added during layout, and lays out every footer only after the whole content is placed.
 * The background hook records the page numbers of each letter; the footer of page p then prints its position in
 * that list. Plain data in, document definition out: the worker thread builds it from the LetterModels it gets.
 */
import type { ContentSection, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { LetterModel } from '../../../../renderer/domain/collections/types'
import { docFormat, type DocFormat } from './i18n'
import { COLORS } from './layout'
import { LETTER_MARGINS, letterContent } from './letter'

function footerFor(letter: LetterModel, fmt: DocFormat, pages: Set<number>) {
  return (currentPage: number) => {
    const sorted = [...pages].sort((a, b) => a - b)
    const index = sorted.indexOf(currentPage)
    const page = index < 0 ? 1 : index + 1
    const c = letter.company
    const left = [c.legalName, c.taxId.trim() ? `${fmt.t('letters.parties.taxId')} ${c.taxId}` : '', letter.customer.legalName]
      .filter((s) => s.trim() !== '')
      .join(' · ')
    return {
      margin: [LETTER_MARGINS[0], 18, LETTER_MARGINS[2], 0] as [number, number, number, number],
      columns: [
        { text: left, style: 'small' },
        { text: fmt.t('header.page', { page, pages: Math.max(sorted.length, 1) }), style: 'small', alignment: 'right' as const, width: 'auto' as const },
      ],
    }
  }
}

/** The document definition for one or more letters (same company or not), in each letter's own language. */
export function buildLettersDoc(letters: LetterModel[], title?: string): TDocumentDefinitions {
  const images: Record<string, string> = {}
  const logoKeys = new Map<string, string>()
  const logoKey = (dataUrl: string): string => {
    if (!dataUrl) return ''
    let key = logoKeys.get(dataUrl)
    if (!key) {
      key = `logo${logoKeys.size}`
      logoKeys.set(dataUrl, key)
      images[key] = dataUrl
    }
    return key
  }

  const content: ContentSection[] = letters.map((letter) => {
    const fmt = docFormat(letter.language, letter.currency)
    const pages = new Set<number>()
    return {
      section: letterContent(letter, fmt, logoKey(letter.company.logoDataUrl)),
      background: (currentPage: number) => {
        pages.add(currentPage)
        return null
      },
      footer: footerFor(letter, fmt, pages),
    }
  })

  const first = letters[0]
  return {
    pageSize: 'A4',
    pageMargins: LETTER_MARGINS,
    info: {
      title: title ?? first?.subject ?? '',
      author: first?.company.legalName ?? '',
      creator: 'Cobro',
      producer: 'Cobro',
    },
    images,
    defaultStyle: { font: 'Roboto', fontSize: 9.5, color: COLORS.text, lineHeight: 1.22 },
    styles: {
      label: { fontSize: 7, bold: true, color: COLORS.accent, characterSpacing: 0.4 },
      th: { bold: true, color: '#FFFFFF', fontSize: 7.5 },
      small: { fontSize: 7.5, color: COLORS.muted },
      legal: { fontSize: 8, color: COLORS.muted, lineHeight: 1.2 },
    },
    content,
  }
}
