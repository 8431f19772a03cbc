/** Columns of the receivables aging (one per bucket, headed from the bounds) and of the customer statement. */
import type { AgingExportRow, StatementExportRow } from '../../../contract/exports'
import type { Language } from '../../../../renderer/domain/types'
import { st, stPlural } from '../i18n'
import type { ColumnDef } from '../types'

/**
 * Bucket headings from the bounds (ascending upper bounds of days past due, one more bucket than bounds):
 * [0, 30, 60, 90] -> "No vencido", "1–30 días", "31–60 días", "61–90 días", "Más de 90 días".
 * A first bound above 0 gives "Hasta 15 días"; a bucket of one day gives "31 días".
 */
export function agingBucketHeaders(lang: Language, bounds: readonly number[]): string[] {
  const key = (k: string) => `agingBuckets.${k}`
  const out: string[] = []
  let from = 0
  for (const [i, to] of bounds.entries()) {
    if (i === 0) out.push(to === 0 ? st(lang, key('current')) : stPlural(lang, key('upTo'), to))
    else if (from === to) out.push(stPlural(lang, key('single'), to))
    else out.push(stPlural(lang, key('range'), to, { from }))
    from = to + 1
  }
  out.push(stPlural(lang, key('over'), from - 1))
  return out
}

export function agingColumns(lang: Language, bounds: readonly number[]): ColumnDef<AgingExportRow>[] {
  const h = (key: string) => st(lang, `columns.aging.${key}`)
  return [
    { id: 'customerCode', header: h('customerCode'), type: 'text', width: 11, value: (r) => r.customerCode },
    { id: 'customer', header: h('customer'), type: 'text', width: 34, value: (r) => r.customerName },
    { id: 'taxId', header: h('taxId'), type: 'text', width: 14, value: (r) => r.taxId },
    ...agingBucketHeaders(lang, bounds).map(
      (header, i): ColumnDef<AgingExportRow> => ({ id: `bucket:${i}`, header, type: 'money', width: 14, value: (r) => r.buckets[i] ?? 0 }),
    ),
    { id: 'total', header: h('total'), type: 'money', width: 15, value: (r) => r.total },
    { id: 'oldestDueDate', header: h('oldestDueDate'), type: 'date', width: 13, value: (r) => r.oldestDueDate },
  ]
}

/** The running balance is not summed (a sum of balances means nothing); debit and credit are. */
export function statementColumns(lang: Language): ColumnDef<StatementExportRow>[] {
  const h = (key: string) => st(lang, `columns.statement.${key}`)
  return [
    { id: 'date', header: h('date'), type: 'date', width: 12, value: (r) => r.date },
    { id: 'kind', header: h('kind'), type: 'text', width: 24, value: (r) => st(lang, `statementKinds.${r.kind}`) },
    { id: 'reference', header: h('reference'), type: 'text', width: 20, value: (r) => r.reference },
    { id: 'dueDate', header: h('dueDate'), type: 'date', width: 12, value: (r) => r.dueDate },
    { id: 'debit', header: h('debit'), type: 'money', width: 15, value: (r) => (r.kind === 'opening' ? null : r.debit) },
    { id: 'credit', header: h('credit'), type: 'money', width: 15, value: (r) => (r.kind === 'opening' ? null : r.credit) },
    { id: 'balance', header: h('balance'), type: 'money', width: 15, noTotal: true, value: (r) => r.balance },
  ]
}
