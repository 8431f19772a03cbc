import { describe, expect, it } from 'vitest'
import { decodeCsv, parseCsv, readCsv, sniffDelimiter } from '../../../../renderer/domain/bank/csv'
import { parseAmountCell, parseDateCell } from '../../../../renderer/domain/bank/csvCells'
import { suggestMapping } from '../../../../renderer/domain/bank/csvMapping'
import { parseRows } from '../../../../renderer/domain/bank/csvRows'
import type { BankStatement, ColumnMapping, ParseResult } from '../../../../renderer/domain/bank/types'
import { validateStatements } from '../../../../renderer/domain/bank/validate'
import { encodeLatin1, fixture, latin1Fixture } from './fixtures'

const ES_IBAN = 'ES9121000418450200051332'
const RO_IBAN = 'RO49AAAA1B31007593840000'

function statements(r: ParseResult): BankStatement[] {
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.statements
}

function mappingOf(name: string, accountIban: string, currency: 'EUR' | 'RON'): ColumnMapping {
  const { text } = decodeCsv(fixture(name))
  const delimiter = sniffDelimiter(text)
  const m = suggestMapping(readCsv(text, delimiter).rows, { delimiter, accountIban, currency, id: 'm1', name: 'Banco' })
  if (!m) throw new Error('no mapping')
  return m
}

describe('readCsv (RFC 4180)', () => {
  it('reads quoted fields, doubled quotes, delimiters and line breaks inside quotes, and keeps file lines', () => {
    const t = readCsv('a;"b;c";"say ""hi"""\r\n"multi\nline";2;3\n\nlast;;', ';')
    expect(t.rows).toEqual([['a', 'b;c', 'say "hi"'], ['multi\nline', '2', '3'], [''], ['last', '', '']])
    expect(t.lines).toEqual([1, 2, 4, 5])
  })

  it('guesses the delimiter', () => {
    expect(sniffDelimiter('Fecha;Importe;Saldo\n01/01/2026;1,00;2,00\n')).toBe(';')
    expect(sniffDelimiter('Date,Amount,"Text, with comma"\n2026-01-01,1.00,x\n')).toBe(',')
    expect(sniffDelimiter('Date\tAmount\n2026-01-01\t1.00\n')).toBe('\t')
  })
})

describe('cells', () => {
  it('reads amounts exactly in the mapping’s convention', () => {
    expect(parseAmountCell('1.234,56', ',')).toBe(123456)
    expect(parseAmountCell('-1.234,5', ',')).toBe(-123450)
    expect(parseAmountCell('(12,00)', ',')).toBe(-1200)
    expect(parseAmountCell('12,00-', ',')).toBe(-1200)
    expect(parseAmountCell('1 234,56 €', ',')).toBe(123456)
    expect(parseAmountCell('1,234.56', '.')).toBe(123456)
    expect(parseAmountCell('+0.07', '.')).toBe(7)
    expect(parseAmountCell('1234.56', ',')).toBeNull()
    expect(parseAmountCell('0,005', ',')).toBeNull()
    expect(parseAmountCell('12,3400', ',')).toBe(1234)
    expect(parseAmountCell('abc', ',')).toBeNull()
    expect(parseAmountCell('1234.5', ',', true)).toBe(123450)
  })

  it('reads dates in the mapping’s format, ISO always', () => {
    expect(parseDateCell('09/01/2026', 'dd/mm/yyyy')).toBe('2026-01-09')
    expect(parseDateCell('9.1.26', 'dd.mm.yyyy')).toBe('2026-01-09')
    expect(parseDateCell('01/09/2026', 'mm/dd/yyyy')).toBe('2026-01-09')
    expect(parseDateCell('2026-01-09', 'dd/mm/yyyy')).toBe('2026-01-09')
    expect(parseDateCell('09/01/2026 10:30', 'dd/mm/yyyy')).toBe('2026-01-09')
    expect(parseDateCell('31/02/2026', 'dd/mm/yyyy')).toBeNull()
    expect(parseDateCell('hoy', 'dd/mm/yyyy')).toBeNull()
  })
})

