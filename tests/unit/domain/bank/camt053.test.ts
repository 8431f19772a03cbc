import { describe, expect, it } from 'vitest'
import { parseCamt053 } from '../../../../renderer/domain/bank/camt053'
import type { BankStatement, ParseResult } from '../../../../renderer/domain/bank/types'
import { validateStatements } from '../../../../renderer/domain/bank/validate'
import { fixture, lineOfOccurrence, utf8, utf8Fixture } from './fixtures'

const V02 = 'camt053-v02-two-accounts.xml'
const ES_A = 'ES9121000418450200051332'
const ES_B = 'ES7700491500012810123456'
const RO = 'RO49AAAA1B31007593840000'

function statements(r: ParseResult): BankStatement[] {
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.statements
}

function problemsOf(text: string) {
  const r = parseCamt053(utf8(text))
  return r.ok ? validateStatements(r.statements, { companyIbans: [ES_A, ES_B, RO] }) : r.problems
}

describe('parseCamt053: .001.02 with two Stmt and a batch entry', () => {
  const text = utf8Fixture(V02)
  const r = parseCamt053(fixture(V02))
  const [a, b] = statements(r)

  it('gives one statement per Stmt with OPBD/CLBD and the period', () => {
    expect(r.ok && r.encoding).toBe('utf-8')
    expect(a).toMatchObject({
      format: 'camt053', accountIban: ES_A, currency: 'EUR', from: '2026-01-09', to: '2026-01-09',
      openingBalance: 1369342, closingBalance: 1633841, reference: 'STMT-2026-01-09-A',
      startLine: lineOfOccurrence(text, '<Stmt>'), endLine: lineOfOccurrence(text, '<Bal>', 2),
    })
    expect(b).toMatchObject({ accountIban: ES_B, openingBalance: 150000, closingBalance: 145000 })
    expect(validateStatements(statements(r), { companyIbans: [ES_A, ES_B] })).toEqual([])
  })

  it('splits a batch entry into one line per TxDtls and leaves out pending entries', () => {
    expect(a?.lines.map((l) => l.amount)).toEqual([121000, 100000, 81500, -38001])
    expect(a?.lines.slice(0, 3).map((l) => l.seq)).toEqual([1, 2, 3].map((n) => lineOfOccurrence(text, '<TxDtls>', n)))
    expect(b?.lines.map((l) => [l.amount, l.remittance])).toEqual([[-5000, 'Comisión mantenimiento']])
  })

  it('takes the debtor of a credit (or the ultimate debtor), RmtInf Ustrd and Strd references', () => {
    expect(a?.lines[0]).toMatchObject({
      counterpartyName: 'Ferretería López SL', counterpartyIban: 'ES8001822370440201234567', remittance: 'Factura F2026-000020',
      bankReference: '2026010900001/E2E-F2026-000020', typeCode: 'PMNT-RCDT-BOOK', bookingDate: '2026-01-09',
    })
    expect(a?.lines[1]).toMatchObject({
      counterpartyName: 'Comercial Cañada SL', remittance: 'RF18539007547034', bankReference: '2026010900001/2026010900001-2',
    })
    expect(a?.lines[2]).toMatchObject({ counterpartyName: 'Bodegas & Vinos Rioja SA', remittance: 'Fra F2026-000021 y F2026-000022' })
  })

  it('takes the creditor of a debit, DtTm booking dates and proprietary codes', () => {
    expect(a?.lines[3]).toMatchObject({
      bookingDate: '2026-01-09', valueDate: '2026-01-08', counterpartyName: 'Telefónica de España SAU',
      counterpartyIban: 'ES7921000813610123456789', typeCode: 'RECIBO', bankReference: '2026010900002',
      remittance: 'Recibo teléfono diciembre',
    })
  })
})

