/**
 * XLSX under fuzz. The renderer never sees an .xlsx's bytes: main reads the sheet (exceljs) and hands over cell
 * texts, which parseRows reads with a column mapping. So the damage here is done to the cells: a cell given a wrong
 * value, cells lost at a row's end, rows lost, repeated or swapped, the sheet cut short, random rows.
 */
import fc from 'fast-check'
import { WRONG_VALUES } from './mutate'

export type Rows = string[][]

export type RowsMutation =
  | { op: 'cell'; row: number; col: number; value: string }
  | { op: 'shorten'; row: number; keep: number }
  | { op: 'deleteRow'; row: number }
  | { op: 'duplicateRow'; row: number }
  | { op: 'swapRows'; a: number; b: number }
  | { op: 'cut'; at: number }

/** What exceljs turns cells into: ISO dates, numbers with a point (any magnitude), texts, nothing. */
const CELL_VALUES = [...WRONG_VALUES, '2026-11-17', '1234.5', '-3.02', '1e+21', '-1e-7', '0.1', '12.345', 'true', 'Infinity', '-0']

export const cellArb = fc.oneof(
  fc.constantFrom(...CELL_VALUES),
  fc.double({ noNaN: false }).map(String),
  fc.string({ maxLength: 20 }),
)

export const rowsMutationArb: fc.Arbitrary<RowsMutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('cell' as const), row: fc.nat(), col: fc.nat(), value: cellArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('shorten' as const), row: fc.nat(), keep: fc.nat({ max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('deleteRow' as const), row: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicateRow' as const), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('swapRows' as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cut' as const), at: fc.nat() }) },
)

export const rowsMutationsArb = fc.array(rowsMutationArb, { minLength: 1, maxLength: 4 })

export function applyRowsMutation(rows: Rows, m: RowsMutation): Rows {
  if (rows.length === 0) return rows
  const out = rows.map((r) => [...r])
  const at = (n: number) => n % out.length
  switch (m.op) {
    case 'cell': {
      const row = out[at(m.row)]!
      row[m.col % Math.max(1, row.length)] = m.value
      return out
    }
    case 'shorten':
      out[at(m.row)]!.length = Math.min(m.keep, out[at(m.row)]!.length)
      return out
    case 'deleteRow':
      out.splice(at(m.row), 1)
      return out
    case 'duplicateRow':
      out.splice(at(m.row), 0, [...out[at(m.row)]!])
      return out
    case 'swapRows': {
      const [a, b] = [at(m.a), at(m.b)]
      ;[out[a], out[b]] = [out[b]!, out[a]!]
      return out
    }
    case 'cut':
      return out.slice(0, at(m.at))
  }
}

export const applyRowsMutations = (rows: Rows, ms: readonly RowsMutation[]): Rows => ms.reduce(applyRowsMutation, rows)

/** A random sheet: up to 40 rows of up to 8 cells. */
export const randomRowsArb: fc.Arbitrary<Rows> = fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 40 })
