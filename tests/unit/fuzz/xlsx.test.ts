/**
 * XLSX statements under fuzz, as the renderer gets them: the sheet's cell texts from main (readStatement.test.ts
 * fuzzes the workbook's bytes), read with a column mapping. Generated sheets import exactly; random sheets and
 * damaged ones (support/rows.ts) are read sanely or refused with readable problems, in time, never a crash.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseRows } from '../../../renderer/domain/bank/csvRows'
import { withValidation } from '../../../renderer/domain/bank/detect'
import type { ParseResult } from '../../../renderer/domain/bank/types'
import { fuzzParams, PROPERTY_TIMEOUT_MS } from './support/config'
import { expectSaneOrRefused, guarded } from './support/invariants'
import { applyRowsMutations, randomRowsArb, rowsMutationsArb, type Rows } from './support/rows'
import { closingOf, COMPANY_IBANS, historyArb, XLSX_MAPPING, xlsxRows } from './support/writers'

/** The sheet read and validated as the import does; problems may quote any row (XLSX rows are 1-based). */
function checkRows(rows: Rows): ParseResult | null {
  const result = guarded(() => withValidation(parseRows(rows, XLSX_MAPPING, { format: 'xlsx' }), COMPANY_IBANS))
  if (result) expectSaneOrRefused(result, COMPANY_IBANS, rows.length + 1)
  return result
}

const history = historyArb()
const property = <Ts extends unknown[]>(name: string, prop: fc.IPropertyWithHooks<Ts>, runs = 100) =>
  it(name, () => fc.assert(prop, fuzzParams<Ts>(runs)), PROPERTY_TIMEOUT_MS)

describe('XLSX cells under fuzz', () => {
  property(
    'imports every generated sheet exactly',
    fc.property(history, (h) => {
      const r = checkRows(xlsxRows(h))
      if (h.movements.length === 0) return // a sheet without rows: refused as empty
      expect(r?.ok, JSON.stringify(r && !r.ok ? r.problems : null)).toBe(true)
      if (!r?.ok) return
      expect(r.statements[0]!.lines.map((l) => [l.bookingDate, l.amount])).toEqual(h.movements.map((m) => [m.date, m.amount]))
      if (r.statements[0]!.closingBalance !== null) expect(r.statements[0]!.closingBalance).toBe(closingOf(h))
    }),
    50,
  )

  property('random sheets: read or refused, never a crash', fc.property(randomRowsArb, (rows) => void checkRows(rows)))

  property(
    'a sheet with wrong cells, lost, repeated or swapped rows, or cut short: read or refused, never a crash',
    fc.property(fc.oneof(history, history.map((h) => ({ ...h, movements: [] }))), rowsMutationsArb, (h, m) => void checkRows(applyRowsMutations(xlsxRows(h), m))),
  )
})
