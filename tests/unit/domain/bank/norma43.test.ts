import { describe, expect, it } from 'vitest'
import { spanishCccCheckDigits, spanishIbanFromAccount } from '../../../../renderer/domain/bank/accounts'
import { parseNorma43 } from '../../../../renderer/domain/bank/norma43'
import type { BankStatement, ParseResult } from '../../../../renderer/domain/bank/types'
import { validateStatements } from '../../../../renderer/domain/bank/validate'
import { editLine, encodeLatin1, fixture, latin1Fixture, setColumns, utf8 } from './fixtures'

const FILE = 'norma43-two-accounts.n43'
const IBAN_1 = 'ES9121000418450200051332'
const IBAN_2 = 'ES7700491500012810123456'
const COMPANY = [IBAN_1, 'es77 0049 1500 0128 1012 3456']

function statements(r: ParseResult): BankStatement[] {
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.statements
}

function problemsOf(text: string) {
  const r = parseNorma43(encodeLatin1(text))
  return r.ok ? validateStatements(r.statements, { companyIbans: COMPANY }) : r.problems
}

describe('Spanish CCC and IBAN', () => {
  it('computes the CCC check digits and the IBAN', () => {
    expect(spanishCccCheckDigits('2100', '0418', '0200051332')).toBe('45')
    expect(spanishIbanFromAccount('2100', '0418', '0200051332')).toBe(IBAN_1)
    expect(spanishIbanFromAccount('0049', '1500', '2810123456')).toBe(IBAN_2)
  })
})

describe('parseNorma43: a file with two accounts', () => {
  const r = parseNorma43(fixture(FILE))
  const [a, b] = statements(r)

  it('gives one statement per 11…33 group, read as windows-1252', () => {
    expect(r.ok && r.encoding).toBe('windows-1252')
    expect(statements(r)).toHaveLength(2)
    expect(a).toMatchObject({
      format: 'norma43', accountIban: IBAN_1, accountId: '2100-0418-0200051332', currency: 'EUR',
      from: '2026-01-05', to: '2026-01-09', openingBalance: 1234567, closingBalance: 1369342, startLine: 1, endLine: 12,
    })
    expect(b).toMatchObject({
      accountIban: IBAN_2, openingBalance: -50000, closingBalance: 150000, startLine: 13, endLine: 16,
    })
  })

  it('reads movements to the cent: sign 1 debit, 2 credit, 2 implied decimals', () => {
    expect(a?.lines.map((l) => l.amount)).toEqual([121000, -35025, 50000, -1200])
    expect(a?.lines.map((l) => l.seq)).toEqual([2, 5, 7, 10])
    expect(b?.lines.map((l) => l.amount)).toEqual([200000])
    expect(a?.lines[2]).toMatchObject({ bookingDate: '2026-01-07', valueDate: '2026-01-08', typeCode: '02' })
  })

  it('joins the concepts of records 22 and 23 and finds the party, its NIF and IBAN', () => {
    expect(a?.lines[0]).toMatchObject({
      remittance: 'TRANSFERENCIA ORDENANTE: FERRETERIA LOPEZ SL NIF B12345674 PAGO FRA F2026-000012 ES7921000813610123456789',
      counterpartyName: 'FERRETERIA LOPEZ SL',
      counterpartyTaxId: 'B12345674',
      counterpartyIban: 'ES7921000813610123456789',
      bankReference: '',
    })
    expect(a?.lines[1]).toMatchObject({ bankReference: '004512345678', remittance: 'RECIBO ENDESA ENERGIA SAU SUMINISTRO ELECTRICO DICIEMBRE' })
    expect(a?.lines[2]?.remittance).toBe('TRANSFERENCIA ORDENANTE: COMERCIAL CAÑADA SL PAGO FRA F2026-000015 Y ABONO REGULARIZACIÓN PEDIDO 88')
    expect(b?.lines[0]).toMatchObject({ bankReference: '000000009901', counterpartyName: 'DISTRIBUCIONES GARCIA' })
  })

  it('passes validation when both accounts are the company’s', () => {
    expect(validateStatements(statements(r), { companyIbans: COMPANY })).toEqual([])
  })

  it('accepts the same file in UTF-8, with LF, trailing blanks past column 80 and a DOS end mark', () => {
    const text = latin1Fixture(FILE).replace(/\r\n/g, ' \n') + '\x1a'
    const u = parseNorma43(utf8(text))
    expect(u.ok && u.encoding).toBe('utf-8')
    expect(statements(u)[0]?.lines[2]?.remittance).toContain('CAÑADA')
    expect(statements(u).map((s) => s.closingBalance)).toEqual([1369342, 150000])
  })
})

