/**
 * The sales register's read model (schema v10, issue 7): one row per issue day holding a compact entry per issued
 * invoice of that day (salesRegister.ts RegisterEntry: number, customer, currency, amounts per VAT rate), so the XLSX
 * of the whole history reads a few thousand small rows instead of every 2.3 KB invoice row.
 *
 * Why a row per day and not per invoice: Chromium's IndexedDB costs about as much per row read as per byte, so
 * 200,000 slim rows still took 4-15 s to read on the bench machine, where the same entries in 3,650 day rows took
 * 0.7-2.5 s. A day's entries are kept by number then id, which is the register's order within a day; the day key
 * gives the period and the order between days. A write rewrites its day's row (a few KB: the invoices of one day).
 *
 * Maintained in the same transaction as every invoice write (invoiceCounters.ts calls `moveRegisterRows`). Only
 * issued invoices have an entry; a write that leaves an invoice's entry as it was (a payment, a credit note, a
 * reminder: they change openAmount, paidAmount... which the register does not show) writes nothing. Calls must be
 * awaited one after another within a transaction (each reads and writes the day rows it moves).
 */
import type { Table, Transaction } from 'dexie'
import type { RateColumn } from '../../domain/reports/exportRowTypes'
import { entryRates, registerEntryOf, type RegisterEntry } from '../../domain/reports/salesRegister'
import type { Invoice, IsoDate } from '../../domain/types'
import type { CobroDb, StoredInvoice } from '../schema'

export const REGISTER_STORES_V10 = {
  registerRows: 'issueDate, *rateKeys',
} as const

export interface RegisterRow {
  /** The issue day (primary key). */
  issueDate: IsoDate
  /** The issued invoices of the day, by number then id. Never empty: a day without any has no row. */
  entries: RegisterEntry[]
  /**
   * The day's distinct VAT rates as '<vatRate>:<recargoRate>@<issueDate>', sorted (index `*rateKeys`): the rates of a
   * period are found from the index alone (periodRates), so an export knows its columns before it reads any row.
   */
  rateKeys: string[]
}

type RegisterTable = Table<RegisterRow, string>

const byNumberThenId = (a: RegisterEntry, b: RegisterEntry) => (a[1] !== b[1] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)

/** The day row holding `entries` (sorted here by number then id), with its rate keys. */
export function registerRowOf(issueDate: IsoDate, entries: RegisterEntry[]): RegisterRow {
  const keys = new Set<string>()
  for (const e of entries) for (const r of entryRates(e)) keys.add(`${r.vatRate}:${r.recargoRate}@${issueDate}`)
  return { issueDate, entries: entries.sort(byNumberThenId), rateKeys: [...keys].sort() }
}

/**
 * The (VAT, recargo) rate pairs of the issued invoices of a period, from the `*rateKeys` index only: the keys of
 * one pair are contiguous ('2100:520@2026-01-02', '2100:520@2026-01-03', ...), so each pair costs two small reads
 * (is there a key of it in the period? where does the next pair start?), whatever the size of the period.
 */
export async function periodRates(db: CobroDb, from: IsoDate, to: IsoDate): Promise<RateColumn[]> {
  const index = db.registerRows.where('rateKeys')
  const out: RateColumn[] = []
  for (let after = ''; ; ) {
    const [key] = (await index.above(after).limit(1).keys()) as string[]
    if (key === undefined) return out
    const pair = key.slice(0, key.indexOf('@'))
    if ((await index.between(`${pair}@${from}`, `${pair}@${to}`, true, true).limit(1).keys()).length > 0) {
      const [vatRate, recargoRate] = pair.split(':').map(Number) as [number, number]
      out.push({ vatRate, recargoRate })
    }
    after = `${pair}@\uffff`
  }
}

/** The entry an invoice row has in the register, or null (drafts have none). */
export function entryOf(inv: Invoice): RegisterEntry | null {
  return inv.lifecycle === 'issued' ? registerEntryOf(inv) : null
}