describe('a Spanish export: windows-1252, ";", decimal comma, newest first, title rows', () => {
  const mapping = mappingOf('csv-es-newest-first.csv', ES_IBAN, 'EUR')

  it('suggests the mapping from the Spanish header names', () => {
    expect(mapping).toMatchObject({
      skipRows: 3, hasHeader: true, delimiter: ';', decimalSeparator: ',', dateFormat: 'dd/mm/yyyy',
      columns: { bookingDate: 0, valueDate: 1, remittance: [2, 3], amount: 4, credit: null, debit: null, balance: 5, reference: null },
    })
  })

  it('reads the movements in date order, checks the running balance and derives the balances', () => {
    const r = parseCsv(fixture('csv-es-newest-first.csv'), mapping)
    const [s] = statements(r)
    expect(r.ok && r.encoding).toBe('windows-1252')
    expect(s).toMatchObject({
      format: 'csv', accountIban: ES_IBAN, currency: 'EUR', from: '2026-01-06', to: '2026-01-09',
      openingBalance: 1358543, closingBalance: 1490342, endLine: 5,
    })
    expect(s?.lines.map((l) => [l.seq, l.bookingDate, l.amount])).toEqual([
      [8, '2026-01-06', -1200],
      [7, '2026-01-07', 50000],
      [6, '2026-01-08', -38001],
      [5, '2026-01-09', 121000],
    ])
    expect(s?.lines[0]?.remittance).toBe('COMISIÓN MANTENIMIENTO')
    expect(s?.lines[2]?.remittance).toBe('RECIBO TELEFÓNICA Recibo; diciembre')
    expect(s?.lines[1]?.valueDate).toBe('2026-01-08')
    expect(validateStatements(statements(r), { companyIbans: [ES_IBAN] })).toEqual([])
  })

  it('refuses a broken running balance and a bad date, with the file line', () => {
    const text = latin1Fixture('csv-es-newest-first.csv')
    expect(parseCsv(encodeLatin1(text.replace('13.693,42', '13.693,43')), mapping)).toEqual({
      ok: false,
      problems: [{ line: 6, code: 'bank.csv.runningBalance', params: { expected: 1369343, found: 1369342, expectedAmount: '13693.43', foundAmount: '13693.42' } }],
    })
    expect(parseCsv(encodeLatin1(text.replace('07/01/2026;08/01/2026', '07/13/2026;08/01/2026')), mapping)).toEqual({
      ok: false, problems: [{ line: 7, code: 'bank.invalidDate', params: { value: '07/13/2026' } }],
    })
    expect(parseCsv(encodeLatin1(text.replace('-12,00', '-12.00')), mapping)).toEqual({
      ok: false, problems: [{ line: 8, code: 'bank.invalidAmount', params: { value: '-12.00' } }],
    })
  })
})

describe('a Romanian export: UTF-8 with BOM, ",", decimal point, debit and credit columns', () => {
  const mapping = mappingOf('csv-ro-debit-credit.csv', RO_IBAN, 'RON')

  it('suggests the mapping from the Romanian header names', () => {
    expect(mapping).toMatchObject({
      skipRows: 0, delimiter: ',', decimalSeparator: '.', dateFormat: 'dd.mm.yyyy',
      columns: { bookingDate: 0, valueDate: 1, remittance: [2], reference: 3, amount: null, debit: 4, credit: 5, balance: 6 },
    })
  })

  it('reads credits minus debits with the diacritics intact', () => {
    const r = parseCsv(fixture('csv-ro-debit-credit.csv'), mapping)
    const [s] = statements(r)
    expect(r.ok && r.encoding).toBe('utf-8')
    expect(s).toMatchObject({ currency: 'RON', openingBalance: 133000, closingBalance: 632450 })
    expect(s?.lines.map((l) => l.amount)).toEqual([476000, -1550, 25000])
    expect(s?.lines[0]).toMatchObject({ remittance: 'Plată factură F2026-000031, SC Mărțișor SRL', bankReference: 'RO-778899' })
    expect(s?.lines[2]?.remittance).toBe('Încasare "Țesătoria" SRL')
    expect(validateStatements(statements(r), { companyIbans: [RO_IBAN] })).toEqual([])
  })
})

describe('parseRows for XLSX cells', () => {
  const mapping: ColumnMapping = {
    id: 'x', name: 'XLSX', skipRows: 0, hasHeader: true, delimiter: ';', decimalSeparator: ',', dateFormat: 'dd/mm/yyyy',
    columns: { bookingDate: 0, valueDate: null, amount: 2, credit: null, debit: null, remittance: [1], counterpartyName: 3, counterpartyIban: 4, reference: null, balance: null },
    accountIban: ES_IBAN, currency: 'EUR',
  }

  it('reads ISO dates and machine numbers whatever the mapping says, rows numbered as in the sheet', () => {
    const rows = [
      ['Fecha', 'Concepto', 'Importe', 'Ordenante', 'IBAN'],
      ['2026-01-05', 'Pago F2026-000040', '1234.5', 'Ferretería López', 'es79 2100 0813 6101 2345 6789'],
      ['', '', '', '', ''],
      ['06/01/2026', 'Comisión', '-0.3', '', ''],
    ]
    const [s] = statements(parseRows(rows, mapping, { format: 'xlsx' }))
    expect(s).toMatchObject({ format: 'xlsx', openingBalance: null, closingBalance: null })
    expect(s?.lines.map((l) => [l.seq, l.amount])).toEqual([[2, 123450], [4, -30]])
    expect(s?.lines[0]).toMatchObject({ counterpartyName: 'Ferretería López', counterpartyIban: 'ES7921000813610123456789', valueDate: '2026-01-05' })
  })

  it('refuses a mapping without a date or an amount column', () => {
    const noAmount = { ...mapping, columns: { ...mapping.columns, amount: null } }
    expect(parseRows([['x']], noAmount)).toEqual({ ok: false, problems: [{ line: 0, code: 'bank.csv.mappingAmount', params: {} }] })
  })
})
