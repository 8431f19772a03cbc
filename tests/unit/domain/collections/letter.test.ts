import { describe, expect, it } from 'vitest'
import en from '../../../../locales/en/letters.json'
import es from '../../../../locales/es/letters.json'
import ro from '../../../../locales/ro/letters.json'
import { buildLetterModel, type LetterInput } from '../../../../renderer/domain/collections/letter'
import { DEFAULT_RATES } from '../../../../renderer/domain/collections/rates'
import { extraReminderStep } from '../../../../renderer/domain/collections/schedule'
import type { CollectionStep } from '../../../../renderer/domain/collections/types'
import { address, company, roCompany } from '../fixtures'
import { business, issued } from './helpers'

const step = (id: string): CollectionStep => business.steps.find((s) => s.id === id) as CollectionStep
const settings = { dayCount: 'act365' as const, compensationEur: 4000, eurToRon: 4.9771 }
const customer = {
  id: 'cus-1',
  legalName: 'Ultramarinos Pérez SL',
  taxId: 'A28015865',
  tradeRegister: '',
  address: address('ES'),
  contacts: [
    { name: 'Luis', role: 'compras', email: '', phone: '', approvesInvoices: false },
    { name: 'Marta Gil', role: 'administración', email: '', phone: '', approvesInvoices: true },
  ],
  contractualRate: null,
}
const i1 = issued('1', '2025-08-02', '2025-09-01', 125000) // 37 days late on 2025-10-08: 12,86 interest
const i2 = issued('2', '2025-08-20', '2025-09-19', 200000) // partly paid: 80.000 on 2025-09-29

function input(over: Partial<LetterInput> = {}): LetterInput {
  return {
    company: company(),
    customer,
    invoices: [
      { invoice: i2, reductions: [{ date: '2025-09-29', amount: 80000 }] },
      { invoice: i1, reductions: [] },
    ],
    step: step('demand'),
    template: es.demand,
    settings,
    rates: DEFAULT_RATES,
    today: '2025-10-08',
    language: 'es',
    remindersSent: 3,
    ...over,
  }
}

