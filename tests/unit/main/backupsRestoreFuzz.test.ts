// @vitest-environment node
/**
 * The restore path under fuzz: random bytes, a real backup's gzip cut short, its text cut short, and valid JSON of
 * the wrong shape (mutated tables and rows, in format 2 and in the older format 1, with the checksum recomputed so
 * the checks behind it are reached). Each goes the way a file from a USB stick goes: main's header check and
 * streaming reader (electron/main/backups) -> readBackup (the check before the preview) -> restoreBackup (which
 * reads it again after the safety backup).
 * Every one must be refused with a code translated in es, ro and en whose placeholders the params fill, and the
 * database must be exactly as before (row counts and a hash of every row).
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { BackupHeader } from '../../../electron/contract/backup'
import { dataLine, LineChecksum, trailerLine } from '../../../electron/contract/backupLines'
import { headerLine, joinBackupText } from '../../../electron/contract/backupSchemas'
import { IpcError } from '../../../electron/contract/errors'
import { requireHeader } from '../../../electron/main/backups/codec'
import { nodeBackupFs } from '../../../electron/main/backups/fsAccess'
import { openStreamReader } from '../../../electron/main/backups/reader'
import { parseBackup, readBackup, type ChunkSource } from '../../../renderer/db/backup/parse'
import { tablesChecksum } from '../../../renderer/db/backup/parseV1'
import { restoreBackup } from '../../../renderer/db/backup/restore'
import { readAllTables, takeSnapshot } from '../../../renderer/db/backup/snapshot'
import { LATEST_VERSION, tablesOf } from '../../../renderer/db/backup/versions'
import type { Ctx } from '../../../renderer/db/context'
import { loadDemoCompany } from '../../../renderer/db/demo'
import { createCustomer } from '../../../renderer/db/repos/customers'
import { DomainError } from '../../../renderer/domain/errors'
import { flattenLocale, placeholdersOf, type LocaleTree } from '../../support/locales'
import { customerInput, esSetup, freshCtx } from '../db/helpers'
import { tempDir } from './helpers'
import enBackup from '../../../locales/en/backup.json' with { type: 'json' }
import enData from '../../../locales/en/dataErrors.json' with { type: 'json' }
import enDocs from '../../../locales/en/documents.json' with { type: 'json' }
import esBackup from '../../../locales/es/backup.json' with { type: 'json' }
import esData from '../../../locales/es/dataErrors.json' with { type: 'json' }
import esDocs from '../../../locales/es/documents.json' with { type: 'json' }
import roBackup from '../../../locales/ro/backup.json' with { type: 'json' }
import roData from '../../../locales/ro/dataErrors.json' with { type: 'json' }
import roDocs from '../../../locales/ro/documents.json' with { type: 'json' }

const SEED = 20261123
const flat = (t: unknown) => flattenLocale(t as LocaleTree)
/** Where the backups page looks a code up (renderer/features/backup/messages.ts, then lib/errors.ts). */
const LANGS = {
  es: [flat(esBackup), flat(esData), flat(esDocs)],
  ro: [flat(roBackup), flat(roData), flat(roDocs)],
  en: [flat(enBackup), flat(enData), flat(enDocs)],
}
function messageOf(maps: Map<string, string>[], code: string): string | undefined {
  const [backup, data, docs] = maps
  return backup?.get(`errors.${code}`) ?? data?.get(code) ?? docs?.get(`errors.${code}`)
}

const seen = new Map<string, number>()

function expectTranslatedRefusal(err: unknown, where: string): void {
  const isKnown = err instanceof DomainError || err instanceof IpcError
  expect(isKnown, `${where}: threw ${String(err)}`).toBe(true)
  const { code, params } = err as DomainError | IpcError
  seen.set(code, (seen.get(code) ?? 0) + 1)
  for (const [lang, maps] of Object.entries(LANGS)) {
    const message = messageOf(maps, code)
    expect(message, `${where}: no ${lang} message for ${code}`).toBeTypeOf('string')
    expect(placeholdersOf(message ?? '').filter((p) => !(p in params)), `${where}: ${lang} ${code} params`).toEqual([])
  }
}

