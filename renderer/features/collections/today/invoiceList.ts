/**
 * The invoices a Today row names, from the slim rows the page read (TodayRows.invoices): explain.ts's invoicesOf and
 * invoiceNumbers for TodayInvoice (they take whole Invoice rows, which Today no longer reads).
 */
import type { TFunction } from 'i18next'
import type { TodayInvoice } from '../../../db/repos/collections/todayRows'

/** The invoices of the ids, in due-date order (ids of invoices no longer open are skipped). */
export function openInvoicesOf(ids: readonly string[], invoices: ReadonlyMap<string, TodayInvoice>): TodayInvoice[] {
  return ids
    .map((id) => invoices.get(id))
    .filter((i): i is TodayInvoice => i !== undefined)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.fullNumber.localeCompare(b.fullNumber))
}

/** "F2026-000012, F2026-000015 and 3 more". */
export function numbersOf(t: TFunction, ids: readonly string[], invoices: ReadonlyMap<string, TodayInvoice>, max = 3): string {
  const numbers = openInvoicesOf(ids, invoices).map((i) => i.fullNumber)
  if (numbers.length <= max) return numbers.join(', ')
  return t('collections:today.andMore', { list: numbers.slice(0, max).join(', '), count: numbers.length - max })
}
