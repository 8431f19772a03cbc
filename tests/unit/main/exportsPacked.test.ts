// @vitest-environment node
/**
 * The sales register's fast path in main: packed rows (contract/exportPacking.ts) are accepted and refused exactly
 * as the row schema accepts and refuses the same rows as objects (same first field named), and reach the writer as
 * the same packed row; money cells print as exceljs prints cents / 100; totals stay exact past 2^53 cents; a chunk larger than one
 * build slice writes the same file as exceljs' own rows.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PACKED_RATES_AT, packSalesRow, salesRowOf } from '../../../electron/contract/exportPacking'
import type { ExportBeginRequest, SalesRegisterRow, StatementExportRow } from '../../../electron/contract/exports'
import { IpcError } from '../../../electron/contract/errors'
import { exactTotals } from '../../../electron/main/exports/cells'
import { checkChunk, newChainState } from '../../../electron/main/exports/checks'
import { layoutFor } from '../../../electron/main/exports/columns'
import { centsXml } from '../../../electron/main/exports/directSheet'
import { openXlsxWriter } from '../../../electron/main/exports/xlsxWriter'
import { tempDir } from './helpers'
import { beginReq, esCancelledRow, esSalesRows, failed, harnessIn, ok } from './exports/fixtures'

const RATES = [
  { vatRate: 2100, recargoRate: 520 },
  { vatRate: 1000, recargoRate: 140 },
  { vatRate: 400, recargoRate: 50 },
  { vatRate: 0, recargoRate: 0 },
]

type Outcome = { ok: true; row: unknown } | { ok: false; field: string }

function outcome(req: ExportBeginRequest, item: unknown): Outcome {
  try {
    return { ok: true, row: checkChunk(req, newChainState(), [item])[0] }
  } catch (err) {
    if (!(err instanceof IpcError)) throw err
    return { ok: false, field: String(err.params.field) }
  }
}

const textArb = (max: number) => fc.oneof({ arbitrary: fc.string({ maxLength: max - 2 }), weight: 8 }, fc.string({ minLength: max - 1, maxLength: max + 3 }), fc.constant(7 as unknown as string))
const dateArb = fc.constantFrom('2026-01-15', '2024-02-29', '2026-02-29', '2026-13-01', '26-01-15', '')
const centsArb = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 5_000_000 }), weight: 30 }, fc.integer({ min: -5_000, max: -1 }), fc.constantFrom(0.5, Number.NaN, 2 ** 53 - 1, -(2 ** 53 - 1)))
const RECARGO: Record<number, number> = { 2100: 520, 1000: 140, 400: 50, 0: 0 }
const rateArb = fc
  .record({
    vatRate: fc.oneof({ arbitrary: fc.constantFrom(2100, 1000, 400, 0), weight: 12 }, fc.constantFrom(-1, 10001, 2.5)),
    recargo: fc.oneof({ arbitrary: fc.constantFrom('none', 'matching'), weight: 10 }, fc.constantFrom(-5, 1.5, 140)),
    base: centsArb,
    vat: centsArb,
    amount: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, centsArb),
    stray: fc.oneof({ arbitrary: fc.constant(false), weight: 8 }, fc.constant(true)),
  })
  .map(({ vatRate, recargo, base, vat, amount, stray }) => {
    const recargoRate = recargo === 'none' ? 0 : recargo === 'matching' ? (RECARGO[vatRate] ?? 0) : recargo
    // Without a recargo rate the amount is 0, but for a stray one (which must be refused).
    return { vatRate, recargoRate, base, vat, recargo: recargoRate === 0 && !stray ? 0 : amount }
  })
/** Many distinct rates, all well formed: more than a row may hold. */
const manyRatesArb = fc.uniqueArray(
  fc.record({ vatRate: fc.integer({ min: 0, max: 10000 }), base: fc.nat(1000) }).map(({ vatRate, base }) => ({ vatRate, recargoRate: 0, base, vat: 0, recargo: 0 })),
  { minLength: 11, maxLength: 14, selector: (b) => b.vatRate },
)
type ByRate = SalesRegisterRow['byRate']
const byRateArb: fc.Arbitrary<ByRate> = fc.oneof(
  { arbitrary: fc.uniqueArray(rateArb, { maxLength: 3, selector: (b) => b.vatRate }) as fc.Arbitrary<ByRate>, weight: 10 },
  { arbitrary: fc.array(rateArb, { maxLength: 14 }) as fc.Arbitrary<ByRate>, weight: 1 },
  { arbitrary: manyRatesArb as fc.Arbitrary<ByRate>, weight: 1 },
)
const goodText = (max: number) => fc.oneof({ arbitrary: fc.string({ maxLength: 12 }), weight: 30 }, textArb(max))

