/**
 * What every export reader gives (ExportSource) and the helpers they share: chunking rows for appendExport and
 * cutting date-ordered references between whole days. The readers are in exports.ts and exportsSales.ts.
 */
import type { ExportKind, ExportRowsByKind, TaxRateColumn } from '../../../../electron/contract/exports'
import type { IsoDate } from '../../../domain/types'

/** Rows per appendExport call (the contract allows up to 5,000). */
export const EXPORT_CHUNK_ROWS = 2000

export interface ExportSource<K extends ExportKind> {
  kind: K
  /** How many rows chunks() yields in all. */
  total: number
  /** salesRegister: the rate columns, VAT rate descending. */
  rates?: TaxRateColumn[]
  /** salesRegister: it holds cancelled invoices (their columns are added). */
  cancellations?: boolean
  /** aging: the bucket bounds. */
  bounds?: number[]
  chunks(): AsyncGenerator<ExportRowsByKind[K][], void, void>
}

export interface Period {
  from: IsoDate
  to: IsoDate
}

export interface ChunkOptions {
  /** Rows per chunk (default EXPORT_CHUNK_ROWS; tests use small chunks). */
  chunkRows?: number
}

export interface DatedRef {
  date: IsoDate
  id: string
}

export function* slices<T>(rows: readonly T[], size = EXPORT_CHUNK_ROWS): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size)
}

/**
 * Consecutive runs of whole days from date-ordered refs, each of at most `max` refs, except a single day with more
 * than `max` (kept whole, so its documents can be sorted together).
 */
export function dayGroups<T extends { date: string }>(refs: readonly T[], max = EXPORT_CHUNK_ROWS): T[][] {
  const groups: T[][] = []
  let current: T[] = []
  let i = 0
  while (i < refs.length) {
    let j = i
    while (j < refs.length && refs[j]!.date === refs[i]!.date) j++
    const day = refs.slice(i, j)
    if (current.length > 0 && current.length + day.length > max) {
      groups.push(current)
      current = []
    }
    current.push(...day)
    i = j
  }
  if (current.length > 0) groups.push(current)
  return groups
}
