/**
 * camt.053 entries (Ntry) to BankLines, for .001.02 and .001.08 alike: booked entries only; a batch entry whose
 * TxDtls each carry an amount gives one line per TxDtls (their sum must be the entry's amount); the counterparty of
 * a credit is the debtor (or the ultimate debtor), of a debit the creditor.
 */
import { isValidIsoDate } from '../dates'
import type { Cents, IsoDate } from '../types'
import { at, listAt, textAt } from './camtXml'
import { amountParams, decimalToCents, FieldError, joinText, type ProblemList } from './fields'
import type { BankLine } from './types'

/** Signed cents of an Amt element with its CdtDbtInd ('DBIT' negative). */
export function camtAmount(node: unknown, indicator: string): { amount: Cents; currency: string } {
  const raw = textAt(node)
  const abs = /^\d+(\.\d+)?$/.test(raw) ? decimalToCents(raw, '.') : null
  if (abs === null) throw new FieldError('bank.invalidAmount', raw)
  if (indicator !== 'CRDT' && indicator !== 'DBIT') throw new FieldError('bank.camt.indicator', indicator)
  const currency = typeof node === 'object' && node !== null ? String((node as Record<string, unknown>)['@Ccy'] ?? '') : ''
  return { amount: indicator === 'DBIT' ? -abs : abs, currency }
}

/** Dt or DtTm of a date choice element -> IsoDate ('' when absent). */
export function camtDate(node: unknown): IsoDate {
  const d = textAt(node, 'Dt') || textAt(node, 'DtTm').slice(0, 10)
  if (d === '') return ''
  if (!isValidIsoDate(d)) throw new FieldError('bank.invalidDate', d)
  return d
}

function partyName(party: unknown): string {
  return textAt(party, 'Nm') || textAt(party, 'Pty', 'Nm')
}

function partyTaxId(party: unknown): string {
  const id = at(party, 'Id') ?? at(party, 'Pty', 'Id')
  return textAt(id, 'OrgId', 'Othr', 'Id') || textAt(id, 'PrvtId', 'Othr', 'Id')
}

function meaningful(ref: string): string {
  return ref.toUpperCase() === 'NOTPROVIDED' ? '' : ref
}

interface TxInfo {
  node: unknown
  amount: Cents | null
  reference: string
  remittance: string
  name: string
  iban: string
  taxId: string
}

function readTx(tx: unknown, entrySign: 1 | -1): TxInfo {
  const amtNode = at(tx, 'AmtDtls', 'TxAmt', 'Amt') ?? at(tx, 'Amt')
  const indicator = textAt(tx, 'CdtDbtInd') || (entrySign > 0 ? 'CRDT' : 'DBIT')
  const amount = amtNode === undefined ? null : camtAmount(amtNode, indicator).amount
  const credit = (amount ?? entrySign) > 0
  const parties = at(tx, 'RltdPties')
  const main = at(parties, credit ? 'Dbtr' : 'Cdtr')
  const ultimate = at(parties, credit ? 'UltmtDbtr' : 'UltmtCdtr')
  const rmt = at(tx, 'RmtInf')
  const structured = listAt(rmt, 'Strd').flatMap((s) => [
    textAt(s, 'CdtrRefInf', 'Ref'),
    ...listAt(s, 'RfrdDocInf').map((d) => textAt(d, 'Nb')),
    ...listAt(s, 'AddtlRmtInf').map((t) => textAt(t)),
  ])
  return {
    node: tx,
    amount,
    reference: meaningful(textAt(tx, 'Refs', 'AcctSvcrRef')) || meaningful(textAt(tx, 'Refs', 'EndToEndId')),
    remittance: joinText([...listAt(rmt, 'Ustrd').map((u) => textAt(u)), ...structured]) || joinText([textAt(tx, 'AddtlTxInf')]),
    name: partyName(main) || partyName(ultimate),
    iban: textAt(parties, credit ? 'DbtrAcct' : 'CdtrAcct', 'Id', 'IBAN'),
    taxId: partyTaxId(main),
  }
}

function typeCode(entry: unknown): string {
  const domain = at(entry, 'BkTxCd', 'Domn')
  if (domain !== undefined) {
    return [textAt(domain, 'Cd'), textAt(domain, 'Fmly', 'Cd'), textAt(domain, 'Fmly', 'SubFmlyCd')].filter(Boolean).join('-')
  }
  return textAt(entry, 'BkTxCd', 'Prtry', 'Cd')
}

/** Booked? Sts is 'BOOK' (.001.02) or Sts/Cd 'BOOK' (.001.08); an entry without status counts as booked. */
export function isBooked(entry: unknown): boolean {
  const status = textAt(entry, 'Sts') || textAt(entry, 'Sts', 'Cd')
  return status === '' || status === 'BOOK'
}

/** The BankLines of one booked entry (throws FieldError for an unreadable field). */
export function entryLines(entry: unknown, lineOf: (n: unknown) => number, problems: ProblemList): BankLine[] {
  const line = lineOf(entry)
  const { amount, currency } = camtAmount(at(entry, 'Amt'), textAt(entry, 'CdtDbtInd'))
  const bookingDate = camtDate(at(entry, 'BookgDt')) || camtDate(at(entry, 'ValDt'))
  const valueDate = camtDate(at(entry, 'ValDt')) || bookingDate
  if (bookingDate === '') throw new FieldError('bank.invalidDate', '')
  const entryRef = textAt(entry, 'AcctSvcrRef')
  const sign: 1 | -1 = amount < 0 ? -1 : 1
  const txs = listAt(entry, 'NtryDtls').flatMap((d) => listAt(d, 'TxDtls')).map((t) => readTx(t, sign))
  const base = { bookingDate, valueDate, currency, typeCode: typeCode(entry), counterpartyTaxId: '' }
  const entryInfo = textAt(entry, 'AddtlNtryInf')

  if (txs.length > 1 && txs.every((t) => t.amount !== null)) {
    const sum = txs.reduce((s, t) => s + (t.amount ?? 0), 0)
    if (sum !== amount) {
      problems.add(line, 'bank.camt.batchMismatch', amountParams(amount, sum))
      return []
    }
    return txs.map((t) => ({
      ...base,
      seq: lineOf(t.node) || line,
      amount: t.amount ?? 0,
      remittance: t.remittance || entryInfo,
      counterpartyName: t.name,
      counterpartyIban: t.iban,
      counterpartyTaxId: t.taxId,
      bankReference: [entryRef, t.reference].filter(Boolean).join('/'),
    }))
  }
  const single = txs.length === 1 ? txs[0] : undefined
  return [
    {
      ...base,
      seq: line,
      amount,
      remittance: joinText(txs.map((t) => t.remittance)) || entryInfo,
      counterpartyName: single?.name ?? '',
      counterpartyIban: single?.iban ?? '',
      counterpartyTaxId: single?.taxId ?? '',
      bankReference: entryRef || (single?.reference ?? ''),
    },
  ]
}
