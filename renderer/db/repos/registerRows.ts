/**
 * SCAFFOLD (schema v10, issue 7): one slim row per issued invoice for the sales register export, maintained with
 * every invoice write (repos/invoiceCounters.ts calls `moveRegisterRow`). Filled in by the XLSX work.
 */
import type { Transaction } from 'dexie'
import type { CobroDb, StoredInvoice } from '../schema'

export const REGISTER_STORES_V10 = {
  registerRows: 'id',
} as const

export interface RegisterRow {
  id: string
}

/** Writes, changes or removes the register row of one invoice (`before` undefined = new; `after` undefined = deleted). */
export async function moveRegisterRows(_db: CobroDb, _before: readonly (StoredInvoice | undefined)[], _after: readonly (StoredInvoice | undefined)[]): Promise<void> {}

/** The v9 -> v10 backfill. */
export async function backfillRegisterRows(_tx: Transaction): Promise<void> {}
