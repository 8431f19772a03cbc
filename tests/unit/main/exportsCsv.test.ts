// @vitest-environment node
/** CSV exports parsed back: BOM, CRLF, delimiter and decimal separator per language, quoting, formula guard. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { AgingExportRow, PaymentRegisterRow } from '../../../electron/contract/exports'
import { csvQuote, guardFormula } from '../../../electron/main/exports/cells'
import { tempDir } from './helpers'
import { beginReq, ES_RATES, esSalesRows, harnessIn, runExport } from './exports/fixtures'

/** RFC 4180 parser (quotes, doubled quotes, delimiters and line breaks inside quotes); expects CRLF line ends. */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === delimiter) {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else if (ch === '\n') throw new Error(`bare LF at ${i}`)
    else cell += ch
  }
  if (cell !== '' || row.length > 0) throw new Error('last line not terminated by CRLF')
  return rows
}

describe('CSV exports', () => {
  it('es sales register: BOM, ";", decimal comma, dd/mm/yyyy, quoted text, formula guard, no totals row', async () => {
    const res = await runExport(harnessIn(tempDir()), beginReq({ kind: 'salesRegister', format: 'csv', rates: ES_RATES, title: ['ignored in CSV'] }), [
      esSalesRows().slice(0, 1),
      esSalesRows().slice(1),
    ])
    expect(res.path.endsWith('Exportación.csv')).toBe(true)
    expect(res.rows).toBe(3)
    const bytes = readFileSync(res.path)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    expect(text).not.toContain('ignored in CSV')
    const rows = parseCsv(text, ';')
    expect(rows).toHaveLength(4)
    expect(rows[0]!.slice(0, 3)).toEqual(['Tipo de factura', 'Fecha de expedición', 'Fecha de operación'])
    expect(rows[0]!.slice(9, 12)).toEqual(['Base 21\u00a0%', 'IVA 21\u00a0%', 'Recargo 5,2\u00a0%'])
    // No cancelled invoice in this register: no cancellation columns.
    expect(rows.every((r) => r.length === 22)).toBe(true)
    expect(rows[0]!.slice(21)).toEqual(['Tipo de cambio'])
    expect(rows[1]).toEqual([
      'Factura', '15/01/2026', '12/01/2026', 'F', 'F2026-000001', '', 'Ultramarinos Ñuñez Pérez', '12345678Z', 'ES',
      '1000,00', '210,00', '52,00', '500,00', '50,00', '7,00', '1500,00', '260,00', '59,00', '1819,00', '', '', '',
    ])
    // A customer name that a spreadsheet would run as a formula gets an apostrophe.
    expect(rows[2]![6]).toBe('\'=HYPERLINK("http://x")')
    expect(rows[2]!.slice(9, 13)).toEqual(['123,45', '25,92', '', ''])
    expect(rows[3]!.slice(0, 7)).toEqual(['Factura rectificativa', '03/02/2026', '', 'R', 'R2026-000001', 'F2026-000001', 'Bar "El Cruce"; S.L.'])
    expect(rows[3]![18]).toBe('-126,20')
    // The raw line quotes the field holding ";" and '"'.
    expect(text).toContain(';"Bar ""El Cruce""; S.L.";')
  })

  it('en payments: ",", decimal point, yyyy-mm-dd, no thousands separators, guarded references', async () => {
    const rows: PaymentRegisterRow[] = [
      { date: '2026-04-01', customerCode: 'C1', customerName: 'Smith, Jones & Co', taxId: 'X', method: 'transfer', reference: '-1+1', amount: 123456789, allocated: 123456789, discount: 0, unallocated: 0, invoices: 'F1, F2' },
      { date: '2026-04-02', customerCode: 'C2', customerName: 'B', taxId: 'Y', method: 'cash', reference: '@SUM(A1)', amount: 5, allocated: 0, discount: 0, unallocated: 5, invoices: '' },
    ]
    const res = await runExport(harnessIn(tempDir()), beginReq({ kind: 'payments', format: 'csv', language: 'en' }), [rows])
    const parsed = parseCsv(readFileSync(res.path, 'utf8').slice(1), ',')
    expect(parsed[0]).toEqual(['Payment date', 'Customer code', 'Customer', 'Tax ID', 'Payment method', 'Reference', 'Amount received', 'Applied to invoices', 'Early-payment discount', 'Unapplied', 'Invoices settled'])
    expect(parsed[1]).toEqual(['2026-04-01', 'C1', 'Smith, Jones & Co', 'X', 'Bank transfer', "'-1+1", '1234567.89', '1234567.89', '0.00', '0.00', 'F1, F2'])
    expect(parsed[2]).toEqual(['2026-04-02', 'C2', 'B', 'Y', 'Cash', "'@SUM(A1)", '0.05', '0.00', '0.00', '0.05', ''])
    expect(parsed).toHaveLength(3)
  })

  it('ro aging: diacritics in the header, dd.mm.yyyy, decimal comma', async () => {
    const rows: AgingExportRow[] = [
      { customerCode: 'C9', customerName: 'Țiței Import S.A.', taxId: 'RO14399840', buckets: [0, 150075, -5], total: 150070, oldestDueDate: '2026-02-28' },
    ]
    const res = await runExport(harnessIn(tempDir()), beginReq({ kind: 'aging', format: 'csv', language: 'ro', currency: 'RON', bounds: [0, 30] }), [rows])
    const parsed = parseCsv(readFileSync(res.path, 'utf8').slice(1), ';')
    expect(parsed).toEqual([
      ['Cod client', 'Client', 'CUI', 'În termen', '1–30 de zile', 'Peste 30 de zile', 'Total de încasat', 'Cea mai veche scadență'],
      ['C9', 'Țiței Import S.A.', 'RO14399840', '0,00', '1500,75', '-0,05', '1500,70', '28.02.2026'],
    ])
  })

  it('guards every formula start and quotes per RFC 4180', () => {
    for (const s of ['=1', '+1', '-1', '@x', '\tx', '\rx']) expect(guardFormula(s)).toBe(`'${s}`)
    expect(guardFormula('1-2')).toBe('1-2')
    expect(csvQuote('a;b', ';')).toBe('"a;b"')
    expect(csvQuote('a,b', ';')).toBe('a,b')
    expect(csvQuote('line\r\nbreak', ',')).toBe('"line\r\nbreak"')
    expect(csvQuote('say "hi"', ',')).toBe('"say ""hi"""')
  })
})
