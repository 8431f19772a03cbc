/**
 * The bank tables (schema v5): imported statement files, their lines, payer accounts learned from confirmed
 * matches, and the CSV/XLSX column mappings saved per bank. Lines are keyed by their fingerprint, so importing the
 * same file, or an overlapping one, never stores a movement twice.
 */
import type { BankLine, StatementFormat } from '../../../domain/bank/types'
import type { IsoDate, IsoDateTime } from '../../../domain/types'

export const BANK_STORES_V5 = {
  bankImports: 'id, importedAt',
  bankLines: 'id, importId, status, [status+bookingDate], [status+decidedAt], bookingDate, paymentId',
  payerAccounts: 'key, customerId',
  bankMappings: 'id',
}

/**
 * v10: the bank lines' index set (issue 7). Every index entry is one more write per stored line (5,000 per import), so
 * only what a query reads stays:
 *   [status+bookingDate]  the unmatched queue in booking order, and every count or list by status alone (Dexie reads
 *                         a compound index's first part as the index `status`);
 *   [status+decidedAt]    the lines decided lately;
 *   paymentId             the line of a payment that is reversed (paymentReversal.ts).
 * Dropped: importId and bookingDate (no query) and status (served by [status+bookingDate]).
 */
export const BANK_STORES_V10 = {
  bankLines: 'id, [status+bookingDate], [status+decidedAt], paymentId',
}

export interface BankImport {
  id: string
  fileName: string
  format: StatementFormat
  accountIbans: string[]
  from: IsoDate
  to: IsoDate
  /** Lines in the file, lines stored by this import, lines already known from an earlier import. */
  linesInFile: number
  linesNew: number
  linesKnown: number
  importedAt: IsoDateTime
  user: string
}

/**
 * unmatched: an incoming credit waiting for a decision; matched: a payment was recorded from it; ignored: not a
 * customer payment (with the reason in `note`); debit: money out, kept for the record, not matched.
 */
export type BankLineStatus = 'unmatched' | 'matched' | 'ignored' | 'debit'

export interface BankLineRow extends Omit<BankLine, 'seq'> {
  /** The line's fingerprint (lineFingerprint). */
  id: string
  importId: string
  accountIban: string
  seq: number
  status: BankLineStatus
  /** The payment recorded from this line ('' until matched). */
  paymentId: string
  note: string
  decidedBy: string
  decidedAt: IsoDateTime | ''
}

/** The fields of a decision on a line (who, when, why, which payment): '' on a line no one has decided yet. */
const DECISION_FIELDS = ['paymentId', 'note', 'decidedBy', 'decidedAt'] as const
type DecisionField = (typeof DECISION_FIELDS)[number]

/**
 * A bank line as stored. An imported line that waits for a decision (or a debit) is stored WITHOUT the decision fields:
 * an absent field is in no index, so the line adds no entry to [status+decidedAt] and paymentId, whose queries only ever
 * ask for decided lines and real payments (issue 7: two index entries of four fewer per line; a 5,000-line import's
 * put measured 15 to 25 % faster in Chromium, renderer/bench/bankProbe.ts). Every decision writes the whole row (fullLine + the decision), so a decided line has
 * them all. Read lines through fullLine: screens, matching, audit rows and backups then see exactly the row as before.
 */
export type StoredBankLine = Omit<BankLineRow, DecisionField> & Partial<Pick<BankLineRow, DecisionField>>

/** The line as every reader knows it: absent decision fields read as ''. */
export function fullLine(row: StoredBankLine): BankLineRow {
  if (DECISION_FIELDS.every((f) => row[f] !== undefined)) return row as BankLineRow
  return { ...row, paymentId: row.paymentId ?? '', note: row.note ?? '', decidedBy: row.decidedBy ?? '', decidedAt: row.decidedAt ?? '' }
}

/** 'iban:ES12…' or 'tax:B12345678' -> the customer who pays from it. */
export interface PayerAccount {
  key: string
  customerId: string
  learnedAt: IsoDateTime
  source: 'match' | 'manual'
}
