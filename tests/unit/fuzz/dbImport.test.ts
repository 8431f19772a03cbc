/**
 * The bank import through the database under fuzz (previewStatementFile, then importStatement), for every format:
 * a refused file (or a file the import throws on) leaves every table exactly as it was, bankImports, bankLines and
 * the audit chain included; a preview never writes; an accepted file stores each of its movements once, and
 * importing it again stores nothing more. Every run starts from the same state (support/db.ts world): a database
 * a run left unchanged (proven by its snapshot) serves the next run, any other is thrown away, so a failing case
 * replays alone.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../renderer/db/context'
import { importStatement, previewStatementFile, type StatementFileInput } from '../../../renderer/db/repos/bank/imports'
import { verifyAudit } from '../../../renderer/db/repos/auditLog'
import type { ColumnMapping } from '../../../renderer/domain/bank/types'
import { DomainError } from '../../../renderer/domain/errors'
import { fuzzParams, PROPERTY_TIMEOUT_MS } from './support/config'
import { bytesInput, rowsInput, snapshot, world } from './support/db'
import { expectOnlyDomainError, expectReadableProblems, guardedAsync, lineCount } from './support/invariants'
import { applyMutations, mutationsArb, randomBytesArb, truncate } from './support/mutate'
import { applyRowsMutations, randomRowsArb, rowsMutationsArb } from './support/rows'
import {
  camtFile,
  CSV_MAPPING,
  csvFile,
  ES_IBAN,
  historyArb,
  mt940File,
  norma43File,
  XLSX_MAPPING,
  xlsxRows,
  type AccountHistory,
} from './support/writers'

/** A preview or an import of one damaged file: the database work of one case, fake-indexeddb included. */
const CASE_MS = 2_000

interface Fuzzed {
  input: StatementFileInput
  /** The last line a problem may quote. */
  maxLine: number
}

interface DbFormat {
  name: string
  mapping?: ColumnMapping
  valid: (h: AccountHistory) => Fuzzed
  damaged: fc.Arbitrary<Fuzzed>
}