let source: { text: string; gz: Uint8Array; header: BackupHeader; tables: Record<string, unknown[]> }
let target: Ctx
let baseline: string
let safetyCalls = 0

async function fingerprint(ctx: Ctx): Promise<string> {
  const tables = await readAllTables(ctx.db)
  const counts = Object.entries(tables).map(([t, rows]) => `${t}:${rows.length}`)
  return `${counts.join(',')}#${createHash('sha256').update(JSON.stringify(tables)).digest('hex')}`
}

let dir = ''
let fileNo = 0

/** Main's way of reading a chosen file: its header first, then chunks. */
async function mainSource(path: string): Promise<ChunkSource> {
  await requireHeader(nodeBackupFs, path, 'copia.cobro.gz')
  const reader = await openStreamReader(nodeBackupFs, path, 'copia.cobro.gz')
  return () => reader.next()
}

/** What the app does with a chosen file; resolves only if it was restored (which the fuzz must never see). */
async function attempt(bytes: Uint8Array): Promise<unknown> {
  try {
    const path = join(dir, `copia-${(fileNo += 1)}.cobro.gz`)
    writeFileSync(path, bytes)
    await readBackup(await mainSource(path), false) // the check before the preview
    await restoreBackup(target, async () => readBackup(await mainSource(path), true), {
      label: 'copia.cobro.gz',
      safetyBackup: async () => {
        safetyCalls += 1
      },
    })
  } catch (e) {
    return e
  }
  throw new Error('restored a file that should have been refused')
}

async function expectRefusedUnchanged(bytes: Uint8Array, where: string): Promise<void> {
  expectTranslatedRefusal(await attempt(bytes), where)
  expect(await fingerprint(target), `${where}: database changed`).toBe(baseline)
}

const utf8 = (s: string) => new TextEncoder().encode(s)

beforeAll(async () => {
  const ctx = freshCtx('2026-11-23T09:00:00.000Z')
  await loadDemoCompany(ctx, { country: 'RO', today: '2026-11-23', customers: 4, months: 2 })
  await createCustomer(ctx, customerInput({
      legalName: 'Șoricel și Țânțar — Ñandú Ávila',
      taxId: 'RO14399840',
      address: { street: 'Str. Mărășești 14', city: 'Iași', postalCode: '700259', region: 'Iași', country: 'RO' },
    }))
  dir = tempDir()
  const { text } = await takeSnapshot(ctx.db, 'daily', ctx.now())
  const parsed = await parseBackup(text)
  source = { text, gz: gzipSync(text), header: parsed.header, tables: parsed.tables }
  target = (await esSetup()).ctx
  await createCustomer(target, customerInput({ legalName: 'Comercial Íñiguez, S.L.', code: 'INI01' }))
  baseline = await fingerprint(target)
}, 30_000)

/* ---- valid JSON, wrong shapes: each mutation alone makes the backup unrestorable ---- */

const known = tablesOf(LATEST_VERSION)!
type Tables = Record<string, unknown>
type Mutation = (tables: Tables) => void

const nonRecord = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 8 }), fc.array(fc.integer(), { maxLength: 3 }), fc.boolean())
const badStringKey = fc.oneof(fc.constant(null), fc.constant(undefined), fc.boolean(), fc.constant({}), fc.constant([]), fc.constant(Number.NaN))
const badAutoKey = fc.oneof(fc.constant('1'), fc.integer({ max: 0 }), fc.constant(1.5), fc.constant(null), fc.constant(undefined))

/** A non-empty table of the source and a row index in it. */
const rowAt = fc.nat().chain((n) => {
  const names = Object.keys(source.tables).filter((t) => source.tables[t]!.length > 0)
  const table = names[n % names.length]!
  return fc.nat({ max: source.tables[table]!.length - 1 }).map((i) => ({ table, i }))
})