function sameEntry(a: RegisterEntry, b: RegisterEntry): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}

/** What moves in each day: ids whose entry leaves it, entries that arrive (an entry changed in place is in both). */
interface DayMoves {
  gone: Set<string>
  arrived: RegisterEntry[]
}

function movesOf(befores: readonly (StoredInvoice | undefined)[], afters: readonly (StoredInvoice | undefined)[]): Map<IsoDate, DayMoves> {
  const days = new Map<IsoDate, DayMoves>()
  const day = (d: IsoDate) => {
    let m = days.get(d)
    if (!m) days.set(d, (m = { gone: new Set(), arrived: [] }))
    return m
  }
  for (let i = 0; i < Math.max(befores.length, afters.length); i++) {
    const before = befores[i]
    const after = afters[i]
    const was = before ? entryOf(before) : null
    const is = after ? entryOf(after) : null
    if (was && is && before!.issueDate === after!.issueDate && sameEntry(was, is)) continue
    if (was) day(before!.issueDate).gone.add(was[0])
    if (is) day(after!.issueDate).arrived.push(is)
  }
  return days
}

/** Applies the moves to the day rows: rows left empty are deleted, the others rewritten in order. */
async function applyMoves(table: RegisterTable, days: Map<IsoDate, DayMoves>): Promise<void> {
  if (days.size === 0) return
  const keys = [...days.keys()]
  const rows = await table.bulkGet(keys)
  const puts: RegisterRow[] = []
  const deletes: string[] = []
  keys.forEach((issueDate, i) => {
    const { gone, arrived } = days.get(issueDate)!
    const replaced = new Set(arrived.map((e) => e[0]))
    const kept = (rows[i]?.entries ?? []).filter((e) => !gone.has(e[0]) && !replaced.has(e[0]))
    const entries = [...kept, ...arrived]
    if (entries.length > 0) puts.push(registerRowOf(issueDate, entries))
    else if (rows[i]) deletes.push(issueDate)
  })
  if (puts.length > 0) await table.bulkPut(puts)
  if (deletes.length > 0) await table.bulkDelete(deletes)
}

/**
 * Moves the register entries of invoices written together: `befores[i]` is the stored row `afters[i]` replaces
 * (undefined = new), `afters[i]` undefined = deleted. Must run in the invoice write's transaction.
 */
export async function moveRegisterRows(db: CobroDb, befores: readonly (StoredInvoice | undefined)[], afters: readonly (StoredInvoice | undefined)[]): Promise<void> {
  await applyMoves(db.registerRows, movesOf(befores, afters))
}

/** Invoices read per page by the backfill (primary-key order: the fastest way through the whole table). */
export const BACKFILL_PAGE = 5000

/**
 * The v9 -> v10 backfill: the invoices read once, in pages by primary key, the issued ones' entries grouped by day,
 * then the day rows written in a few bulk puts (all inside the upgrade's transaction).
 */
export async function backfillRegisterRows(tx: Transaction, page = BACKFILL_PAGE): Promise<void> {
  const invoices = tx.table<StoredInvoice, string>('invoices')
  const table = tx.table<RegisterRow, string>('registerRows')
  const byDay = new Map<IsoDate, RegisterEntry[]>()
  let last: string | null = null
  for (;;) {
    const rows: StoredInvoice[] = await (last === null ? invoices.orderBy(':id') : invoices.where(':id').above(last)).limit(page).toArray()
    for (const inv of rows) {
      const entry = entryOf(inv)
      if (!entry) continue
      const list = byDay.get(inv.issueDate)
      if (list) list.push(entry)
      else byDay.set(inv.issueDate, [entry])
    }
    if (rows.length < page) break
    last = rows[rows.length - 1]!.id
  }
  await table.clear()
  const all: RegisterRow[] = [...byDay].map(([issueDate, entries]) => registerRowOf(issueDate, entries))
  for (let i = 0; i < all.length; i += 500) await table.bulkPut(all.slice(i, i + 500))
}