const history = historyArb({ iban: ES_IBAN, currency: 'EUR', alphabet: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,/', maxMovements: 8 })
const withQuietDays = fc.oneof(history, history.map((h) => ({ ...h, movements: [] })))

function bytesFormat(name: string, fileName: string, write: (h: AccountHistory) => Uint8Array, mapping?: ColumnMapping): DbFormat {
  const fuzzed = (bytes: Uint8Array): Fuzzed => ({ input: bytesInput(bytes, fileName), maxLine: lineCount(bytes) })
  return {
    name,
    mapping,
    valid: (h) => fuzzed(write(h)),
    damaged: fc.oneof(
      history.map((h) => fuzzed(write(h))),
      randomBytesArb.map(fuzzed),
      fc.tuple(history, fc.nat()).map(([h, at]) => fuzzed(truncate(write(h), at))),
      { weight: 2, arbitrary: fc.tuple(withQuietDays, mutationsArb()).map(([h, m]) => fuzzed(applyMutations(write(h), m))) },
    ),
  }
}

const FORMATS: DbFormat[] = [
  bytesFormat('Norma 43', 'extracto.n43', norma43File),
  bytesFormat('MT940', 'extracto.sta', mt940File),
  bytesFormat('camt.053', 'extracto.xml', camtFile),
  bytesFormat('CSV', 'movimientos.csv', (h) => csvFile(h, false), CSV_MAPPING),
  {
    name: 'XLSX',
    mapping: XLSX_MAPPING,
    valid: (h) => ({ input: rowsInput(xlsxRows(h)), maxLine: xlsxRows(h).length }),
    damaged: fc.oneof(
      history.map(xlsxRows),
      randomRowsArb,
      fc.tuple(withQuietDays, rowsMutationsArb).map(([h, m]) => applyRowsMutations(xlsxRows(h), m)),
    ).map((rows) => ({ input: rowsInput(rows), maxLine: Math.max(1, rows.length) })),
  },
]

async function expectNotImportable(run: () => Promise<unknown>, code?: string): Promise<void> {
  const err = await run().then(
    () => null,
    (e: unknown) => e,
  )
  expect(err, 'the import was refused').toBeInstanceOf(DomainError)
  expectOnlyDomainError(err)
  if (code) expect((err as DomainError).code).toBe(code)
}

/** One file through preview and import, with the database checked after every step. */
async function checkImport(ctx: Ctx, f: DbFormat, { input, maxLine }: Fuzzed): Promise<'refused' | 'imported'> {
  const before = await snapshot(ctx)
  const preview = await guardedAsync(() => previewStatementFile(ctx, input, f.mapping), CASE_MS)
  expect(await snapshot(ctx), 'a preview writes nothing').toEqual(before)
  if (preview === null) return 'refused' // a translated DomainError (checked by guardedAsync)
  if (preview.kind !== 'ready') {
    if (preview.kind === 'refused') expectReadableProblems(preview.problems, maxLine)
    await expectNotImportable(() => importStatement(ctx, preview), 'bankImport.notReady')
    expect(await snapshot(ctx), 'a refused file changes no table').toEqual(before)
    return 'refused'
  }
  const started = performance.now()
  let imported = false
  try {
    await importStatement(ctx, preview)
    imported = true
  } catch (err) {
    expectOnlyDomainError(err) // e.g. bankImport.empty: then nothing may have been written
  }
  expect(performance.now() - started, 'the import took longer than it may').toBeLessThan(CASE_MS)
  const after = await snapshot(ctx)
  if (!imported) {
    expect(after, 'an import that threw changed no table').toEqual(before)
    return 'refused'
  }
  expect(after.counts.bankLines, 'the new movements are stored, once').toBe(before.counts.bankLines! + preview.newLines)
  expect(after.counts.bankImports).toBe(before.counts.bankImports! + 1)
  expect(after.counts.audit!).toBeGreaterThan(before.counts.audit!)
  const stored = await ctx.db.bankLines.bulkGet(preview.lines.map((l) => l.id))
  expect(stored.every((row) => row !== undefined), 'every movement of the file is in bankLines').toBe(true)

  const again = await previewStatementFile(ctx, input, f.mapping)
  if (again.kind !== 'ready') throw new Error(`the same file was accepted, then refused: ${JSON.stringify(again)}`)
  expect([again.newLines, again.knownLines], 'nothing new the second time').toEqual([0, preview.lines.length])
  const second = await importStatement(ctx, again)
  expect(second.linesNew).toBe(0)
  expect((await snapshot(ctx)).counts.bankLines, 'a second import duplicates nothing').toBe(after.counts.bankLines)
  expect((await verifyAudit(ctx)).ok, 'the audit chain still holds').toBe(true)
  return 'imported'
}

/** A database in the starting state: the one the last run left unchanged, or a new one. */
let unchanged: Ctx | null = null

async function fromStart(check: (ctx: Ctx) => Promise<'refused' | 'imported'>): Promise<'refused' | 'imported'> {
  const ctx = unchanged ?? (await world())
  unchanged = null
  const outcome = await check(ctx)
  if (outcome === 'refused') unchanged = ctx
  return outcome
}

describe('bank import through the database: no partial write', () => {
  it('an import that fails after writing its lines rolls every table back', async () => {
    const ctx = await world()
    const [h] = fc.sample(history.filter((x) => x.movements.length > 0), { seed: 3, numRuns: 1 })
    const preview = await previewStatementFile(ctx, bytesInput(norma43File(h!), 'extracto.n43'))
    if (preview.kind !== 'ready') throw new Error(JSON.stringify(preview))
    // A period end that is no date gets past the lines and the import record, and fails when the last bank import
    // date is recorded, at the end of the transaction.
    const damaged = { ...preview, statements: preview.statements.map((s) => ({ ...s, to: '2026-02-30' })) }
    const before = await snapshot(ctx)
    await expectNotImportable(() => importStatement(ctx, damaged))
    expect(await snapshot(ctx)).toEqual(before)
    expect((await previewStatementFile(ctx, bytesInput(norma43File(h!), 'extracto.n43'))).kind).toBe('ready')
  })
})

describe.each(FORMATS)('$name import through the database under fuzz', (f) => {
  it(
    'a damaged or random file: refused with every table unchanged, or imported once',
    async () => {
      const outcomes = { refused: 0, imported: 0 }
      await fc.assert(
        fc.asyncProperty(f.damaged, async (fuzzed) => {
          outcomes[await fromStart((ctx) => checkImport(ctx, f, fuzzed))]++
        }),
        fuzzParams(20),
      )
      // The fuzz must exercise both ends: a suite that refuses everything (or nothing) tests half of the promise.
      expect(outcomes.refused, JSON.stringify(outcomes)).toBeGreaterThan(0)
      expect(outcomes.imported, JSON.stringify(outcomes)).toBeGreaterThan(0)
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'a valid file imported twice: every movement stored once',
    () =>
      fc.assert(
        fc.asyncProperty(history, async (h) => {
          const outcome = await fromStart((ctx) => checkImport(ctx, f, f.valid(h)))
          // A statement without movements: refused by the parser (CSV, XLSX) or by the import (bankImport.empty).
          expect(outcome).toBe(h.movements.length === 0 ? 'refused' : 'imported')
        }),
        fuzzParams(5),
      ),
    PROPERTY_TIMEOUT_MS,
  )
})
