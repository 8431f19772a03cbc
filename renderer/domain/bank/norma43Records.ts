/**
 * AEB Norma 43 (Cuaderno 43) records, 80 characters each (positions below are 1-based as in the specification):
 * 11 account header, 22 movement, 23 complementary concept (up to 5 per movement), 24 currency equivalence,
 * 33 account totals, 88 end of file. Amounts: 14 digits with 2 implied decimals; sign 1 = debit, 2 = credit;
 * dates YYMMDD; currency ISO 4217 numeric.
 */
import { validateSpanishTaxId } from '../taxId'
import type { Cents, IsoDate } from '../types'
import { currencyFromNumeric } from './accounts'
import { FieldError, impliedCents, squash, yymmdd } from './fields'

export const N43_RECORD_LENGTH = 80

function date(record: string, from: number): IsoDate {
  const raw = record.slice(from, from + 6)
  const d = yymmdd(raw)
  if (d === null) throw new FieldError('bank.invalidDate', raw)
  return d
}

function amount(record: string, from: number, length = 14): Cents {
  const raw = record.slice(from, from + length)
  const c = impliedCents(raw)
  if (c === null) throw new FieldError('bank.invalidAmount', raw.trim())
  return c
}

/** Sign key: '1' debit (deudor, negative), '2' credit (acreedor, positive). */
function sign(record: string, at: number): 1 | -1 {
  const raw = record.charAt(at)
  if (raw === '1') return -1
  if (raw === '2') return 1
  throw new FieldError('bank.n43.sign', raw)
}

function count(record: string, from: number, length: number): number {
  const raw = record.slice(from, from + length)
  if (!/^\d+$/.test(raw)) throw new FieldError('bank.n43.count', raw.trim())
  return Number(raw)
}

function digits(record: string, from: number, length: number): string {
  const raw = record.slice(from, from + length)
  if (!/^\d+$/.test(raw)) throw new FieldError('bank.n43.account', raw.trim())
  return raw
}

export interface N43Header {
  entity: string
  office: string
  account: string
  from: IsoDate
  to: IsoDate
  openingBalance: Cents
  currency: string
  name: string
}

export function readHeader(r: string): N43Header {
  return {
    entity: digits(r, 2, 4),
    office: digits(r, 6, 4),
    account: digits(r, 10, 10),
    from: date(r, 20),
    to: date(r, 26),
    openingBalance: sign(r, 32) * amount(r, 33),
    currency: currencyFromNumeric(r.slice(47, 50)),
    name: squash(r.slice(51, 77)),
  }
}

export interface N43Movement {
  bookingDate: IsoDate
  valueDate: IsoDate
  commonConcept: string
  ownConcept: string
  amount: Cents
  documentNumber: string
  reference1: string
  reference2: string
}

export function readMovement(r: string): N43Movement {
  const s = sign(r, 27)
  const a = amount(r, 28)
  return {
    bookingDate: date(r, 10),
    valueDate: date(r, 16),
    commonConcept: r.slice(22, 24).trim(),
    ownConcept: r.slice(24, 27).trim(),
    amount: s * a,
    documentNumber: r.slice(42, 52).trim(),
    reference1: r.slice(52, 64).trim(),
    reference2: r.slice(64, 80).trim(),
  }
}

/** Record 23: data code 01..05 and two 38-character concept fields. */
export function readConcept(r: string): { code: string; texts: string[] } {
  const code = r.slice(2, 4)
  if (!/^0[1-5]$/.test(code)) throw new FieldError('bank.n43.conceptCode', code)
  return { code, texts: [squash(r.slice(4, 42)), squash(r.slice(42, 80))] }
}

/** Record 24: equivalence in another currency; read to check it, not kept. */
export function readEquivalence(r: string): void {
  amount(r, 7)
}

export interface N43Totals {
  entity: string
  office: string
  account: string
  debitCount: number
  debitTotal: Cents
  creditCount: number
  creditTotal: Cents
  closingBalance: Cents
  currency: string
}

export function readTotals(r: string): N43Totals {
  return {
    entity: digits(r, 2, 4),
    office: digits(r, 6, 4),
    account: digits(r, 10, 10),
    debitCount: count(r, 20, 5),
    debitTotal: amount(r, 25),
    creditCount: count(r, 39, 5),
    creditTotal: amount(r, 44),
    closingBalance: sign(r, 58) * amount(r, 59),
    currency: currencyFromNumeric(r.slice(73, 76)),
  }
}

/** Record 88: eighteen 9s, then the number of records in the file (the 88 itself excluded). */
export function readEnd(r: string): number {
  if (r.slice(2, 20) !== '9'.repeat(18)) throw new FieldError('bank.n43.endMark', r.slice(2, 20).trim())
  return count(r, 20, 6)
}

/** Non-zero reference: '000000000000' and blanks are no reference. */
export function meaningfulReference(s: string): string {
  return /^[0\s]*$/.test(s) ? '' : s.trim()
}

const PARTY_PREFIX = /^(?:ORDENANTE|ORDTE|ORD|REMITENTE|BENEFICIARIO|BENEF|TITULAR)\s*[.:]?\s+(.+)$/i
const TAX_ID_TOKEN = /\b(?:ES)?([A-HJ-NP-SUVW]\d{7}[0-9A-J]|\d{8}[A-Z]|[XYZ]\d{7}[A-Z])\b/g

/** Counterparty name and tax id found in the complementary concepts ('ORDENANTE: …', a valid NIF/CIF). */
export function partyFromConcepts(texts: readonly string[]): { name: string; taxId: string } {
  let name = ''
  let taxId = ''
  for (const text of texts) {
    const m = PARTY_PREFIX.exec(text)
    if (name === '' && m?.[1]) name = squash(m[1])
    for (const t of text.toUpperCase().matchAll(TAX_ID_TOKEN)) {
      const r = validateSpanishTaxId(t[1] ?? '')
      if (taxId === '' && r.ok) taxId = r.normalized
    }
  }
  return { name, taxId }
}
