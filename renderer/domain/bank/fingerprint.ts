/**
 * Stable fingerprints of bank movements, for idempotent re-import: the same movement read from two overlapping
 * files gets the same fingerprint. Built from the account, booking and value dates, signed amount, the bank's
 * reference and the normalized remittance, plus the occurrence index among identical movements of the same day
 * (two equal transfers on one day stay two). Independent of the file's line numbers.
 */
import { normalizeIban } from '../iban'
import type { BankLine, BankStatement } from './types'

/** Upper case, no accents, only letters and digits: 'Fra. 2026/0012 pagó' -> 'FRA20260012PAGO'. */
export function normalizeRemittance(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
}

function accountOf(statement: BankStatement): string {
  return normalizeIban(statement.accountIban) || statement.accountId.toUpperCase().replace(/\s+/g, '')
}

function movementKey(account: string, line: BankLine): string {
  return [account, line.bookingDate, line.valueDate, line.amount, line.bankReference.trim().toUpperCase(), normalizeRemittance(line.remittance)].join('|')
}

/** cyrb53: a fast 53-bit string hash (public domain), as 14 hex digits. */
function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
}

function fingerprintOf(account: string, line: BankLine, occurrence: number): string {
  const key = `${movementKey(account, line)}|${occurrence}`
  return `${account}:${line.bookingDate}:${cyrb53(key, 1)}${cyrb53(key, 2)}`
}

/** The fingerprints of all lines of a statement, in line order (linear time). */
export function statementFingerprints(statement: BankStatement): string[] {
  const account = accountOf(statement)
  const seen = new Map<string, number>()
  return statement.lines.map((line) => {
    const key = movementKey(account, line)
    const occurrence = seen.get(key) ?? 0
    seen.set(key, occurrence + 1)
    return fingerprintOf(account, line, occurrence)
  })
}

/** The fingerprint of one line of a statement (found among statement.lines by identity or by seq). */
export function lineFingerprint(statement: BankStatement, line: BankLine): string {
  const account = accountOf(statement)
  const key = movementKey(account, line)
  let occurrence = 0
  for (const other of statement.lines) {
    if (other === line || other.seq === line.seq) break
    if (movementKey(account, other) === key) occurrence++
  }
  return fingerprintOf(account, line, occurrence)
}
