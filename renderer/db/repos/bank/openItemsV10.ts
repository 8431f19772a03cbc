/**
 * The v9 -> v10 refresh of the open items (issue 7). Since v10, bank matching builds its index from the slim
 * `openItems` rows, not from the open invoices' full rows (2.3 KB each). The rows therefore carry the currency, total,
 * early-payment terms and discount taken (invoiceCounters.ts openItemOf). Rows written by v9 lack them: each is
 * rewritten from its invoice. The set stays the same, and so does what every later invoice write maintains. The
 * open invoices are a few percent of the table (8,917 of 200,000 in the benchmark), read through the
 * [isOpen+dueDate] index, as v9's backfill did.
 */
import Dexie, { type Transaction } from 'dexie'
import type { StoredInvoice } from '../../schema'
import { openItemOf, type OpenItemRow } from '../invoiceCounters'

/** Runs first in upgradeToV10, before anything that reads the open items. */
export async function refreshOpenItems(tx: Transaction): Promise<void> {
  const open = await tx
    .table<StoredInvoice, string>('invoices')
    .where('[isOpen+dueDate]')
    .between([1, Dexie.minKey], [1, Dexie.maxKey], true, true)
    .toArray()
  const items = open.map(openItemOf).filter((x): x is OpenItemRow => x !== null)
  const table = tx.table<OpenItemRow, string>('openItems')
  await table.clear()
  await table.bulkPut(items)
}
