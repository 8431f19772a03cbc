/**
 * Bank statements and payment matching: the shapes shared by the parsers (Norma 43, MT940, camt.053, CSV/XLSX),
 * the matcher and the import. Pure data: amounts in integer cents (credits positive, debits negative), dates ISO.
 */
import type { Cents, CurrencyCode, IsoDate } from '../types'

export type StatementFormat = 'norma43' | 'mt940' | 'camt053' | 'csv' | 'xlsx'

/** One movement on the account as the bank reports it. */
export interface BankLine {
  /** Position in the file (1-based record / entry index), for messages and stable ids. */
  seq: number
  bookingDate: IsoDate
  valueDate: IsoDate
  /** Signed: > 0 money in (credit), < 0 money out (debit). Never 0. */
  amount: Cents
  currency: CurrencyCode | string
  /** Remittance / concept text, lines joined with a single space, trimmed. */
  remittance: string
  /** Counterparty as given by the bank ('' when absent). */
  counterpartyName: string
  counterpartyIban: string
  /** Tax id of the counterparty when the format carries it (Norma 43 concept fields sometimes do). */
  counterpartyTaxId: string
  /** Bank's own reference for the movement (Norma 43 ref 1/2, MT940 bank ref, camt AcctSvcrRef / EndToEndId). */
  bankReference: string
  /** Common / transaction code of the format (Norma 43 concepto común, MT940 GVC/transaction type, camt BkTxCd). */
  typeCode: string
}

/** One account section of a file (Norma 43 files may hold several accounts; camt.053 several Stmt). */
export interface BankStatement {
  format: StatementFormat
  /** IBAN when the format gives it (MT940 :25:, camt Acct/Id/IBAN); for Norma 43 the IBAN built from bank/branch/account. */
  accountIban: string
  /** Raw account identification as printed in the file (e.g. Norma 43 entity-office-account). */
  accountId: string
  currency: CurrencyCode | string
  from: IsoDate
  to: IsoDate
  /** Opening and closing booked balances when the format carries them (signed cents); null when absent. */
  openingBalance: Cents | null
  closingBalance: Cents | null
  lines: BankLine[]
  /** The statement's own identification when the file gives one (MT940 :20:/:28C:, camt Stmt/Id, ...). */
  reference?: string
  /** 1-based file lines where the section starts (Norma 43 record 11, MT940 :20:, camt Stmt) and where its
   * closing balance is (record 33, :62F:, CLBD): the lines quoted by validation problems. */
  startLine?: number
  endLine?: number
}

/**
 * A problem that refuses the whole file: where (1-based line of the file; 0 = the file as a whole) and why: `code` is a
 * key of the `errors` namespace ('bank.*'), `params` its values (amounts in cents as numbers, plus the same amounts as
 * plain decimal text in `*Amount` params for the message).
 */
export interface StatementProblem {
  line: number
  code: string
  params: Record<string, string | number>
}

/** Text encoding the bytes were read with (Norma 43 / MT940: windows-1252 unless the bytes are valid UTF-8). */
export type TextEncodingName = 'utf-8' | 'windows-1252'

export type ParseResult =
  | { ok: true; statements: BankStatement[]; encoding?: TextEncodingName }
  | { ok: false; problems: StatementProblem[] }

/** How a CSV/XLSX export of one bank maps to BankLine, saved per bank by the user. */
export interface ColumnMapping {
  id: string
  name: string
  /** Rows to skip before the header row. */
  skipRows: number
  hasHeader: boolean
  delimiter: ';' | ',' | '\t'
  decimalSeparator: ',' | '.'
  dateFormat: 'dd/mm/yyyy' | 'dd.mm.yyyy' | 'yyyy-mm-dd' | 'dd-mm-yyyy' | 'mm/dd/yyyy'
  /** 0-based column indexes; amount either one signed column or separate credit/debit columns. */
  columns: {
    bookingDate: number
    valueDate: number | null
    amount: number | null
    credit: number | null
    debit: number | null
    remittance: number[]
    counterpartyName: number | null
    counterpartyIban: number | null
    reference: number | null
    balance: number | null
  }
  /** The account these files belong to (CSV rarely says). */
  accountIban: string
  currency: CurrencyCode
}
