/**
 * ISO 20022 camt.053 (BkToCstmrStmt, versions .001.02 to .001.08): one BankStatement per Stmt, booked entries
 * only, opening balance OPBD (or PRCD) and closing CLBD. The balance control is done by validateStatements.
 */
import { normalizeIban } from '../iban'
import type { Cents, IsoDate } from '../types'
import { camtAmount, camtDate, entryLines, isBooked } from './camtEntries'
import { decodeXml, listAt, parseXml, textAt, type XmlDocument } from './camtXml'
import { ProblemList } from './fields'
import type { BankStatement, ParseResult } from './types'

interface Balance {
  amount: Cents
  currency: string
  date: IsoDate
  line: number
}

function balances(stmt: unknown, doc: XmlDocument, problems: ProblemList): Map<string, Balance> {
  const found = new Map<string, Balance>()
  for (const bal of listAt(stmt, 'Bal')) {
    const code = textAt(bal, 'Tp', 'CdOrPrtry', 'Cd') || textAt(bal, 'Tp', 'CdOrPrtry', 'Prtry')
    if (found.has(code)) continue
    try {
      const { amount, currency } = camtAmount(listAt(bal, 'Amt')[0], textAt(bal, 'CdtDbtInd'))
      found.set(code, { amount, currency, date: camtDate(listAt(bal, 'Dt')[0]), line: doc.lineOf(bal) })
    } catch (err) {
      problems.addError(doc.lineOf(bal), err)
    }
  }
  return found
}

function readStatement(stmt: unknown, doc: XmlDocument, problems: ProblemList): BankStatement {
  const start = doc.lineOf(stmt)
  const bal = balances(stmt, doc, problems)
  const opening = bal.get('OPBD') ?? bal.get('PRCD') ?? null
  const closing = bal.get('CLBD') ?? null
  const lines = listAt(stmt, 'Ntry')
    .filter(isBooked)
    .flatMap((entry) => {
      try {
        return entryLines(entry, doc.lineOf, problems)
      } catch (err) {
        problems.addError(doc.lineOf(entry), err)
        return []
      }
    })
  const dates = lines.map((l) => l.bookingDate).sort()
  const from = textAt(stmt, 'FrToDt', 'FrDtTm').slice(0, 10) || opening?.date || dates[0] || ''
  const to = textAt(stmt, 'FrToDt', 'ToDtTm').slice(0, 10) || closing?.date || dates[dates.length - 1] || from
  const accountId = textAt(stmt, 'Acct', 'Id', 'IBAN') || textAt(stmt, 'Acct', 'Id', 'Othr', 'Id')
  return {
    format: 'camt053',
    accountIban: normalizeIban(textAt(stmt, 'Acct', 'Id', 'IBAN')),
    accountId,
    currency: textAt(stmt, 'Acct', 'Ccy') || opening?.currency || lines[0]?.currency || '',
    from,
    to,
    openingBalance: opening?.amount ?? null,
    closingBalance: closing?.amount ?? null,
    lines,
    reference: textAt(stmt, 'Id'),
    startLine: start,
    endLine: closing?.line || start,
  }
}

export function parseCamt053(bytes: Uint8Array): ParseResult {
  const decoded = decodeXml(bytes)
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] }
  const parsed = parseXml(decoded.text)
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] }
  const { doc } = parsed
  const document = listAt(doc.root, 'Document')[0]
  const container = listAt(document, 'BkToCstmrStmt')[0]
  if (container === undefined) {
    const holder = typeof document === 'object' && document !== null ? document : doc.root
    const rootName = Object.keys(holder).find((k) => !k.startsWith('?') && !k.startsWith('@')) ?? ''
    return { ok: false, problems: [{ line: 1, code: 'bank.camt.notStatement', params: { value: rootName } }] }
  }
  const problems = new ProblemList()
  const statements: BankStatement[] = []
  for (const stmt of listAt(container, 'Stmt')) {
    try {
      statements.push(readStatement(stmt, doc, problems))
    } catch (err) {
      problems.addError(doc.lineOf(stmt), err)
    }
  }
  if (problems.empty && statements.length === 0) problems.add(0, 'bank.empty')
  return problems.empty ? { ok: true, statements, encoding: decoded.encoding } : { ok: false, problems: problems.items }
}
