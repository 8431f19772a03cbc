/**
 * What the benchmark page (renderer/bench) offers the Playwright driver (tests/bench/scale) as window.cobroBench.
 * Pure types: both sides import them (the page in the web build, the driver under Node).
 */

export interface LoadRequest {
  customers: number
  months: number
  invoicesPerCustomerMonth: number
  seed: number
  today: string
  /** Interactions to reach in all: the generator's timeline only covers the last weeks, the issue asks for 60,000. */
  interactionsTarget: number
}

export interface LoadResult {
  generateAndWriteMs: number
  topUpMs: number
  topUpInteractions: number
  /** Step records (letters sent) added by the bench (stepTopUp.ts); absent in caches built before. */
  topUpStepRecords?: number
}

export type TableCounts = Record<string, number>

/** Opening the database: the version found, the version reached, and how long Dexie's upgrade (if any) took. */
export interface OpenResult {
  fromVersion: number
  toVersion: number
  ms: number
}

/** One measured operation: its samples in ms (performance.now() in the page) and what it worked on. */
export interface OpResult {
  op: string
  samples: number[]
  /** Sample taken before the timed ones (cold caches), when the op has a warm-up; not in the median. */
  first?: number
  /** Rows read or written, split timings, anything that explains the figure. */
  detail: Record<string, number | string>
}

export const OPS = [
  'baseline.getAll',
  'baseline.range',
  'customers.search',
  'customers.page',
  'invoices.statusCounts',
  'invoices.overduePage1',
  'invoices.paidDeepPage',
  'aging.today',
  'aging.past',
  'queue.today',
  'payment.record',
  'bank.import5000',
  'letters.batch200',
  'xlsx.allInvoices',
  'backup.roundTrip',
] as const

export type OpName = (typeof OPS)[number]

export interface CobroBench {
  /** Opens the database, running the schema upgrades a cached profile of an older version needs. */
  open(): Promise<OpenResult>
  load(req: LoadRequest): Promise<LoadResult>
  /** Adds the bench-only rows a cache built earlier lacks. */
  topUp(req: LoadRequest): Promise<Pick<LoadResult, 'topUpInteractions' | 'topUpStepRecords'>>
  counts(): Promise<TableCounts>
  /** `runs` timed samples (plus a warm-up for the quick reads); `today` is the data's last day. */
  run(op: OpName, runs: number, today: string): Promise<OpResult>
}