/** Rows of every kind of wrong (and mostly right), their sums consistent with their rates (packing drops them). */
const rowArb: fc.Arbitrary<SalesRegisterRow> = fc
  .record({
    docType: fc.oneof(
      { arbitrary: fc.constantFrom('invoice' as const, 'creditNote' as const), weight: 20 },
      { arbitrary: fc.constant('cancelledInvoice' as const), weight: 8 },
      fc.constant('receipt' as never),
    ),
    date: fc.oneof({ arbitrary: fc.constant('2026-03-31'), weight: 6 }, dateArb),
    operationDate: fc.oneof({ arbitrary: fc.constant(''), weight: 6 }, dateArb),
    series: goodText(20),
    number: goodText(60),
    correctedNumber: goodText(60),
    customerName: goodText(200),
    taxId: goodText(40),
    country: fc.oneof({ arbitrary: fc.constantFrom('', 'ES', 'RO'), weight: 10 }, fc.constantFrom('es', 'ESP')),
    byRate: byRateArb,
    // The document's own currency, total and rate: none, all three, or any mix of right and wrong values.
    foreign: fc.oneof(
      { arbitrary: fc.constant({ documentCurrency: '' as const, documentTotal: null, exchangeRate: null }), weight: 8 },
      { arbitrary: fc.record({ documentCurrency: fc.constantFrom('EUR' as const, 'RON' as const), documentTotal: centsArb, exchangeRate: fc.constant(4.9751) }), weight: 4 },
      fc.record({
        documentCurrency: fc.constantFrom('' as const, 'EUR' as const, 'USD' as never),
        documentTotal: fc.oneof(fc.constant(null), centsArb),
        exchangeRate: fc.constantFrom(null, 4.9751, 0, -2, Number.POSITIVE_INFINITY),
      }),
    ),
    // When and why an invoice was cancelled: right or wrong values, on cancelled invoices and (stray) on others.
    cancellation: fc.oneof(
      { arbitrary: fc.constant({ cancelledOn: '', cancelReason: '' }), weight: 4 },
      { arbitrary: fc.record({ cancelledOn: fc.constant('2026-04-02'), cancelReason: goodText(4000) }), weight: 6 },
      fc.record({ cancelledOn: dateArb, cancelReason: textArb(4000) }),
    ),
    strayCancellation: fc.oneof({ arbitrary: fc.constant(false), weight: 8 }, fc.constant(true)),
    // Most cancelled invoices come as they should: no rates, no other currency (else they must be refused).
    tidy: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, fc.constant(false)),
    // Credit notes carry negative amounts: most generated ones are turned negative.
    negate: fc.boolean(),
  })
  .map(({ negate, foreign, cancellation, strayCancellation, tidy, ...rest }) => {
    const cancelled = rest.docType === 'cancelledInvoice'
    const r = {
      ...rest,
      ...(cancelled && tidy ? { byRate: [], documentCurrency: '' as const, documentTotal: null, exchangeRate: null } : foreign),
      ...(cancelled || strayCancellation ? cancellation : { cancelledOn: '', cancelReason: '' }),
    }
    const flip = (v: number) => (negate && r.docType === 'creditNote' ? -v : v)
    const byRate = r.byRate.map((b) => ({ ...b, base: flip(b.base), vat: flip(b.vat), recargo: flip(b.recargo) }))
    const sum = (k: 'base' | 'vat' | 'recargo') => byRate.reduce((s, b) => s + b[k], 0)
    const [base, vat, recargo] = [sum('base'), sum('vat'), sum('recargo')]
    const documentTotal = r.documentTotal === null ? null : flip(r.documentTotal)
    return { ...r, byRate, documentTotal, base, vat, recargo, total: base + vat + recargo }
  })