describe('parseNorma43: refused files, with the line and the reason', () => {
  const text = latin1Fixture(FILE)

  it('a record of the wrong length', () => {
    expect(problemsOf(editLine(text, 5, (l) => l.slice(0, 79)))).toEqual([
      { line: 5, code: 'bank.n43.recordLength', params: { length: 79, expected: 80 } },
    ])
  })

  it('account totals (33) that do not match the movements', () => {
    const bad = editLine(text, 12, (l) => setColumns(l, 26, '00000000036226'))
    expect(problemsOf(bad)).toEqual([
      { line: 12, code: 'bank.n43.debitTotal', params: { expected: 36226, found: 36225, expectedAmount: '362.26', foundAmount: '362.25' } },
    ])
    const count = editLine(text, 12, (l) => setColumns(l, 40, '00003'))
    expect(problemsOf(count)).toEqual([{ line: 12, code: 'bank.n43.creditCount', params: { expected: 3, found: 2 } }])
  })

  it('a final balance that does not follow from the opening balance and the movements', () => {
    const bad = editLine(text, 12, (l) => setColumns(l, 60, '00000001369343'))
    expect(problemsOf(bad)).toEqual([
      { line: 12, code: 'bank.balanceMismatch', params: { expected: 1369343, found: 1369342, expectedAmount: '13693.43', foundAmount: '13693.42' } },
    ])
  })

  it('a wrong record count in 88, a missing 88, data after it', () => {
    expect(problemsOf(editLine(text, 17, (l) => setColumns(l, 21, '000015')))).toEqual([
      { line: 17, code: 'bank.n43.recordCount', params: { expected: 15, found: 16 } },
    ])
    const cut = text.split('\r\n').slice(0, 16).join('\r\n')
    expect(problemsOf(cut)).toEqual([{ line: 16, code: 'bank.n43.missingEnd', params: {} }])
    expect(problemsOf(`${text}${text.split('\r\n')[1]}\r\n`)).toEqual([{ line: 18, code: 'bank.n43.afterEnd', params: {} }])
  })

  it('a bad date, a bad sign key, a bad amount', () => {
    expect(problemsOf(editLine(text, 5, (l) => setColumns(l, 11, '260132')))).toEqual([
      { line: 5, code: 'bank.invalidDate', params: { value: '260132' } },
    ])
    expect(problemsOf(editLine(text, 7, (l) => setColumns(l, 28, '3')))).toEqual([{ line: 7, code: 'bank.n43.sign', params: { value: '3' } }])
    expect(problemsOf(editLine(text, 7, (l) => setColumns(l, 29, '0000000005000O')))).toEqual([
      { line: 7, code: 'bank.invalidAmount', params: { value: '0000000005000O' } },
    ])
  })

  it('records out of sequence, an unknown record type, too many concept records', () => {
    expect(problemsOf(editLine(text, 1, (l) => setColumns(l, 1, '22')))).toContainEqual({
      line: 1, code: 'bank.n43.sequence', params: { record: '22', expected: '11' },
    })
    expect(problemsOf(editLine(text, 11, (l) => setColumns(l, 1, '25')))).toEqual([{ line: 11, code: 'bank.n43.recordType', params: { value: '25' } }])
    const concept = text.split('\r\n')[2] ?? ''
    const many = editLine(text, 3, () => Array(6).fill(concept).join('\r\n'))
    expect(problemsOf(many)).toContainEqual({ line: 8, code: 'bank.n43.tooManyConcepts', params: { max: 5 } })
  })

  it('an account that is not the company’s', () => {
    const r = parseNorma43(fixture(FILE))
    expect(r.ok && validateStatements(r.statements, { companyIbans: [IBAN_1] })).toEqual([
      { line: 13, code: 'bank.accountUnknown', params: { account: IBAN_2 } },
    ])
  })

  it('a control character (a binary or mis-encoded file)', () => {
    expect(problemsOf(editLine(text, 6, (l) => setColumns(l, 10, '\u0001')))).toEqual([
      { line: 6, code: 'bank.encoding', params: { value: 'U+0001' } },
    ])
  })
})
