// @vitest-environment node
/**
 * The whole way a backup travels, on the demo data of both countries plus a customer whose name has ñ á ă ș ț î:
 * snapshot (renderer) -> streamed in chunks, gzipped into a temp backups folder (the real main store) -> streamed
 * back -> parse -> restore into another database (after the safety backup) -> every table equal, audit chain intact.
 * Lives under tests/unit/main because it needs node:fs and node:zlib next to the renderer's database code.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AutomaticReason } from '../../../electron/contract/backup'
import { createBackupStore, type BackupStore, type BackupWriteResult } from '../../../electron/main/backups/store'
import { previewOf, readBackup, type ChunkSource } from '../../../renderer/db/backup/parse'
import { restoreBackup } from '../../../renderer/db/backup/restore'
import { readAllTables, takeSnapshot, writeSnapshot, type OpenSink } from '../../../renderer/db/backup/snapshot'
import { LATEST_VERSION } from '../../../renderer/db/backup/versions'
import { loadDemoCompany } from '../../../renderer/db/demo'
import { verifyAudit } from '../../../renderer/db/repos/auditLog'
import { saveCompany } from '../../../renderer/db/repos/company'
import { createCustomer } from '../../../renderer/db/repos/customers'
import { customerInput, ES_COMPANY, freshCtx, RO_COMPANY } from '../db/helpers'
import { tempDir } from './helpers'

const TODAY = '2026-11-23'
const NAME = 'Peñalara Ávila y Brașoveanu Țuțuianu Înalt, S.L.'

const addresses = {
  ES: { street: 'Calle de la Montaña 3', city: 'Logroño', postalCode: '26001', region: 'La Rioja', country: 'ES' as const },
  RO: { street: 'Str. Mărășești 14', city: 'Iași', postalCode: '700259', region: 'Iași', country: 'RO' as const },
}

const taxIds = { ES: 'B76543214', RO: 'RO14399840' }

/** What the renderer's bridge sink does, straight onto the store. */
function storeSink(store: BackupStore, reason: AutomaticReason): OpenSink<BackupWriteResult> {
  return async (_header, line) => {
    const w = await store.begin(line, reason)
    return { append: (text) => w.append(text), finish: () => w.finish(14), abort: () => w.abort() }
  }
}

/** What the renderer's bridge reader does, straight from the store. */
async function storeSource(store: BackupStore, id: string): Promise<ChunkSource> {
  const reader = await store.openRead(id)
  return () => reader.next()
}

describe.each(['ES', 'RO'] as const)('backup round trip, %s demo', (country) => {
  it('restores every table exactly, with Spanish and Romanian letters, and the audit chain still verifies', async () => {
    const source = freshCtx(`${TODAY}T09:00:00.000Z`)
    await loadDemoCompany(source, { country, today: TODAY })
    const special = await createCustomer(source, customerInput({ legalName: NAME, tradeName: 'Țară și Ñandú', taxId: taxIds[country], address: addresses[country] }))
    const before = await readAllTables(source.db)
    expect(before['customers']!.length).toBeGreaterThan(20)
    expect(before['invoices']!.length).toBeGreaterThan(100)
    expect(before['audit']!.length).toBeGreaterThan(0)

    // Snapshot -> the real store (gzip into a temp folder) -> read back.
    const store = createBackupStore({ dir: join(tempDir(), 'backups') })
    const written = await writeSnapshot(source.db, 'daily', source.now(), storeSink(store, 'daily'))
    if (!written) throw new Error('not written')
    const text = await store.read(written.id)
    expect(text).toBe((await takeSnapshot(source.db, 'daily', source.now())).text) // the same text, streamed or whole
    expect(written.bytes).toBeLessThan(text.length / 3) // really gzipped
    expect(text).toContain(NAME) // UTF-8 kept, not escaped away

    const parsed = await readBackup(await storeSource(store, written.id), true)
    const preview = previewOf(parsed.header)
    expect(preview).toMatchObject({ reason: 'daily', schemaVersion: LATEST_VERSION, createdAt: `${TODAY}T09:00:00.000Z` })
    expect(preview.company?.legalName).toBe(before['company']![0] && (before['company']![0] as { legalName: string }).legalName)
    expect(preview.counts['customers']).toBe(before['customers']!.length)
    expect(Object.keys(preview.counts).sort()).toEqual(source.db.tables.map((t) => t.name).sort())

    // Into another database that holds other data: it is replaced, after a safety backup of it.
    const target = freshCtx(`${TODAY}T18:00:00.000Z`)
    await saveCompany(target, country === 'ES' ? RO_COMPANY : ES_COMPANY)
    await createCustomer(target, customerInput({ legalName: 'Cliente que desaparecerá, S.A.' }))
    const steps: string[] = []
    const result = await restoreBackup(target, async () => readBackup(await storeSource(store, written.id), true), {
      label: written.id,
      onStep: (s) => steps.push(s),
      safetyBackup: () => writeSnapshot(target.db, 'beforeRestore', target.now(), storeSink(store, 'beforeRestore')),
    })
    expect(steps).toEqual(['safetyBackup', 'reading', 'replacing', 'verifying'])

    const after = await readAllTables(target.db)
    for (const table of Object.keys(before)) {
      if (table === 'audit' || table === 'fiscalEvents') continue
      expect(after[table], table).toEqual(before[table])
    }
    // The audit trail: every restored row as it was, plus the restore itself chained onto the last one.
    const audit = after['audit'] as { entity: string; entityId: string; action: string; user: string }[]
    expect(audit.slice(0, -1)).toEqual(before['audit'])
    expect(audit.at(-1)).toMatchObject({ entity: 'backup', entityId: written.id, action: 'restore', user: 'tester' })
    expect(result.chain).toMatchObject({ ok: true, checked: audit.length })
    // Spain: the invoice records' event log gains "backup restored" (the restored events kept as they were).
    const events = after['fiscalEvents'] as { type: string }[]
    expect(events.slice(0, -1)).toEqual(before['fiscalEvents'])
    if (country === 'ES') expect(events.at(-1)).toMatchObject({ type: 'backupRestored' })
    else expect(events).toEqual([])
    expect(await verifyAudit(target)).toMatchObject({ ok: true })
    expect(result.counts['customers']).toBe(before['customers']!.length)

    const restoredSpecial = await target.db.customers.get(special.id)
    expect(restoredSpecial?.legalName).toBe(NAME)
    expect(restoredSpecial?.tradeName).toBe('Țară și Ñandú')
    expect(await target.db.customers.where('legalName').equals('Cliente que desaparecerá, S.A.').count()).toBe(0)

    // The safety backup holds the data that was replaced.
    const safety = (await store.list()).find((e) => e.reason === 'beforeRestore')
    expect(safety?.header?.company?.legalName).toBe((country === 'ES' ? RO_COMPANY : ES_COMPANY).legalName)
    const safetyParsed = await readBackup(await storeSource(store, safety!.id), true)
    expect(safetyParsed.tables['customers']?.map((c) => c['legalName'])).toEqual(['Cliente que desaparecerá, S.A.'])
  }, 30_000)
})
