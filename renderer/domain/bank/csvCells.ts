/** Cells of CSV/XLSX bank exports: dates in the mapping's format, amounts with its decimal separator, exactly. */
import type { Cents, IsoDate } from '../types'
import { dateFromParts, decimalToCents } from './fields'
import type { ColumnMapping } from './types'

/**
 * A date cell: 'YYYY-MM-DD' always (XLSX cells arrive so), otherwise the mapping's format with '/', '.' or '-'
 * between parts, one- or two-digit day and month, a two-digit year read as 20YY; a time after the date is ignored.
 */
export function parseDateCell(text: string, format: ColumnMapping['dateFormat']): IsoDate | null {
  const s = text.trim().split(/[\sT]/)[0] ?? ''
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)
  if (iso) return dateFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const parts = s.split(/[/.-]/)
  if (parts.length !== 3 || parts.some((p) => !/^\d{1,4}$/.test(p))) return null
  const [a = '', b = '', c = ''] = parts
  const year = (y: string): number => (y.length === 2 ? 2000 + Number(y) : y.length === 4 ? Number(y) : NaN)
  if (format === 'yyyy-mm-dd') return dateFromParts(year(a), Number(b), Number(c))
  if (format === 'mm/dd/yyyy') return dateFromParts(year(c), Number(a), Number(b))
  return dateFromParts(year(c), Number(b), Number(a))
}

const NOISE = /[\s\u00a0\u202f']|€|EUR|RON|LEI|USD|\$/gi

/**
 * An amount cell -> signed cents, or null when it is not a number in the mapping's convention. Accepts a leading
 * or trailing minus, '+', parentheses for negatives, grouping by thousands with the other separator (checked: a
 * '1234.56' read with decimal ',' is refused, not taken as 123456). With `machineNumbers` (XLSX cells), a plain
 * '-1234.5' is read with a decimal point whatever the mapping says.
 */
export function parseAmountCell(text: string, decimal: ',' | '.', machineNumbers = false): Cents | null {
  let s = text.replace(NOISE, '').replace(/\u2212/g, '-')
  if (s === '') return null
  if (machineNumbers && /^-?\d+(\.\d+)?$/.test(s)) return decimalToCents(s, '.')
  let negative = false
  if (/^\(.*\)$/.test(s)) {
    negative = true
    s = s.slice(1, -1)
  }
  if (s.endsWith('-')) {
    negative = !negative
    s = s.slice(0, -1)
  } else if (s.startsWith('-')) {
    negative = !negative
    s = s.slice(1)
  } else if (s.startsWith('+')) s = s.slice(1)
  const group = decimal === ',' ? '.' : ','
  if (s.includes(group)) {
    const d = decimal === ',' ? ',' : '\\.'
    const g = group === '.' ? '\\.' : ','
    if (!new RegExp(`^\\d{1,3}(${g}\\d{3})+(${d}\\d*)?$`).test(s)) return null
    s = s.split(group).join('')
  }
  if (!/^\d/.test(s) && !s.startsWith(decimal)) return null
  const value = decimalToCents(s, decimal)
  if (value === null) return null
  return negative && value !== 0 ? -value : value
}
