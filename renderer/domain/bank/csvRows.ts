/**
 * Rows of a CSV or XLSX export (cells as text) + the user's saved ColumnMapping -> one BankStatement.
 * Newest-first exports are put in date order; a mapped running balance is checked row by row and gives the
 * opening and closing balances.
 */
import { normalizeIban, validateIban } from '../iban'
import type { Cents } from '../types'
import { parseAmountCell, parseDateCell } from './csvCells'
import { amountParams, joinText, ProblemList } from './fields'
import type { BankLine, BankStatement, ColumnMapping, ParseResult, StatementFormat } from './types'

export interface ParseRowsOptions {
  format?: Extract<StatementFormat, 'csv' | 'xlsx'>
  /** File line of each row (CSV); default: row index + 1 (XLSX row number). */
  rowLines?: readonly number[]
}

interface Row {
  line: BankLine
  balance: Cents | null
}

function mappingProblem(mapping: ColumnMapping): string | null {
  const c = mapping.columns
  if (!Number.isInteger(c.bookingDate) || c.bookingDate < 0) return 'bank.csv.mappingDate'
  if (c.amount === null && c.credit === null && c.debit === null) return 'bank.csv.mappingAmount'
  return null
}

function readRow(cells: readonly string[], line: number, mapping: ColumnMapping, machine: boolean, problems: ProblemList): Row | null {
  const get = (i: number | null): string => (i === null ? '' : (cells[i] ?? '').trim())
  const fail = (code: string, value: string): null => {
    problems.add(line, code, { value })
    return null
  }
  const c = mapping.columns
  const dateText = get(c.bookingDate)
  const amountTexts = [get(c.amount), get(c.credit), get(c.debit)]
  if (dateText === '' && amountTexts.every((t) => t === '')) return null // a title or footer row without a movement
  const bookingDate = parseDateCell(dateText, mapping.dateFormat)
  if (bookingDate === null) return fail('bank.invalidDate', dateText)
  const valueText = get(c.valueDate)
  const valueDate = valueText === '' ? bookingDate : parseDateCell(valueText, mapping.dateFormat)
  if (valueDate === null) return fail('bank.invalidDate', valueText)
  const read = (t: string): Cents | null => parseAmountCell(t, mapping.decimalSeparator, machine)
  let amount: Cents | null
  if (c.amount !== null) amount = read(get(c.amount))
  else {
    const credit = get(c.credit) === '' ? 0 : read(get(c.credit))
    const debit = get(c.debit) === '' ? 0 : read(get(c.debit))
    amount = credit === null || debit === null ? null : Math.abs(credit) - Math.abs(debit)
  }
  if (amount === null) return fail('bank.invalidAmount', amountTexts.filter(Boolean).join(' '))
  const balanceText = get(c.balance)
  const balance = balanceText === '' ? null : read(balanceText)
  if (balanceText !== '' && balance === null) return fail('bank.invalidAmount', balanceText)
  const iban = get(c.counterpartyIban)
  const checked = validateIban(iban)
  return {
    balance,
    line: {
      seq: line,
      bookingDate,
      valueDate,
      amount,
      currency: mapping.currency,
      remittance: joinText(c.remittance.map((i) => get(i))),
      counterpartyName: joinText([get(c.counterpartyName)]),
      counterpartyIban: checked.ok ? checked.normalized : normalizeIban(iban),
      counterpartyTaxId: '',
      bankReference: get(c.reference),
      typeCode: '',
    },
  }
}

/** Running balance: each row's balance = the previous balance + its amount (rows in date order). */
function checkRunning(rows: readonly Row[], problems: ProblemList): boolean {
  for (let i = 1; i < rows.length; i++) {
    const prev = rows[i - 1]
    const cur = rows[i]
    if (!prev || !cur || prev.balance === null || cur.balance === null) continue
    const found = prev.balance + cur.line.amount
    if (found !== cur.balance) {
      problems.add(cur.line.seq, 'bank.csv.runningBalance', amountParams(cur.balance, found))
      return false
    }
  }
  return true
}

/** Whether the rows run newest first: by the dates, and when the dates cannot tell, by the running balance. */
function newestFirst(rows: readonly Row[]): boolean {
  const first = rows[0]?.line.bookingDate ?? ''
  const last = rows[rows.length - 1]?.line.bookingDate ?? ''
  if (first !== last) return first > last
  return !checkRunning(rows, new ProblemList()) && checkRunning([...rows].reverse(), new ProblemList())
}

export function parseRows(rows: readonly (readonly string[])[], mapping: ColumnMapping, options: ParseRowsOptions = {}): ParseResult {
  const format = options.format ?? 'csv'
  const problems = new ProblemList()
  const bad = mappingProblem(mapping)
  if (bad) return { ok: false, problems: [{ line: 0, code: bad, params: {} }] }
  const parsed: Row[] = []
  const start = Math.max(0, mapping.skipRows) + (mapping.hasHeader ? 1 : 0)
  for (let i = start; i < rows.length; i++) {
    const cells = rows[i] ?? []
    if (cells.every((cell) => cell.trim() === '')) continue
    const row = readRow(cells, options.rowLines?.[i] ?? i + 1, mapping, format === 'xlsx', problems)
    if (row) parsed.push(row)
  }
  if (!problems.empty) return { ok: false, problems: problems.items }
  if (parsed.length === 0) return { ok: false, problems: [{ line: 0, code: 'bank.empty', params: {} }] }

  const ordered = newestFirst(parsed) ? [...parsed].reverse() : parsed
  if (mapping.columns.balance !== null && !checkRunning(ordered, problems)) return { ok: false, problems: problems.items }
  const first = ordered[0] as Row
  const last = ordered[ordered.length - 1] as Row
  const dates = ordered.map((r) => r.line.bookingDate).sort()
  const statement: BankStatement = {
    format,
    accountIban: normalizeIban(mapping.accountIban),
    accountId: mapping.accountIban,
    currency: mapping.currency,
    from: dates[0] ?? first.line.bookingDate,
    to: dates[dates.length - 1] ?? last.line.bookingDate,
    openingBalance: first.balance === null ? null : first.balance - first.line.amount,
    closingBalance: last.balance,
    lines: ordered.map((r) => r.line),
    reference: mapping.name,
    startLine: Math.min(first.line.seq, last.line.seq),
    endLine: last.line.seq,
  }
  return { ok: true, statements: [statement] }
}
