import { describe, expect, it } from 'vitest'
import { lineFingerprint, statementFingerprints } from '../../../../renderer/domain/bank/fingerprint'
import { parseMt940 } from '../../../../renderer/domain/bank/mt940'
import { readEntry, readInfo } from '../../../../renderer/domain/bank/mt940Fields'
import type { BankStatement, ParseResult } from '../../../../renderer/domain/bank/types'
import { validateStatements } from '../../../../renderer/domain/bank/validate'
import { editLine, encodeLatin1, fixture, latin1Fixture } from './fixtures'

const DE = 'DE89370400440532013000'
const RO = 'RO49AAAA1B31007593840000'
const NL = 'NL91ABNA0417164300'

function statements(r: ParseResult): BankStatement[] {
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.statements
}

function problemsOf(text: string) {
  const r = parseMt940(encodeLatin1(text))
  return r.ok ? validateStatements(r.statements, { companyIbans: [DE, RO] }) : r.problems
}

describe('parseMt940: two SWIFT messages in one file', () => {
  const r = parseMt940(fixture('mt940-two-statements.sta'))
  const [de, ro] = statements(r)

  it('reads each :20: … :62F: as a statement with its balances', () => {
    expect(r.ok && r.encoding).toBe('windows-1252')
    expect(de).toMatchObject({
      format: 'mt940', accountIban: DE, currency: 'EUR', openingBalance: 100000, closingBalance: 117450,
      from: '2026-01-05', to: '2026-01-06', reference: 'STARTUMS 00001/001', startLine: 2, endLine: 13,
    })
    expect(ro).toMatchObject({
      accountIban: RO, accountId: `RZBRROBUXXX/${RO}`, currency: 'RON', openingBalance: -15000, closingBalance: 133000,
      startLine: 17, endLine: 28,
    })
    expect(validateStatements(statements(r), { companyIbans: [DE, RO] })).toEqual([])
  })

  it('reads :61: amounts to the cent, D/C and reversals (RC = money out)', () => {
    expect(de?.lines.map((l) => l.amount)).toEqual([25000, -7550])
    expect(ro?.lines.map((l) => l.amount)).toEqual([150000, -2000])
    expect(de?.lines.map((l) => l.seq)).toEqual([6, 10])
    expect(de?.lines[0]).toMatchObject({ valueDate: '2026-01-06', bookingDate: '2026-01-06', bankReference: 'BANKREF0001' })
    expect(ro?.lines[0]).toMatchObject({ bankReference: 'RO0601', typeCode: 'NTRF' })
  })

  it('joins a multi-line structured :86: (German ?20…?33 subfields)', () => {
    expect(de?.lines[0]).toMatchObject({
      remittance: 'Rechnung F2026-000101 vom 02.01.2026 F2026-000101',
      counterpartyName: 'Müller Großhandel GmbH',
      counterpartyIban: 'DE44500105175407324931',
      typeCode: '166',
    })
  })

  it('joins a free-text :86: (a line cut at 65 characters continues the word)', () => {
    expect(de?.lines[1]?.remittance).toBe('Lastschrift Strom Januar 2026 Kundennummer 4711 Stadtwerke Musterstadt Abschlag')
    expect(ro?.lines[1]?.remittance).toBe('Storno comision')
  })

  it('reads a /KEY/value/ :86: over several lines', () => {
    expect(ro?.lines[0]).toMatchObject({
      remittance: 'PLATA FACTURA F2026-000007',
      counterpartyName: 'SC ALIMENTARA SRL',
      counterpartyIban: 'RO66BACX0000001234567890',
    })
  })
})

describe('MT940 fields', () => {
  it(':61: with an entry date across New Year, a funds code and no bank reference', () => {
    expect(readEntry(['2512310102CR1234,5NTRFINV-77'])).toMatchObject({
      valueDate: '2025-12-31', bookingDate: '2026-01-02', amount: 123450, customerReference: 'INV-77', bankReference: '',
    })
    expect(readEntry(['2601050105RD0,07NCHGNONREF//X1', 'FEE REFUND'])).toMatchObject({ amount: 7, supplementary: 'FEE REFUND' })
  })

  it('unstructured :86: lines are joined with a space', () => {
    expect(readInfo(['PAGO FACTURA', 'F2026-000044 GRACIAS']).remittance).toBe('PAGO FACTURA F2026-000044 GRACIAS')
  })
})

describe('parseMt940: refused files', () => {
  const text = latin1Fixture('mt940-two-statements.sta')

  it('closing balance that is not opening + movements', () => {
    expect(problemsOf(editLine(text, 13, () => ':62F:C260106EUR1174,51'))).toEqual([
      { line: 13, code: 'bank.balanceMismatch', params: { expected: 117451, found: 117450, expectedAmount: '1174.51', foundAmount: '1174.50' } },
    ])
  })

  it('an unreadable :61:, a bad date, a bad amount', () => {
    expect(problemsOf(editLine(text, 10, () => ':61:2601060106X75,50NMSCNONREF'))).toEqual([
      { line: 10, code: 'bank.mt940.field', params: { value: ':61:2601060106X75,50NMSCNONREF' } },
    ])
    expect(problemsOf(editLine(text, 5, () => ':60F:C260230EUR1000,00'))).toEqual([
      { line: 5, code: 'bank.invalidDate', params: { value: '260230' } },
    ])
    expect(problemsOf(editLine(text, 20, () => ':60F:D260105RON150.00'))).toEqual([
      { line: 20, code: 'bank.invalidAmount', params: { value: '150.00' } },
    ])
  })

  it('a statement without :62F:, an account that is not the company’s', () => {
    expect(problemsOf(editLine(text, 28, () => ':64:C260106RON1330,00'))).toEqual([
      { line: 17, code: 'bank.mt940.missingTag', params: { tag: ':62F:' } },
    ])
    const r = parseMt940(fixture('mt940-two-statements.sta'))
    expect(r.ok && validateStatements(r.statements, { companyIbans: [RO] })).toEqual([
      { line: 2, code: 'bank.accountUnknown', params: { account: DE } },
    ])
  })
})

describe('fingerprints: two overlapping MT940 files', () => {
  const a = statements(parseMt940(fixture('mt940-overlap-a.txt')))
  const b = statements(parseMt940(fixture('mt940-overlap-b.txt')))

  it('reads bare-tag files with several statements of one account', () => {
    expect(a.map((s) => [s.accountIban, s.openingBalance, s.closingBalance])).toEqual([
      [NL, 10000, 11000],
      [NL, 11000, 15500],
    ])
    expect(validateStatements([...a, ...b.slice(1)], { companyIbans: [NL] })).toEqual([])
  })

  it('gives the same movement the same fingerprint in both files, and two equal movements different ones', () => {
    const dayA = statementFingerprints(a[1] as BankStatement)
    const dayB = statementFingerprints(b[0] as BankStatement)
    expect(dayA).toEqual(dayB)
    expect(new Set(dayA).size).toBe(3)
    expect(a[1]?.lines[0]?.seq).not.toBe(b[0]?.lines[0]?.seq)
    const all = new Set([...a.flatMap(statementFingerprints), ...b.flatMap(statementFingerprints)])
    expect(all.size).toBe(5)
    const s = a[1] as BankStatement
    expect(s.lines.map((l) => lineFingerprint(s, l))).toEqual(dayA)
    expect(dayA[0]).toMatch(/^NL91ABNA0417164300:2026-01-06:[0-9a-f]{28}$/)
  })
})
