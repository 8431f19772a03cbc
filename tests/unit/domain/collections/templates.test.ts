import { describe, expect, it } from 'vitest'
import en from '../../../../locales/en/letters.json'
import es from '../../../../locales/es/letters.json'
import ro from '../../../../locales/ro/letters.json'
import {
  PLACEHOLDERS,
  TEMPLATE_KEYS,
  assertValidTemplate,
  paragraphsOf,
  renderTemplate,
  validateTemplate,
  type LetterTemplateText,
} from '../../../../renderer/domain/collections/templates'

const DEFAULTS: Record<string, Record<string, LetterTemplateText>> = { es, ro, en }
const filled = Object.fromEntries(PLACEHOLDERS.map((p) => [p, `<${p}>`]))

describe('validateTemplate', () => {
  it('rejects an unknown placeholder, naming it (once)', () => {
    const errors = validateTemplate('Hola {{customer.name}}, debe {{importe}} desde {{importe}} y {{ company.nombre }}.')
    expect(errors.map((e) => [e.code, e.params])).toEqual([
      ['letters.unknownPlaceholder', { name: 'importe' }],
      ['letters.unknownPlaceholder', { name: 'company.nombre' }],
    ])
    expect(() => assertValidTemplate({ subject: 'Aviso {{foo}}', body: '' })).toThrow('letters.unknownPlaceholder {"name":"foo"}')
  })

  it('rejects a field left open', () => {
    const errors = validateTemplate('Total: {{totalClaimed} euros')
    expect(errors.map((e) => e.code)).toEqual(['letters.unclosedPlaceholder'])
  })

  it('accepts every listed placeholder, with or without spaces', () => {
    expect(validateTemplate(PLACEHOLDERS.map((p) => `{{${p}}} {{ ${p} }}`).join('\n'))).toEqual([])
  })
})

describe('renderTemplate', () => {
  it('fills in the values and keeps paragraphs apart', () => {
    const text = 'Estimado {{customer.name}}:\n\nDebe {{ principal }}.\nPague antes del {{payBy}}.\n\n\n'
    const out = renderTemplate(text, { 'customer.name': 'Pérez SL', principal: '1.250,00 €', payBy: '15/10/2025' })
    expect(paragraphsOf(out)).toEqual(['Estimado Pérez SL:', 'Debe 1.250,00 €.\nPague antes del 15/10/2025.'])
    expect(renderTemplate('{{fees}}', {})).toBe('')
    expect(() => renderTemplate('{{nope}}', {})).toThrow('letters.unknownPlaceholder')
  })
})

describe('default templates (locales/*/letters.json)', () => {
  for (const lang of ['es', 'ro', 'en']) {
    for (const key of TEMPLATE_KEYS) {
      it(`${lang}/${key} validates and renders without leftover fields`, () => {
        const t = DEFAULTS[lang]?.[key]
        expect(t, `${lang}/${key}`).toBeDefined()
        if (!t) return
        expect(validateTemplate(t.subject)).toEqual([])
        expect(validateTemplate(t.body)).toEqual([])
        const body = renderTemplate(t.body, filled)
        expect(body).not.toContain('{{')
        expect(body).not.toContain('}}')
        expect(renderTemplate(t.subject, filled)).not.toContain('{{')
        expect(paragraphsOf(body).length).toBeGreaterThanOrEqual(4)
        // Amounts come from placeholders, never typed in the text.
        expect(t.body).not.toMatch(/\d+[.,]\d{2}\s?(€|EUR|lei)/)
      })
    }
  }

  it('have the same keys in every language', () => {
    expect(Object.keys(ro).sort()).toEqual(Object.keys(es).sort())
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort())
    expect(Object.keys(es).sort()).toEqual([...TEMPLATE_KEYS].sort())
  })

  it('Spanish demand: requerimiento with Ley 3/2004 arts. 5, 7, 8, 40 euros, IBAN, deadline, negotiation, proceso monitorio', () => {
    const body = es.demand.body
    for (const s of ['Ley 3/2004', 'artículos 5 y 7', 'artículo 8', '40 euros', '{{company.iban}}', '{{payBy}}', '{{interestRate}}', '{{daysLate}}', 'calendario de pagos', 'proceso monitorio', '{{customer.taxId}}', '{{company.taxId}}']) {
      expect(body).toContain(s)
    }
    expect(es.demand.subject).toMatch(/Requerimiento/)
  })

  it('Romanian demand: somație with Legea 72/2013, OG 13/2011, 40 euro, 15 days, IBAN, ordonanța de plată, Reg. Com. of both', () => {
    const body = ro.demand.body
    for (const s of ['Legea nr. 72/2013', 'OG nr. 13/2011', '40 de euro', '15 zile', '{{company.iban}}', 'ordonanței de plată', '{{company.tradeRegister}}', '{{customer.tradeRegister}}', 'eșalonare']) {
      expect(body).toContain(s)
    }
    expect(ro.demand.subject).toBe('Somație de plată')
    const all = JSON.stringify(ro)
    expect(all).toMatch(/[ăâîșț]/)
    expect(all).not.toMatch(/[şţŞŢ]/)
  })

  it('reminder 3 announces interest, the 40 EUR compensation and the formal demand in every language', () => {
    expect(es.reminder3.body).toMatch(/\{\{interest\}\}[\s\S]*40 euros[\s\S]*requerimiento formal/)
    expect(ro.reminder3.body).toMatch(/\{\{interest\}\}[\s\S]*40 de euro[\s\S]*somație de plată/)
    expect(en.reminder3.body).toMatch(/\{\{interest\}\}[\s\S]*40 euros[\s\S]*formal demand/)
  })
})
