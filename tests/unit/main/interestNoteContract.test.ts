// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { letterPdfRequestSchema } from '../../../electron/contract/schemas'
import en from '../../../locales/en/letters.json' with { type: 'json' }
import es from '../../../locales/es/letters.json' with { type: 'json' }
import ro from '../../../locales/ro/letters.json' with { type: 'json' }
import { buildInterestNoteModel } from '../../../renderer/domain/collections/interestNote'
import { DEFAULT_RATES } from '../../../renderer/domain/collections/rates'
import { address, company } from '../domain/fixtures'
import { issued } from '../domain/collections/helpers'

describe('interest note through the letter contract', () => {
  for (const [language, template] of [['es', es.interestNote], ['ro', ro.interestNote], ['en', en.interestNote]] as const) {
    it(`${language}: main accepts the note (paid-late invoice with principal 0, plus an open one)`, () => {
      const letter = buildInterestNoteModel({
        company: company(),
        customer: { id: 'cus-1', legalName: 'Ultramarinos Pérez SL', taxId: 'A28015865', tradeRegister: '', address: address('ES'), contacts: [], contractualRate: null },
        invoices: [
          { invoice: issued('1', '2025-08-02', '2025-09-01', 125000), reductions: [{ date: '2025-10-08', amount: 125000 }] },
          { invoice: issued('2', '2025-08-20', '2025-09-19', 200000), reductions: [{ date: '2025-09-29', amount: 80000 }] },
        ],
        template,
        settings: { dayCount: 'act365', compensationEur: 4000, eurToRon: 4.9771 },
        rates: DEFAULT_RATES,
        today: '2025-10-20',
        language,
      })
      const parsed = letterPdfRequestSchema.safeParse({ letter, mode: 'default', open: true })
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
      expect(parsed.data?.letter.totalClaimed).toBe(letter.principal + letter.interest + letter.compensation)
      // Tampering with a row breaks the sums main checks.
      const bad = { ...letter, interest: letter.interest + 1 }
      expect(letterPdfRequestSchema.safeParse({ letter: bad, mode: 'default', open: true }).success).toBe(false)
    })
  }
})
