/**
 * SCAFFOLD (schema v10, issue 7): one row per customer with open invoices, maintained with every open item change
 * (repos/invoiceCounters.ts calls `moveCustomerSummaries`). Filled in by the aging/queue work.
 */
import type { Transaction } from 'dexie'
import type { CobroDb } from '../schema'
import type { OpenItemRow } from './invoiceCounters'

export const CUSTOMER_SUMMARY_STORES_V10 = {
  customerSummaries: 'customerId',
} as const

export interface CustomerSummaryRow {
  customerId: string
}

/** Moves the summaries of the customers whose open items changed: `removed` rows left, `added` rows arrived. */
export async function moveCustomerSummaries(_db: CobroDb, _removed: readonly OpenItemRow[], _added: readonly OpenItemRow[]): Promise<void> {}

/** The v9 -> v10 backfill (from the open items). */
export async function backfillCustomerSummaries(_tx: Transaction): Promise<void> {}
