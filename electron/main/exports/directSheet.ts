/**
 * The data rows of a sheet as the XML exceljs would write for them (directRows.ts), built column by column without
 * exceljs' Row and Cell objects: the large exports (a 200,000-row sales register) spend most of main's time here.
 * What it keeps from one chunk to the next: each column's style id (registered with exceljs' style registry at the
 * column's first cell, the order exceljs itself registers them in, so styles.xml is unchanged), the Excel serial of
 * each date seen, and the running totals of the money columns. No electron import.
 */
import type ExcelJS from 'exceljs'
import { columnLetter, isoToUtcDate, xlsxValue, type exactTotals } from './cells'
import { excelSerial, valueXml, type DirectRows, type ValueKind } from './directRows'
import type { ColumnDef, SheetLayout } from './types'

type Style = Partial<ExcelJS.Style>

/**
 * The style of every text data cell: one shared object. exceljs gives each new cell a style object of its own and
 * caches a style's id by object identity, so without this each text cell's (empty) style was rendered to XML to
 * find its id again. Same style id as before: General, no font (exportsDirectRows.test.ts compares the bytes).
 */
export const TEXT_STYLE: Style = Object.freeze({}) as Style

/**
 * A function writing rows (from row number `first` on) as sheet XML. `styleOf` gives a column's style for a row
 * (a money column in the row's own currency has its own); `summed` says which columns add to `sums`.
 */
export function directRowsXml<R>(
  layout: SheetLayout<R>,
  direct: DirectRows,
  styleOf: (i: number, c: ColumnDef<R>, row: R) => Style,
  summed: readonly boolean[],
  sums: ReturnType<typeof exactTotals>,
): (rows: readonly R[], first: number) => string {
  // A date cell holds the Excel serial day of its Date (what exceljs writes); the same dates come back on many rows.
  const serials = new Map<string, string>()
  const serialOf = (iso: string): string => {
    let n = serials.get(iso)
    if (n === undefined) serials.set(iso, (n = valueXml(excelSerial(isoToUtcDate(iso)))))
    return n
  }
  const writers = layout.columns.map((c, i) => cellWriter(c, i))

  /** One column's cell of a row (row number n as text), '' when empty (a function per column: each stays monomorphic). */
  function cellWriter(c: ColumnDef<R>, i: number): (row: R, n: string) => string {
    const letter = columnLetter(i + 1)
    const kind: ValueKind = c.type === 'text' ? 'string' : c.type === 'date' ? 'date' : 'number'
    const sum = summed[i] === true
    // What goes between the address and the value (style id, type): the column's, or per other currency.
    let head: string | undefined
    const heads = new Map<string, string>()
    const headOf = (row: R): string => {
      const cur = c.currency?.(row)
      if (!cur || cur === layout.currency) return (head ??= direct.cellHead(kind, direct.styleId(kind, c.type === 'text' ? TEXT_STYLE : styleOf(i, c, row))))
      let h = heads.get(cur)
      if (h === undefined) heads.set(cur, (h = direct.cellHead(kind, direct.styleId(kind, styleOf(i, c, row)))))
      return h
    }
    const text =
      c.type === 'money'
        ? (raw: string | number) => centsXml(Number(raw))
        : c.type === 'date'
          ? (raw: string | number) => serialOf(String(raw))
          : (raw: string | number) => valueXml(xlsxValue(c.type, raw)!)
    return (row, n) => {
      const raw = c.value(row)
      if (raw === null || raw === '') return ''
      if (sum && typeof raw === 'number') sums.add(i, raw)
      return `<c r="${letter}${n}${headOf(row)}${text(raw)}</v></c>`
    }
  }

  return (rows, first) => {
    let xml = ''
    let n = first
    for (const data of rows) {
      let cells = ''
      let min = 0
      let max = 0
      const ref = String(n)
      for (let i = 0; i < writers.length; i++) {
        const cell = writers[i]!(data, ref)
        if (cell === '') continue
        if (min === 0) min = i + 1
        max = i + 1
        cells += cell
      }
      xml += direct.row(n++, min, max, cells)
    }
    return xml
  }
}

/**
 * Integer cents as the number cents / 100 prints in JavaScript (what exceljs writes for the money cell), from
 * integer arithmetic: below 10^15 cents the shortest decimal that reads back as that double is the exact 2-decimal
 * value without trailing zeros (a double holds 15 significant digits), which is this. Others: the division itself.
 */
export function centsXml(cents: number): string {
  if (!Number.isSafeInteger(cents) || Math.abs(cents) >= 1e15) return valueXml(cents / 100)
  const a = Math.abs(cents)
  const whole = Math.floor(a / 100)
  const frac = a % 100
  const sign = cents < 0 ? '-' : ''
  if (frac === 0) return `${sign}${whole}`
  return `${sign}${whole}.${frac < 10 ? `0${frac}` : frac % 10 === 0 ? frac / 10 : frac}`
}
