import { describe, expect, it } from 'vitest'
import { detectFormat, parseStatementFile, readStatementFile, withValidation } from '../../../../renderer/domain/bank/detect'
import { parseRows } from '../../../../renderer/domain/bank/csvRows'
import type { ColumnMapping } from '../../../../renderer/domain/bank/types'
import { fixture, utf8 } from './fixtures'

const COMPANY = [
  'ES91 2100 0418 4502 0005 1332', 'ES7700491500012810123456', 'DE89370400440532013000', 'RO49AAAA1B31007593840000',
  'NL91ABNA0417164300',
]

const ES_MAPPING: ColumnMapping = {
  id: 'caixa', name: 'CaixaBank', skipRows: 3, hasHeader: true, delimiter: ';', decimalSeparator: ',', dateFormat: 'dd/mm/yyyy',
  columns: { bookingDate: 0, valueDate: 1, amount: 4, credit: null, debit: null, remittance: [2, 3], counterpartyName: null, counterpartyIban: null, reference: null, balance: 5 },
  accountIban: 'ES9121000418450200051332', currency: 'EUR',
}

describe('detectFormat', () => {
  it('recognises each sample by its content', () => {
    expect(detectFormat(fixture('norma43-two-accounts.n43'), 'extracto.txt')).toBe('norma43')
    expect(detectFormat(fixture('mt940-two-statements.sta'), 'x.sta')).toBe('mt940')
    expect(detectFormat(fixture('mt940-overlap-a.txt'), 'x.txt')).toBe('mt940')
    expect(detectFormat(fixture('camt053-v02-two-accounts.xml'), 'x.xml')).toBe('camt053')
    expect(detectFormat(fixture('camt053-v08.xml'), 'x')).toBe('camt053')
    expect(detectFormat(fixture('csv-es-newest-first.csv'), 'movimientos.csv')).toBe('csv')
    expect(detectFormat(fixture('csv-ro-debit-credit.csv'), 'extras.CSV')).toBe('csv')
  })

  it('recognises XLSX by its ZIP signature and name, and nothing else', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])
    expect(detectFormat(zip, 'movimientos.xlsx')).toBe('xlsx')
    expect(detectFormat(zip, 'archive.zip')).toBeNull()
    expect(detectFormat(utf8('<html><body>hola</body></html>'), 'page.xml')).toBeNull()
    expect(detectFormat(utf8('just some words'), 'notes.txt')).toBeNull()
    expect(detectFormat(new Uint8Array(), 'empty.csv')).toBeNull()
  })
})

describe('readStatementFile: parse + validate in one step', () => {
  it('accepts every sample of the company’s accounts', () => {
    for (const name of ['norma43-two-accounts.n43', 'mt940-two-statements.sta', 'mt940-overlap-b.txt', 'camt053-v02-two-accounts.xml', 'camt053-v08.xml']) {
      const r = readStatementFile(fixture(name), name, { companyIbans: COMPANY })
      expect(r.ok, name).toBe(true)
    }
    expect(readStatementFile(fixture('csv-es-newest-first.csv'), 'm.csv', { companyIbans: COMPANY, mapping: ES_MAPPING }).ok).toBe(true)
  })

  it('refuses a file of another account, a CSV without a mapping, an unknown format, an XLSX as bytes', () => {
    expect(readStatementFile(fixture('camt053-v08.xml'), 'c.xml', { companyIbans: ['ES9121000418450200051332'] })).toEqual({
      ok: false, problems: [{ line: 5, code: 'bank.accountUnknown', params: { account: 'RO49AAAA1B31007593840000' } }],
    })
    expect(parseStatementFile(fixture('csv-es-newest-first.csv'), 'm.csv')).toEqual({
      ok: false, problems: [{ line: 0, code: 'bank.csv.mappingRequired', params: {} }],
    })
    expect(readStatementFile(utf8('hello'), 'a.pdf', { companyIbans: COMPANY })).toEqual({
      ok: false, problems: [{ line: 0, code: 'bank.unknownFormat', params: { file: 'a.pdf' } }],
    })
    expect(parseStatementFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'b.xlsx')).toMatchObject({ ok: false, problems: [{ code: 'bank.xlsxRows' }] })
  })

  it('validates XLSX rows read by main the same way', () => {
    const rows = [['Fecha', 'Concepto', 'Importe'], ['2026-01-05', 'Pago', '10']]
    const mapping = { ...ES_MAPPING, skipRows: 0, columns: { ...ES_MAPPING.columns, valueDate: null, amount: 2, remittance: [1], balance: null } }
    expect(withValidation(parseRows(rows, mapping, { format: 'xlsx' }), COMPANY).ok).toBe(true)
    expect(withValidation(parseRows(rows, { ...mapping, accountIban: 'ES7921000813610123456789' }, { format: 'xlsx' }), COMPANY)).toEqual({
      ok: false, problems: [{ line: 2, code: 'bank.accountUnknown', params: { account: 'ES7921000813610123456789' } }],
    })
  })
})
