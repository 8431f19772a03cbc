/**
 * Days sales outstanding by the countback method (pure).
 *
 * The receivable at the period end is counted back against the sales of each month, newest first: a month whose
 * sales the remaining receivable covers entirely adds all its days; the month where the receivable runs out adds
 * days x (remaining / that month's sales). Example: receivable 1,500.00, November sales 1,000.00 (30 days),
 * October 800.00 (31 days): 30 + 31 x 500/800 = 49.4 days.
 *
 * Edge cases: nothing receivable (<= 0) -> 0 days; a receivable with no months to count back against -> null
 * (not computable); a receivable larger than all the sales given -> the days of every month given (a lower bound:
 * the window is too short). A month with no (or negative, credit notes above invoices) sales consumes nothing and
 * adds all its days.
 */
import { DomainError } from '../errors'
import { daysInMonth, isValidIsoDate, parseIsoDate } from '../dates'
import { cents } from '../money'
import type { Cents, CreditNote, Invoice, IsoDate } from '../types'

/** 'YYYY-MM'. */
export type YearMonth = string

export interface MonthSales {
  month: YearMonth
  /** Invoices' totals issued in the month minus credit notes issued in it. */
  sales: Cents
  /** Days the month counts for (its length; up to the report date for the month that contains it). */
  days: number
}

function roundOneDecimal(x: number): number {
  return Math.round(x * 10) / 10
}

/** DSO in days, one decimal; `monthlySales` newest first. See the module comment for the edge cases. */
export function dsoCountback(input: { receivable: Cents; monthlySales: readonly MonthSales[] }): number | null {
  let remaining = cents(input.receivable)
  if (remaining <= 0) return 0
  if (input.monthlySales.length === 0) return null
  let days = 0
  for (const m of input.monthlySales) {
    const sales = cents(m.sales)
    if (sales <= 0 || remaining >= sales) {
      days += m.days
      remaining -= Math.max(0, sales)
      if (remaining === 0) break
      continue
    }
    days += (m.days * remaining) / sales
    break
  }
  return roundOneDecimal(days)
}

function checkMonth(month: YearMonth): { y: number; m: number } {
  if (!isValidIsoDate(`${month}-01`) || month.length !== 7) throw new DomainError('date.invalid', { value: String(month) })
  const p = parseIsoDate(`${month}-01`)
  return { y: p.y, m: p.m }
}

function monthKey(y: number, m: number): YearMonth {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`
}

/**
 * Sales per month from `fromMonth` to `toMonth` inclusive, NEWEST FIRST, months without sales included (0):
 * issued invoices' totals by issue month minus credit notes' totals by their own issue month.
 * With `asOf`, documents dated after it are left out, the month containing it counts only its days up to asOf
 * and later months count 0 days.
 */
export function monthlySales(
  invoices: readonly Pick<Invoice, 'lifecycle' | 'issueDate' | 'totals'>[],
  creditNotes: readonly Pick<CreditNote, 'issueDate' | 'totals'>[],
  fromMonth: YearMonth,
  toMonth: YearMonth,
  asOf?: IsoDate,
): MonthSales[] {
  const from = checkMonth(fromMonth)
  const to = checkMonth(toMonth)
  const cut = asOf === undefined ? null : parseIsoDate(asOf)
  const sums = new Map<YearMonth, number>()
  const inWindow = (d: IsoDate): boolean => {
    const key = d.slice(0, 7)
    return key >= fromMonth && key <= toMonth && (asOf === undefined || d <= asOf)
  }
  for (const inv of invoices) {
    if (inv.lifecycle !== 'issued' || !inWindow(inv.issueDate)) continue
    const key = inv.issueDate.slice(0, 7)
    sums.set(key, (sums.get(key) ?? 0) + cents(inv.totals.total))
  }
  for (const n of creditNotes) {
    if (!inWindow(n.issueDate)) continue
    const key = n.issueDate.slice(0, 7)
    sums.set(key, (sums.get(key) ?? 0) - cents(n.totals.total))
  }
  const out: MonthSales[] = []
  for (let t = to.y * 12 + to.m - 1; t >= from.y * 12 + from.m - 1; t--) {
    const y = Math.floor(t / 12)
    const m = (t % 12) + 1
    const key = monthKey(y, m)
    let days = daysInMonth(y, m)
    if (cut && cut.y === y && cut.m === m) days = cut.d
    else if (cut && cut.y * 12 + cut.m - 1 < t) days = 0
    out.push({ month: key, sales: cents(sums.get(key) ?? 0), days })
  }
  return out
}
