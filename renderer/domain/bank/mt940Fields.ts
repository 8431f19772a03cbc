/**
 * SWIFT MT940 field readers: balances (:60F: :62F: …), statement lines (:61:) and the information to the account
 * owner (:86:) in its three common shapes: German structured (GVC + ?20…?63 subfields), '/KEY/value/' (NL, PL, RO
 * banks) and free text. Throws FieldError for a field that does not read.
 */
import { validateIban } from '../iban'
import type { Cents, IsoDate } from '../types'
import { dateFromParts, decimalToCents, FieldError, joinText, squash, yymmdd } from './fields'

export interface Mt940Balance {
  date: IsoDate
  currency: string
  amount: Cents
}

function amountWithComma(raw: string): Cents {
  const c = /^\d{1,15},\d{0,2}$/.test(raw) ? decimalToCents(raw, ',') : null
  if (c === null) throw new FieldError('bank.invalidAmount', raw)
  return c
}

function date6(raw: string): IsoDate {
  const d = yymmdd(raw)
  if (d === null) throw new FieldError('bank.invalidDate', raw)
  return d
}

/** ':60F:C260131EUR1234,56' value -> { date, currency, signed amount }. */
export function readBalance(tag: string, value: string): Mt940Balance {
  const m = /^([CD])(\d{6})([A-Z]{3})(\S+)$/.exec(value.trim())
  if (!m) throw new FieldError('bank.mt940.field', `:${tag}:${value.trim()}`)
  const amount = amountWithComma(m[4] ?? '')
  return { date: date6(m[2] ?? ''), currency: m[3] ?? '', amount: m[1] === 'D' ? -amount : amount }
}

export interface Mt940Entry {
  valueDate: IsoDate
  bookingDate: IsoDate
  amount: Cents
  transactionType: string
  customerReference: string
  bankReference: string
  supplementary: string
}

/** Entry date MMDD next to a value date: the year of the value date, or the one before/after across New Year. */
function entryDate(mmdd: string, valueDate: IsoDate): IsoDate {
  const year = Number(valueDate.slice(0, 4))
  const month = Number(mmdd.slice(0, 2))
  const valueMonth = Number(valueDate.slice(5, 7))
  const y = month === 12 && valueMonth === 1 ? year - 1 : month === 1 && valueMonth === 12 ? year + 1 : year
  const d = dateFromParts(y, month, Number(mmdd.slice(2, 4)))
  if (d === null) throw new FieldError('bank.invalidDate', mmdd)
  return d
}

/**
 * ':61:' = value date YYMMDD, [entry date MMDD], mark D/C/RD/RC, [funds code], amount 'n,nn', type N/F/S + code,
 * customer reference [// bank reference], then supplementary details on the next line.
 * RD (reversal of a debit) is money in, RC (reversal of a credit) money out.
 */
export function readEntry(lines: readonly string[]): Mt940Entry {
  const first = lines[0] ?? ''
  const m = /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d[\d,]*)([NFS][A-Z0-9]{3})(.*)$/.exec(first.trim())
  if (!m) throw new FieldError('bank.mt940.field', `:61:${first.trim()}`)
  const valueDate = date6(m[1] ?? '')
  const mark = m[3] ?? ''
  const abs = amountWithComma(m[5] ?? '')
  const refs = m[7] ?? ''
  const slash = refs.indexOf('//')
  const customer = (slash >= 0 ? refs.slice(0, slash) : refs).trim()
  return {
    valueDate,
    bookingDate: m[2] ? entryDate(m[2], valueDate) : valueDate,
    amount: mark === 'D' || mark === 'RC' ? -abs : abs,
    transactionType: m[6] ?? '',
    customerReference: customer.toUpperCase() === 'NONREF' ? '' : customer,
    bankReference: slash >= 0 ? refs.slice(slash + 2).trim() : '',
    supplementary: joinText(lines.slice(1)),
  }
}

export interface Mt940Info {
  remittance: string
  name: string
  iban: string
  /** German GVC (business transaction code), '' for other shapes. */
  code: string
}

/** Free-text lines: a line cut at the 65-character limit continues the word on the next line. */
function joinFreeLines(lines: readonly string[]): string {
  let out = ''
  let previousLength = 0
  for (const line of lines) {
    out += (out === '' || previousLength >= 65 ? '' : ' ') + line.trimEnd()
    previousLength = line.length
  }
  return squash(out)
}

