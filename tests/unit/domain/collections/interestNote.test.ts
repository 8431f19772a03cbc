import { describe, expect, it } from 'vitest'
import en from '../../../../locales/en/letters.json'
import es from '../../../../locales/es/letters.json'
import ro from '../../../../locales/ro/letters.json'
import { buildInterestNoteModel, type InterestNoteInput } from '../../../../renderer/domain/collections/interestNote'
import { DEFAULT_RATES } from '../../../../renderer/domain/collections/rates'
import { address, company } from '../fixtures'
import { issued } from './helpers'

const settings = { dayCount: 'act365' as const, compensationEur: 4000, eurToRon: 4.9771 }
const customer = {
  id: 'cus-1',
  legalName: 'Ultramarinos Pérez SL',
  taxId: 'A28015865',
  tradeRegister: '',
  address: address('ES'),
  contacts: [{ name: 'Marta Gil', role: 'administración', email: '', phone: '', approvesInvoices: true }],
  contractualRate: null,
}
const paidLate = issued('1', '2025-08-02', '2025-09-01', 125000) // paid in full on 2025-10-08: 37 days late
const open = issued('2', '2025-08-20', '2025-09-19', 200000) // 800,00 paid on 2025-09-29, 1.200,00 still open
const onTime = issued('3', '2025-08-10', '2025-09-09', 50000) // paid on its due date: nothing to claim

function input(over: Partial<InterestNoteInput> = {}): InterestNoteInput {
  return {
    company: company(),
    customer,
    invoices: [
      { invoice: open, reductions: [{ date: '2025-09-29', amount: 80000 }] },
      { invoice: onTime, reductions: [{ date: '2025-09-09', amount: 50000 }] },
      { invoice: paidLate, reductions: [{ date: '2025-10-08', amount: 125000 }] },
    ],
    template: es.interestNote,
    settings,
    rates: DEFAULT_RATES,
    today: '2025-10-08',
    language: 'es',
    ...over,
  }
}

describe('buildInterestNoteModel', () => {
  it('claims interest and compensation on an invoice paid in full late: 1.250,00 x 10,15 % x 37 days = 12,86 + 40,00', () => {
    const m = buildInterestNoteModel(input({ invoices: [{ invoice: paidLate, reductions: [{ date: '2025-10-08', amount: 125000 }] }], today: '2025-10-20' }))
    expect(m.invoices.map((r) => [r.number, r.outstanding, r.daysLate, r.interest, r.rate, r.compensation])).toEqual([['F2026-1', 0, 37, 1286, 1015, 4000]])
    expect(m).toMatchObject({ principal: 0, interest: 1286, compensation: 4000, fees: 0, totalClaimed: 5286 })
    expect(m).toMatchObject({ templateKey: 'interestNote', kind: 'reminder', date: '2025-10-20', payBy: '2025-11-04', remindersSent: 0 })
    expect(m.subject).toBe('Nota de liquidación de intereses de demora')
    const text = m.paragraphs.join('\n')
    expect(text).not.toContain('{{')
    expect(text).toContain('artículos 7 y 8 de la Ley 3/2004')
    expect(text).toContain('intereses de demora 12,86\u00a0€; indemnización por costes de cobro 40,00\u00a0€; principal aún pendiente 0,00\u00a0€. Total: 52,86\u00a0€')
    expect(text).toContain('antes del 04/11/2025')
    expect(text).toContain('ES91 2100 0418 4502 0005 1332')
  })

  it('includes open invoices with their outstanding principal and leaves out invoices paid on time', () => {
    const m = buildInterestNoteModel(input())
    // open: 2.000,00 from 09-20 to 09-29 (10 days) = 5,56; 1.200,00 from 09-30 to 10-08 (9 days) = 3,00
    expect(m.invoices.map((r) => [r.number, r.outstanding, r.daysLate, r.interest, r.compensation])).toEqual([
      ['F2026-1', 0, 37, 1286, 4000],
      ['F2026-2', 120000, 19, 856, 4000],
    ])
    expect(m.principal).toBe(120000)
    expect(m.interest).toBe(2142)
    expect(m.compensation).toBe(8000)
    expect(m.totalClaimed).toBe(120000 + 2142 + 8000)
    expect(m.payBy).toBe('2025-10-23')
  })

  it('deducts interest already paid and refuses a note with nothing to claim', () => {
    const m = buildInterestNoteModel(input({ invoices: [{ invoice: paidLate, reductions: [{ date: '2025-10-08', amount: 125000 }], interestAlreadyPaid: 286 }] }))
    expect(m.interest).toBe(1000)
    expect(() => buildInterestNoteModel(input({ invoices: [{ invoice: onTime, reductions: [{ date: '2025-09-09', amount: 50000 }] }] }))).toThrow('letters.nothingToClaim')
    expect(() => buildInterestNoteModel(input({ invoices: [] }))).toThrow('letters.noInvoices')
  })

  it('Romanian and English notes cite their law and fill every field', () => {
    const roNote = buildInterestNoteModel(input({ template: ro.interestNote, language: 'ro', company: company({ country: 'RO' }) }))
    expect(roNote.subject).toBe('Notă de calcul al penalităților de întârziere')
    expect(roNote.paragraphs.join('\n')).toMatch(/Legea nr\. 72\/2013|Legii nr\. 72\/2013/)
    expect(roNote.paragraphs.join('\n')).toContain('OG nr. 13/2011')
    expect(roNote.payBy).toBe('2025-10-23')
    const enNote = buildInterestNoteModel(input({ template: en.interestNote, language: 'en' }))
    expect(enNote.subject).toBe('Late payment interest note')
    expect(enNote.paragraphs.join('\n')).toContain('Spanish Law 3/2004')
    for (const n of [roNote, enNote]) expect(n.paragraphs.join('\n')).not.toContain('{{')
  })
})