describe('packed sales register rows', () => {
  it('are accepted, refused (naming the same field) and unpacked exactly as the row schema does with the objects', () => {
    const req = beginReq({ kind: 'salesRegister', rates: RATES, cancellations: true })
    let accepted = 0
    let acceptedCancelled = 0
    fc.assert(
      fc.property(rowArb, (row) => {
        const asObject = outcome(req, row)
        expect(outcome(req, packSalesRow(row))).toEqual(asObject)
        if (asObject.ok) accepted += 1
        if (asObject.ok && row.docType === 'cancelledInvoice') acceptedCancelled += 1
      }),
      { seed: 7, numRuns: 4000 },
    )
    expect(accepted).toBeGreaterThan(400) // the generator makes good rows too
    expect(acceptedCancelled).toBeGreaterThan(100)
  }, 60_000)

  it('round-trip the fixture rows, and are refused where a row must be an object or is cut short', () => {
    const req = beginReq({ kind: 'salesRegister', rates: RATES, cancellations: true })
    for (const row of [...esSalesRows(), esCancelledRow()]) {
      // Checked packed or as an object, a row reaches the writer packed, and stands for the same row.
      expect(checkChunk(req, newChainState(), [packSalesRow(row)])).toEqual([packSalesRow(row)])
      expect(checkChunk(req, newChainState(), [row])).toEqual([packSalesRow(row)])
      expect(salesRowOf(packSalesRow(row))).toEqual(row)
    }
    // The fields and part of a rate.
    const cut = packSalesRow(esSalesRows()[0]!).slice(0, PACKED_RATES_AT + 3)
    expect(outcome(req, cut)).toEqual({ ok: false, field: 'rows.0' })
    expect(outcome(beginReq({ kind: 'statement' }), packSalesRow(esSalesRows()[0]!))).toEqual({ ok: false, field: 'rows.0' })
  })
})

describe('money cells and totals', () => {
  it('print integer cents as JavaScript prints cents / 100', () => {
    const edges = [0, -0, 1, -1, 9, 10, 99, 100, 101, -101, 1050, 123456789, 10 ** 15 - 1, -(10 ** 15 - 1), 10 ** 15, 2 ** 53 - 1, -(2 ** 53 - 1), 0.5, 12.25]
    for (const c of edges) expect(centsXml(c), String(c)).toBe(String(c / 100))
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.maxSafeInteger(), fc.maxSafeInteger().map((x) => -x), fc.integer()), (c) => {
        expect(centsXml(c)).toBe(String(c / 100))
      }),
      { numRuns: 20_000 },
    )
  }, 60_000)

  it('sum exactly beyond 2^53 cents', () => {
    const sums = exactTotals(2)
    const big = 2 ** 53 - 1
    for (const v of [big, big, big, -5, 7]) sums.add(0, v)
    sums.add(1, 12)
    expect(BigInt(sums.value(0))).toBe(BigInt(Number(3n * BigInt(big) + 2n)))
    expect(sums.value(1)).toBe(12)
  })
})

function entries(path: string): Map<string, string> {
  const names = execFileSync('unzip', ['-Z1', path]).toString('utf8').trim().split('\n')
  return new Map(names.map((n) => [n, execFileSync('unzip', ['-p', path, n.replace(/[[\]]/g, '\\$&')], { maxBuffer: 64 << 20 }).toString('utf8')]))
}

