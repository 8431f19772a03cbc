import { describe, expect, it } from 'vitest'
import en from '../../../../locales/en/errors.json'
import es from '../../../../locales/es/errors.json'
import ro from '../../../../locales/ro/errors.json'
import { ibanFromAccountText, ibanFromBban, matchCompanyAccount } from '../../../../renderer/domain/bank/accounts'
import type { BankLine, BankStatement } from '../../../../renderer/domain/bank/types'
import { validateStatements } from '../../../../renderer/domain/bank/validate'

const IBAN = 'ES9121000418450200051332'

function line(seq: number, bookingDate: string, amount: number): BankLine {
  return {
    seq, bookingDate, valueDate: bookingDate, amount, currency: 'EUR', remittance: '', counterpartyName: '',
    counterpartyIban: '', counterpartyTaxId: '', bankReference: '', typeCode: '',
  }
}

function statement(over: Partial<BankStatement> = {}): BankStatement {
  return {
    format: 'mt940', accountIban: IBAN, accountId: IBAN, currency: 'EUR', from: '2026-01-05', to: '2026-01-07',
    openingBalance: 1000, closingBalance: 1750, lines: [line(3, '2026-01-05', 500), line(5, '2026-01-06', 250)],
    startLine: 1, endLine: 7, ...over,
  }
}

const check = (s: BankStatement[], ibans: string[] = ['es91 2100 0418 4502 0005 1332']) => validateStatements(s, { companyIbans: ibans })

describe('validateStatements', () => {
  it('accepts a consistent statement of a company account (IBANs compared normalized)', () => {
    expect(check([statement()])).toEqual([])
  })

  it('balance control: opening + movements = closing, in cents', () => {
    expect(check([statement({ closingBalance: 1751 })])).toEqual([
      { line: 7, code: 'bank.balanceMismatch', params: { expected: 1751, found: 1750, expectedAmount: '17.51', foundAmount: '17.50' } },
    ])
    expect(check([statement({ openingBalance: null, closingBalance: 999 })])).toEqual([])
  })

  it('account not the company’s, or the company without accounts', () => {
    expect(check([statement()], ['ES7700491500012810123456'])).toEqual([{ line: 1, code: 'bank.accountUnknown', params: { account: IBAN } }])
    expect(check([statement()], [])).toEqual([{ line: 0, code: 'bank.noCompanyAccounts', params: {} }])
  })

  it('unknown currency, a line in another currency', () => {
    expect(check([statement({ currency: 'XYZ' })])).toEqual([{ line: 1, code: 'bank.currencyUnknown', params: { currency: 'XYZ' } }])
    const other = statement({ lines: [line(3, '2026-01-05', 500), { ...line(5, '2026-01-06', 250), currency: 'USD' }] })
    expect(check([other])).toEqual([{ line: 5, code: 'bank.currencyMismatch', params: { expected: 'EUR', found: 'USD' } }])
  })

  it('dates out of order or out of the period, zero and non-integer amounts', () => {
    const unordered = statement({ lines: [line(3, '2026-01-06', 500), line(5, '2026-01-05', 250)] })
    expect(check([unordered])).toEqual([{ line: 5, code: 'bank.dateOrder', params: { date: '2026-01-05', previous: '2026-01-06' } }])
    const outside = statement({ lines: [line(3, '2026-01-05', 500), line(5, '2026-01-08', 250)] })
    expect(check([outside])).toEqual([{ line: 5, code: 'bank.dateOutOfRange', params: { date: '2026-01-08', from: '2026-01-05', to: '2026-01-07' } }])
    const zero = statement({ openingBalance: null, lines: [line(3, '2026-01-05', 0), line(5, '2026-01-06', 2.5)] })
    expect(check([zero])).toEqual([
      { line: 3, code: 'bank.zeroAmount', params: {} },
      { line: 5, code: 'bank.invalidAmount', params: { value: '2.5' } },
    ])
  })

  it('the same account section twice in one file', () => {
    expect(check([statement(), statement({ startLine: 9, endLine: 15 })])).toEqual([
      { line: 9, code: 'bank.duplicateSection', params: { account: IBAN, firstLine: 1 } },
    ])
    expect(check([statement(), statement({ from: '2026-01-08', to: '2026-01-08', openingBalance: 1750, closingBalance: 1750, lines: [], startLine: 9 })])).toEqual([])
  })

  it('an empty list of statements', () => {
    expect(check([])).toEqual([{ line: 0, code: 'bank.empty', params: {} }])
  })
})

describe('accounts', () => {
  it('reads IBANs from MT940 :25: shapes', () => {
    expect(ibanFromAccountText('NL91ABNA0417164300EUR')).toBe('NL91ABNA0417164300')
    expect(ibanFromAccountText('RZBRROBUXXX/RO49AAAA1B31007593840000')).toBe('RO49AAAA1B31007593840000')
    expect(ibanFromAccountText('10020030/1234567890')).toBe('')
  })

  it('matches a bank code / account number against the company’s IBANs', () => {
    const de = ibanFromBban('DE', '100200301234567890')
    expect(matchCompanyAccount('', '10020030/1234567890', [IBAN, de])).toBe(de)
    expect(matchCompanyAccount('', '10020030/9999999999', [IBAN, de])).toBeNull()
    const s = statement({ accountIban: '', accountId: '10020030/1234567890' })
    expect(check([s], [de])).toEqual([])
  })
})

type Tree = { [k: string]: string | Tree }
const sources = import.meta.glob<string>('../../../../renderer/domain/bank/*.ts', { query: '?raw', import: 'default', eager: true })

function lookup(tree: Tree, code: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const k of code.split('.')) node = typeof node === 'object' ? node[k] : undefined
  return typeof node === 'string' ? node : undefined
}

describe('translations of the bank problem codes', () => {
  const codes = [...new Set(Object.values(sources).flatMap((src) => [...src.matchAll(/'(bank\.[a-zA-Z0-9.]+)'/g)].map((m) => m[1] ?? '')))]
  const placeholders = (s: string | undefined) => [...(s ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

  it('finds the codes in the parsers and validation', () => {
    expect(codes).toEqual(expect.arrayContaining(['bank.n43.recordLength', 'bank.balanceMismatch', 'bank.camt.truncated', 'bank.csv.runningBalance']))
    expect(codes.length).toBeGreaterThan(35)
  })

  it('every code has a message in es, ro and en with the same placeholders', () => {
    for (const code of [...codes, 'bank.atLine']) {
      const texts = [es, ro, en].map((tree) => lookup(tree as unknown as Tree, code))
      expect(texts.every((t) => (t ?? '').trim() !== ''), code).toBe(true)
      expect(placeholders(texts[1]), code).toEqual(placeholders(texts[0]))
      expect(placeholders(texts[2]), code).toEqual(placeholders(texts[0]))
    }
  })

  it('the Romanian texts use comma-below ș ț', () => {
    const all = JSON.stringify((ro as unknown as Tree).bank)
    expect(all).toMatch(/[șț]/)
    expect(all).not.toMatch(/[şţ]/)
  })
})