/** The rows of `table`, or null when an earlier mutation already replaced the table (it is broken anyway). */
const rowsOf = (t: Tables, table: string): unknown[] | null => (Array.isArray(t[table]) ? (t[table] as unknown[]) : null)

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(rowAt, nonRecord).map(([{ table, i }, v]): Mutation => (t) => {
    const rows = rowsOf(t, table)
    if (rows) rows[i] = v
  }),
  fc.tuple(rowAt, badStringKey, badAutoKey).map(([{ table, i }, s, a]): Mutation => (t) => {
    const rows = rowsOf(t, table)
    if (!rows) return
    const key = known.get(table)!
    const row = rows[i]
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return void (rows[i] = null)
    const value = key.autoIncrement ? a : s
    if (value === undefined) delete (row as Record<string, unknown>)[key.path]
    else (row as Record<string, unknown>)[key.path] = value
  }),
  rowAt.map(({ table, i }): Mutation => (t) => void rowsOf(t, table)?.push(rowsOf(t, table)?.[i])), // same key twice
  fc.tuple(fc.constantFrom(...known.keys()), fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 5 }), fc.constant({ id: 'x' }))).map(
    ([table, v]): Mutation => (t) => (t[table] = v),
  ),
  fc.string({ minLength: 1, maxLength: 12 }).filter((n) => !known.has(n)).map((name): Mutation => (t) => (t[name] = [])),
)

type HeaderTweak = 'none' | 'countPlus' | 'countMissing' | 'newerFormat' | 'newerSchema' | 'staleChecksum'
const headerTweak = fc.constantFrom<HeaderTweak>('none', 'none', 'none', 'countPlus', 'countMissing', 'newerFormat', 'newerSchema', 'staleChecksum')

function tweakedHeader(tables: Tables, tweak: HeaderTweak, formatVersion: number): BackupHeader {
  // Format 2 names every table in the counts (an empty table has no line); format 1 has the tables themselves.
  const counts: Record<string, number> = {}
  for (const [t, rows] of Object.entries(tables)) if ((formatVersion >= 2 || known.has(t)) && Array.isArray(rows)) counts[t] = rows.length
  const header: BackupHeader = { ...source.header, formatVersion, counts }
  if (tweak === 'countPlus') header.counts = { ...counts, customers: (counts['customers'] ?? 0) + 1 }
  if (tweak === 'countMissing') header.counts = { ...counts, notARealTable: 0 }
  if (tweak === 'newerFormat') header.formatVersion = formatVersion + 1
  if (tweak === 'newerSchema') header.schemaVersion = LATEST_VERSION + 1
  return header
}

/** Format 2: the lines as the app writes them (a table that is no longer a list becomes one line of it). */
async function rebuild(tables: Tables, tweak: HeaderTweak): Promise<string> {
  const header = tweakedHeader(tables, tweak, 2)
  const lines = [`${headerLine(header)}\n`]
  for (const [table, rows] of Object.entries(tables)) {
    if (!Array.isArray(rows)) lines.push(`${JSON.stringify({ table, rows })}\n`)
    else for (let i = 0; i < rows.length; i += 40) lines.push(dataLine(table, rows.slice(i, i + 40)))
  }
  const sum = new LineChecksum()
  for (const line of lines) await sum.addBytes(utf8(line))
  lines.push(trailerLine(sum.lines, tweak === 'staleChecksum' ? '0'.repeat(64) : sum.hex()))
  return lines.join('')
}

/** Format 1: one JSON text, the checksum in the header. */
function rebuildV1(tables: Tables, tweak: HeaderTweak): string {
  const json = JSON.stringify(tables)
  const header = { ...tweakedHeader(tables, tweak, 1), checksum: tweak === 'staleChecksum' ? '0'.repeat(64) : tablesChecksum(json) }
  return joinBackupText(header, json)
}