describe('a chunk larger than a build slice', () => {
  it('writes the same file as exceljs, for a RON register with EUR documents', async () => {
    const req = beginReq({ kind: 'salesRegister', language: 'ro', currency: 'RON', rates: [{ vatRate: 2100, recargoRate: 0 }, { vatRate: 1000, recargoRate: 0 }] })
    const rows: SalesRegisterRow[] = Array.from({ length: 1234 }, (_, i) => {
      const base = 1000 + i * 37
      const eur = i % 5 === 0
      return {
        ...esSalesRows()[1]!,
        number: `F2026-${String(i).padStart(6, '0')}`,
        operationDate: i % 7 === 0 ? '2026-01-20' : '',
        byRate: [{ vatRate: i % 2 ? 2100 : 1000, recargoRate: 0, base, vat: 21 * i, recargo: 0 }],
        base,
        vat: 21 * i,
        recargo: 0,
        total: base + 21 * i,
        documentCurrency: eur ? 'EUR' : '',
        documentTotal: eur ? 333 + i : null,
        exchangeRate: eur ? 4.9751 : null,
      }
    })
    const files = await Promise.all(
      [true, false].map(async (direct) => {
        const path = join(tempDir(), `${direct}.xlsx`)
        const writer = await openXlsxWriter(path, layoutFor(req), 'x.xlsx', { direct })
        await writer.write(checkChunk(req, newChainState(), rows.map(packSalesRow)))
        await writer.finish()
        return entries(path)
      }),
    )
    const [fast, slow] = files as [Map<string, string>, Map<string, string>]
    expect([...fast.keys()].sort()).toEqual([...slow.keys()].sort())
    for (const [name, xml] of slow) if (name !== 'docProps/core.xml') expect(fast.get(name), name).toBe(xml)
    expect(fast.get('xl/worksheets/sheet1.xml')).toContain('<v>4.9751</v>')
  }, 60_000)
})

describe('a chunk checked in slices (the event loop free between them)', () => {
  it('names the bad row by its index in the chunk, writes nothing of it, and chains statement balances across slices', async () => {
    const h = harnessIn(tempDir())
    const sales = ok(await h.call('exports:begin', beginReq({ kind: 'salesRegister', rates: RATES, cancellations: true })))
    if (sales.status !== 'started') throw new Error('not started')
    const rows = Array.from({ length: 2500 }, () => packSalesRow(esSalesRows()[1]!))
    rows[1500] = packSalesRow({ ...esSalesRows()[1]!, date: '2026-02-30' })
    expect(failed(await h.call('exports:append', { exportId: sales.exportId, rows })).params.field).toBe('rows.1500.date')
    expect(failed(await h.call('exports:finish', { exportId: sales.exportId, open: false })).code).toBe('exports.unknown')

    const statement = (n: number, bad = -1): StatementExportRow[] =>
      Array.from({ length: n }, (_, i) => ({ date: '2026-01-10', kind: 'invoice' as const, reference: `F${i}`, dueDate: '', debit: 100, credit: 0, balance: 100 * (i + 1) + (i === bad ? 1 : 0) }))
    const good = ok(await h.call('exports:begin', beginReq({ kind: 'statement' })))
    if (good.status !== 'started') throw new Error('not started')
    expect(ok(await h.call('exports:append', { exportId: good.exportId, rows: statement(2500) })).rowsWritten).toBe(2500)
    const bad = ok(await h.call('exports:begin', beginReq({ kind: 'statement' })))
    if (bad.status !== 'started') throw new Error('not started')
    expect(failed(await h.call('exports:append', { exportId: bad.exportId, rows: statement(2500, 1700) })).params.field).toBe('rows.1700.balance')
  }, 60_000)
})
