/** Turning a column's raw value into what each file format writes. No electron import. */
import type { Language } from '../../../renderer/domain/types'
import { centsToDecimalString } from '../../../renderer/domain/money'
import { csvDate, type CsvStyle } from './i18n'
import type { CellInput, ColumnType } from './types'

/** Cents -> euros/lei as the nearest double to the exact decimal (integer division by 100 is correctly rounded). */
export function centsToNumber(cents: number): number {
  return cents / 100
}

/** 1 -> 'A', 27 -> 'AA'. */
export function columnLetter(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

/** 'YYYY-MM-DD' -> the Date at UTC midnight, i.e. a whole Excel serial day. */
export function isoToUtcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`)
}

/**
 * Running totals of integer cents, one per column, exact however many rows: each kept in a double while it is a
 * safe integer (the common case, no allocation), the excess carried in a BigInt.
 */
export function exactTotals(columns: number) {
  const small = new Array<number>(columns).fill(0)
  const big = new Array<bigint>(columns).fill(0n)
  return {
    add(i: number, cents: number): void {
      const s = small[i]! + cents
      if (Number.isSafeInteger(s)) small[i] = s
      else {
        big[i]! += BigInt(small[i]!) + BigInt(cents)
        small[i] = 0
      }
    },
    /** The total of column i (as a number: what the totals cell holds). */
    value(i: number): number {
      return Number(big[i]! + BigInt(small[i]!))
    },
  }
}

/** The XLSX cell value of a column value, or null for an empty cell. */
export function xlsxValue(type: ColumnType, v: CellInput): string | number | Date | null {
  if (v === null || v === '') return null
  switch (type) {
    case 'money':
      return centsToNumber(Number(v))
    case 'date':
      return isoToUtcDate(String(v))
    case 'percent':
      return Number(v) / 10000
    case 'integer':
    case 'number':
      return Number(v)
    case 'text':
      return String(v)
  }
}

/** Characters that make a spreadsheet program read a CSV text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/

/** A text cell a spreadsheet will not run: a leading = + - @ tab or CR gets an apostrophe in front. */
export function guardFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s
}

function plainNumber(n: number, decimal: string): string {
  const s = String(n)
  return decimal === '.' ? s : s.replace('.', decimal)
}

/** The unquoted CSV text of a column value: money with 2 decimals and no grouping, dates per language. */
export function csvText(type: ColumnType, v: CellInput, lang: Language, style: CsvStyle): string {
  if (v === null || v === '') return ''
  switch (type) {
    case 'money': {
      const s = centsToDecimalString(Number(v))
      return style.decimal === '.' ? s : s.replace('.', style.decimal)
    }
    case 'date':
      return csvDate(lang, String(v))
    case 'percent':
      return plainNumber(Number(v) / 10000, style.decimal)
    case 'integer':
    case 'number':
      return plainNumber(Number(v), style.decimal)
    case 'text':
      return guardFormula(String(v))
  }
}

/** RFC 4180: quoted when it holds the delimiter, a quote, CR or LF; quotes doubled. */
export function csvQuote(s: string, delimiter: string): string {
  if (s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r')) return `"${s.replace(/"/g, '""')}"`
  return s
}
