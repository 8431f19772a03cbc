/**
 * Rows of a per-customer table (customers, lastContacts: at most one row per customer, a few thousand) for many
 * customers at once. `bulkGet` asks IndexedDB once per key; for a thousand keys and more that costs more than one
 * getAll of the whole table (measured in Chromium at 2,000 customers), so above MANY keys the table is read whole.
 * Same result either way: the rows of `keys`, in their order, undefined where there is none.
 */
import type { Table } from 'dexie'

const MANY = 200

export async function rowsOfCustomers<T>(
  table: Table<T, string>,
  keys: string[],
  keyOf: (row: T) => string,
  many = MANY,
): Promise<Array<T | undefined>> {
  if (keys.length <= many) return table.bulkGet(keys)
  const byKey = new Map((await table.toArray()).map((r) => [keyOf(r), r]))
  return keys.map((k) => byKey.get(k))
}