describe('parseCamt053: .001.08', () => {
  const r = parseCamt053(fixture('camt053-v08.xml'))
  const [s] = statements(r)

  it('reads PRCD as the opening balance, Sts/Cd, Pty names, TxDtls/Amt and RfrdDocInf', () => {
    expect(s).toMatchObject({ accountIban: RO, currency: 'RON', openingBalance: 133000, closingBalance: 590450, from: '2026-01-06', to: '2026-01-07' })
    expect(s?.lines.map((l) => l.amount)).toEqual([476000, -18550])
    expect(s?.lines[0]).toMatchObject({
      counterpartyName: 'SC Mărțișor Distribuție SRL', counterpartyTaxId: 'RO14399840', counterpartyIban: 'RO66BACX0000001234567890',
      remittance: 'Plată factură F2026-000031', typeCode: 'PMNT-RCDT-DMCT', bankReference: 'RO-TRX-778899',
    })
    expect(s?.lines[1]).toMatchObject({ counterpartyName: 'Enel Energie SA', remittance: 'EE-2026-1001' })
    expect(validateStatements(statements(r), { companyIbans: [RO] })).toEqual([])
  })
})

describe('parseCamt053: refused files', () => {
  const text = utf8Fixture(V02)

  it('truncated XML, reported at its last line', () => {
    const cut = text.slice(0, text.indexOf('<Ntry>', text.indexOf('<Ntry>') + 1))
    expect(problemsOf(cut)).toEqual([{ line: cut.trimEnd().split('\n').length, code: 'bank.camt.truncated', params: {} }])
  })

  it('a mismatched tag, with its line', () => {
    const bad = text.replace('<Sts>BOOK</Sts>', '<Sts>BOOK</Stst>')
    const problems = problemsOf(bad)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ line: lineOfOccurrence(text, '<Sts>BOOK</Sts>'), code: 'bank.camt.xml' })
  })

  it('a closing balance that does not follow from the booked entries', () => {
    expect(problemsOf(text.replace('16338.41', '16338.42'))).toEqual([
      {
        line: lineOfOccurrence(text, '<Bal>', 2), code: 'bank.balanceMismatch',
        params: { expected: 1633842, found: 1633841, expectedAmount: '16338.42', foundAmount: '16338.41' },
      },
    ])
  })

  it('a batch whose transactions do not add up to the entry', () => {
    expect(problemsOf(text.replace('<Amt Ccy="EUR">815.00</Amt>', '<Amt Ccy="EUR">815.10</Amt>'))).toEqual([
      {
        line: lineOfOccurrence(text, '<Ntry>'), code: 'bank.camt.batchMismatch',
        params: { expected: 302500, found: 302510, expectedAmount: '3025.00', foundAmount: '3025.10' },
      },
    ])
  })

  it('a bad amount, a bad date, an account that is not the company’s', () => {
    expect(problemsOf(text.replace('<Amt Ccy="EUR">380.01</Amt>', '<Amt Ccy="EUR">380,01</Amt>'))).toEqual([
      { line: lineOfOccurrence(text, '<Ntry>', 2), code: 'bank.invalidAmount', params: { value: '380,01' } },
    ])
    expect(problemsOf(text.replace('<ValDt><Dt>2026-01-08</Dt></ValDt>', '<ValDt><Dt>2026-02-30</Dt></ValDt>'))).toEqual([
      { line: lineOfOccurrence(text, '<Ntry>', 2), code: 'bank.invalidDate', params: { value: '2026-02-30' } },
    ])
    const r = parseCamt053(fixture(V02))
    expect(r.ok && validateStatements(r.statements, { companyIbans: [ES_A] })).toEqual([
      { line: lineOfOccurrence(text, '<Stmt>', 2), code: 'bank.accountUnknown', params: { account: ES_B } },
    ])
  })

  it('bytes that are not UTF-8, and XML that is not a camt.053', () => {
    const bytes = utf8(text)
    const at = text.indexOf('Ferretería') + 'Ferreter'.length
    const broken = new Uint8Array([...utf8(text.slice(0, at)), 0xed, ...bytes.slice(utf8(text.slice(0, at + 1)).length)])
    expect(parseCamt053(broken)).toEqual({
      ok: false, problems: [{ line: lineOfOccurrence(text, 'Ferretería'), code: 'bank.encoding', params: { value: 'UTF-8' } }],
    })
    const report = '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.02"><BkToCstmrAcctRpt/></Document>'
    expect(problemsOf(report)).toEqual([{ line: 1, code: 'bank.camt.notStatement', params: { value: 'BkToCstmrAcctRpt' } }])
  })
})