function ibanOf(s: string): string {
  const r = validateIban(s)
  return r.ok ? r.normalized : ''
}

const SEPA_KEYS = /(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC|COAM|OAMT|SQTP)\+/g

/** German ?20…?29 / ?60…?63 purpose with SEPA keywords: the SVWZ text and the end-to-end reference. */
function germanPurpose(purpose: string): string {
  const parts = new Map<string, string>()
  const keys = [...purpose.matchAll(SEPA_KEYS)]
  if (keys.length === 0) return squash(purpose)
  keys.forEach((k, i) => {
    const from = (k.index ?? 0) + k[0].length
    const to = keys[i + 1]?.index ?? purpose.length
    parts.set(k[1] ?? '', purpose.slice(from, to).trim())
  })
  const eref = parts.get('EREF') ?? ''
  return joinText([parts.get('SVWZ') ?? '', eref.toUpperCase() === 'NOTPROVIDED' ? '' : eref])
}

function readGerman(joined: string): Mt940Info {
  const code = joined.slice(0, 3)
  const sub = new Map<string, string>()
  for (const m of joined.slice(3).matchAll(/\?(\d{2})([^?]*)/g)) sub.set(m[1] ?? '', (sub.get(m[1] ?? '') ?? '') + (m[2] ?? ''))
  const take = (from: number, to: number): string => {
    let s = ''
    for (let k = from; k <= to; k++) s += sub.get(String(k)) ?? ''
    return s
  }
  return {
    remittance: germanPurpose(take(20, 29) + take(60, 63)),
    name: squash(take(32, 33)),
    iban: ibanOf(sub.get('31') ?? '') || ibanOf(sub.get('38') ?? ''),
    code,
  }
}

const SLASH_KEYS = /\/(TRTP|IBAN|BIC|NAME|REMI|EREF|ORDP|BENM|CNTP|CSID|MARF|PURP|ULTC|ULTD|ADDR|RTRN|PREF|ISDT|FEES|COAM|OAMT|EXCH)\//g

/**
 * The value without its trailing '/'s. A loop, not .replace(/\/+$/, ''): that regex tries every '/' of a run that is
 * not at the end and is quadratic on a long run (and /\s+$/ likewise, hence trimEnd() above; found by tests/unit/fuzz).
 */
function withoutTrailingSlashes(value: string): string {
  let end = value.length
  while (end > 0 && value.charCodeAt(end - 1) === 0x2f) end--
  return value.slice(0, end)
}

function readSlashed(joined: string): Mt940Info {
  const keys = [...joined.matchAll(SLASH_KEYS)]
  const values = new Map<string, string>()
  keys.forEach((k, i) => {
    const from = (k.index ?? 0) + k[0].length
    const to = keys[i + 1]?.index ?? joined.length
    if (!values.has(k[1] ?? '')) values.set(k[1] ?? '', joined.slice(from, to))
  })
  const remi = withoutTrailingSlashes((values.get('REMI') ?? '').replace(/^(USTD\/\/|STRD\/CUR\/|STRD\/\/)/, ''))
  const cntp = (values.get('CNTP') ?? '').split('/')
  const eref = withoutTrailingSlashes(values.get('EREF') ?? '')
  return {
    remittance: joinText([remi.replace(/\//g, ' '), eref.toUpperCase() === 'NOTPROVIDED' ? '' : eref]),
    name: squash(withoutTrailingSlashes(values.get('NAME') ?? cntp[2] ?? '')),
    iban: ibanOf(withoutTrailingSlashes(values.get('IBAN') ?? '')) || ibanOf(cntp[0] ?? ''),
    code: '',
  }
}

/** ':86:' lines (continuations included) -> remittance, counterparty name and IBAN. */
export function readInfo(lines: readonly string[]): Mt940Info {
  const direct = lines.map((l) => l.trimEnd()).join('')
  if (/^\d{3}\?\d{2}/.test(direct)) return readGerman(direct)
  if (/^\/[A-Z]{2,5}\//.test(direct) && new RegExp(SLASH_KEYS.source).test(direct)) return readSlashed(direct)
  return { remittance: joinFreeLines(lines), name: '', iban: '', code: '' }
}