describe('buildLetterModel', () => {
  it('Spanish demand: totals to the cent, pay by today + 10, legal text filled in', () => {
    const m = buildLetterModel(input({ steps: [step('demand'), { ...step('r3'), fee: 1500 }] }))
    // i2: 200.000 from 09-20 to 09-29 (10 days) = 5,5616 -> 5,56; 120.000 from 09-30 to 10-08 (9 days) = 3,0033 -> 3,00
    expect(m.invoices.map((r) => [r.number, r.outstanding, r.daysLate, r.interest, r.rate, r.compensation])).toEqual([
      ['F2026-1', 125000, 37, 1286, 1015, 4000],
      ['F2026-2', 120000, 19, 556 + 300, 1015, 4000],
    ])
    expect(m.principal).toBe(245000)
    expect(m.interest).toBe(2142)
    expect(m.compensation).toBe(8000)
    expect(m.fees).toBe(1500)
    expect(m.totalClaimed).toBe(245000 + 2142 + 8000 + 1500)
    expect(m.payBy).toBe('2025-10-18')
    expect(m).toMatchObject({ kind: 'demand', templateKey: 'demand', language: 'es', country: 'ES', currency: 'EUR', date: '2025-10-08', remindersSent: 3 })
    expect(m.customer.contactName).toBe('Marta Gil')
    expect(m.subject).toBe('Requerimiento formal de pago')
    const text = m.paragraphs.join('\n')
    expect(text).not.toContain('{{')
    expect(text).toContain('Distribuciones Ejemplo SL, con NIF B12345674')
    expect(text).toContain('Ultramarinos Pérez SL, con NIF A28015865')
    expect(text).toContain('(número de facturas: 2)')
    expect(text).toContain('Total reclamado: 2.566,42\u00a0€')
    expect(text).toContain('principal 2.450,00\u00a0€; intereses de demora 21,42\u00a0€; indemnización por costes de cobro 80,00\u00a0€; gastos 15,00\u00a0€')
    expect(text).toContain('10,15\u00a0%')
    expect(text).toContain('el 18/10/2025')
    expect(text).toContain('ES91 2100 0418 4502 0005 1332')
    expect(text).toContain('venció el 01/09/2025, hace 37 días')
    expect(text).toContain('remitido 3 recordatorios')
    expect(m.paragraphs.length).toBe(es.demand.body.split('\n\n').length)
  })

  it('reminders ask to pay within 7 days; the courtesy letter by the due date', () => {
    const r1 = buildLetterModel(input({ step: step('r1'), template: es.reminder1 }))
    expect(r1.payBy).toBe('2025-10-15')
    expect(r1.kind).toBe('reminder')
    expect(r1.fees).toBe(0)
    const notDue = issued('3', '2025-09-20', '2025-10-20', 50000)
    const c = buildLetterModel(input({ step: step('courtesy'), template: es.courtesy, invoices: [{ invoice: notDue, reductions: [] }] }))
    expect(c.payBy).toBe('2025-10-20')
    expect(c.interest).toBe(0)
    expect(c.compensation).toBe(0)
    expect(c.totalClaimed).toBe(50000)
    expect(c.paragraphs.join(' ')).toContain('vence el 20/10/2025')
  })

  it('interest and the 40 EUR compensation are claimed from the last reminder on, not in the friendly ones', () => {
    for (const id of ['r1', 'r2']) {
      const m = buildLetterModel(input({ step: step(id), template: es.reminder1 }))
      expect([m.interest, m.compensation, m.totalClaimed]).toEqual([0, 0, 245000])
      expect(m.invoices.every((r) => r.interest === 0 && r.compensation === 0)).toBe(true)
    }
    const r3 = buildLetterModel(input({ step: step('r3'), template: es.reminder3 }))
    expect([r3.interest, r3.compensation, r3.totalClaimed]).toEqual([2142, 8000, 245000 + 2142 + 8000])
    const extra = buildLetterModel(input({ step: extraReminderStep(business, 1), template: es.reminder3 }))
    expect(extra.interest).toBe(2142)
  })

  it('an extra reminder uses the firmest reminder template', () => {
    const m = buildLetterModel(input({ step: extraReminderStep(business, 1), template: en.reminder3, language: 'en' }))
    expect(m.templateKey).toBe('reminder3')
    expect(m.subject).toBe('Final reminder before a formal demand for payment')
    expect(m.paragraphs.join(' ')).toContain('Spanish Law 3/2004')
    expect(m.paragraphs.join(' ')).toContain('today amounts to €21.42')
    expect(m.paragraphs.join(' ')).toContain('(€80.00 in total)')
  })

  it('Romanian demand in lei: RO rates, compensation in lei, pay by today + 15', () => {
    const roSeller = { legalName: 'Exemplu Distribuție SRL', taxId: 'RO14399840', tradeRegister: 'J40/1234/2010', address: address('RO') }
    const inv = { ...issued('9', '2025-08-02', '2025-09-01', 1000000), currency: 'RON' as const, seller: roSeller }
    const m = buildLetterModel(
      input({
        company: roCompany(),
        customer: { ...customer, legalName: 'Client Exemplu SRL', taxId: 'RO18547290', tradeRegister: 'J12/345/2015' },
        invoices: [{ invoice: inv, reductions: [] }],
        template: ro.demand,
        language: 'ro',
      }),
    )
    expect(m.currency).toBe('RON')
    expect(m.interest).toBe(14699) // 10.000 × 14,50 % × 37 / 365 = 146,9863
    expect(m.compensation).toBe(19908)
    expect(m.payBy).toBe('2025-10-23')
    const text = m.paragraphs.join('\n')
    expect(text).toContain('Nr. Reg. Com. J40/1234/2010')
    expect(text).toContain('Nr. Reg. Com. J12/345/2015')
    expect(text).toContain('14,5\u00a0%')
    expect(text).toContain('199,08\u00a0lei')
    expect(text).not.toContain('{{')
  })

  it('refuses a letter without invoices or with mixed currencies', () => {
    expect(() => buildLetterModel(input({ invoices: [] }))).toThrow('letters.noInvoices')
    const ron = { ...i1, id: 'r', currency: 'RON' as const }
    expect(() => buildLetterModel(input({ invoices: [{ invoice: i1, reductions: [] }, { invoice: ron, reductions: [] }] }))).toThrow(
      'letters.mixedCurrencies',
    )
  })
})