describe('restore fuzz', () => {
  it('random bytes (and bytes that start like gzip or like a backup)', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 4000 }),
      fc.uint8Array({ maxLength: 2000 }).map((b) => Uint8Array.from([0x1f, 0x8b, ...b])),
      fc.string({ maxLength: 500 }).map((s) => utf8(`{"format":"cobro-backup"${s}`)),
      fc.string({ maxLength: 500 }).map((s) => gzipSync(`{"format":"cobro-backup",${s}`)),
    )
    await fc.assert(fc.asyncProperty(bytes, (b) => expectRefusedUnchanged(b, `random ${b.length} bytes`)), { seed: SEED, numRuns: 250 })
  }, 30_000)

  it('a real backup gzip cut short at any byte', async () => {
    const cut = fc.nat({ max: source.gz.length - 1 })
    await fc.assert(fc.asyncProperty(cut, (n) => expectRefusedUnchanged(source.gz.subarray(0, n), `gzip cut at ${n}/${source.gz.length}`)), {
      seed: SEED,
      numRuns: 120,
      examples: [[0], [1], [10], [source.gz.length - 1], [source.gz.length - 8]],
    })
  }, 30_000)

  it('a real backup JSON cut short at any byte (plain, and gzipped whole)', async () => {
    const plain = utf8(source.text)
    const cut = fc.tuple(fc.nat({ max: plain.length - 1 }), fc.boolean())
    await fc.assert(
      fc.asyncProperty(cut, ([n, zipped]) => {
        const part = plain.subarray(0, n)
        return expectRefusedUnchanged(zipped ? gzipSync(part) : part, `json cut at ${n}/${plain.length}${zipped ? ' (gzipped)' : ''}`)
      }),
      { seed: SEED, numRuns: 150, examples: [[[plain.length - 1, false]], [[plain.length - 1, true]], [[source.text.indexOf('\n') + 10, true]]] },
    )
  }, 30_000)

  it('valid JSON of the wrong shape, checksum recomputed, reaching the row checks and the database', async () => {
    const cases = fc.tuple(fc.array(mutation, { minLength: 1, maxLength: 3 }), headerTweak, fc.boolean(), fc.constantFrom(2, 2, 1))
    await fc.assert(
      fc.asyncProperty(cases, async ([mutations, tweak, zipped, format]) => {
        const tables = structuredClone(source.tables) as Tables
        for (const m of mutations) m(tables)
        const text = format === 2 ? await rebuild(tables, tweak) : rebuildV1(tables, tweak)
        await expectRefusedUnchanged(zipped ? gzipSync(text) : utf8(text), `${mutations.length} mutation(s), header ${tweak}, format ${format}`)
      }),
      { seed: SEED, numRuns: 200 },
    )
  }, 30_000)

  it('rows the database itself rejects (a duplicate unique code) roll back after the safety backup', async () => {
    const tables = structuredClone(source.tables) as Record<string, Record<string, unknown>[]>
    const first = tables['customers']![0]!
    tables['customers']!.push({ ...first, id: 'duplicate-of-first' })
    const calls = safetyCalls
    await expectRefusedUnchanged(utf8(await rebuild(tables, 'none')), 'duplicate &code')
    await expectRefusedUnchanged(gzipSync(rebuildV1(tables, 'none')), 'duplicate &code, format 1')
    expect(seen.get('backup.rejected')).toBeGreaterThan(0)
    expect(safetyCalls).toBe(calls + 2)
  })

  it('met every kind of refusal (the fuzz reaches past the first check)', () => {
    for (const code of ['backup.notBackup', 'backup.unreadable', 'backup.damaged', 'backup.badRow', 'backup.badTable', 'backup.unknownTable', 'backup.countsMismatch', 'backup.newerFormat', 'backup.newerVersion']) {
      expect(seen.get(code) ?? 0, code).toBeGreaterThan(0)
    }
  })
})
