// @vitest-environment node
/**
 * The backups folder (electron/main/backups): atomic gzip writes, listing from each file's first bytes, reading back
 * by id only, pruning generations per kind, and a full disk that loses nothing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { AutomaticReason, BackupReason } from '../../../electron/contract/backup'
import { parseBackupHeader } from '../../../electron/contract/backupSchemas'
import { IpcError } from '../../../electron/contract/errors'
import { parseInput } from '../../../electron/main/handlers'
import { nodeBackupFs, type BackupFs } from '../../../electron/main/backups/fsAccess'
import { backupFileName } from '../../../electron/main/backups/names'
import { createBackupStore } from '../../../electron/main/backups/store'
import { snapshotText } from '../../../renderer/db/backup/snapshot'
import { tempDir } from './helpers'

/** A small but real backup text taken at `iso`. */
async function backupText(iso: string, reason: BackupReason, legalName = 'Distribuciones Sierra Norte, S.L.'): Promise<string> {
  const tables = {
    company: [{ id: 'company', legalName, taxId: 'B12345674' }],
    customers: [{ id: 'c1', code: 'C0001', legalName: 'Peñíscola Distribución', searchWords: ['penyiscola'] }],
    audit: [],
  }
  return (await snapshotText(tables, 6, reason, new Date(iso))).text
}

async function caught(p: Promise<unknown>): Promise<IpcError> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(IpcError)
    return e as IpcError
  }
  throw new Error('expected a refusal')
}

/** Bytes of every file in `dir`, to prove a failure changed nothing. */
function folderState(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {}
  return Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n)).toString('base64')]))
}

/** The real file system, except that writing file data fails with `code` (a full disk, a pulled USB stick). */
function failingWrites(code: string): BackupFs {
  return {
    ...nodeBackupFs,
    open: async (path, flags) => {
      const handle = await nodeBackupFs.open(path, flags)
      if (flags !== 'wx') return handle
      return {
        ...handle,
        read: (...a) => handle.read(...a),
        sync: () => handle.sync(),
        close: () => handle.close(),
        writeFile: async (data) => {
          await handle.writeFile(data.subarray(0, Math.floor(data.length / 2))) // half written, then the disk is full
          throw Object.assign(new Error(`${code}: no space left on device`), { code })
        },
      }
    },
  }
}

describe('backup store', () => {
  it('writes a gzipped backup under a dated name, lists it with its header and reads it back', async () => {
    const dir = join(tempDir(), 'backups')
    const store = createBackupStore({ dir })
    const text = await backupText('2026-11-23T09:30:05.000Z', 'daily', 'Carpați Distribuție SRL "Ștefan & Fiii"')
    const res = await store.write(text, 'daily', 14)

    expect(res.id).toBe(backupFileName(new Date('2026-11-23T09:30:05.000Z'), 'daily'))
    expect(res.id).toMatch(/^cobro-2026-11-23T\d{6}-daily\.cobro\.gz$/)
    expect(readdirSync(dir)).toEqual([res.id])
    const onDisk = readFileSync(join(dir, res.id))
    expect(res.bytes).toBe(onDisk.length)
    expect(gunzipSync(onDisk).toString('utf8')).toBe(text)

    const [entry, ...rest] = await store.list()
    expect(rest).toEqual([])
    expect(entry).toMatchObject({ id: res.id, reason: 'daily', bytes: onDisk.length })
    expect(entry?.header).toEqual(parseBackupHeader(text))
    expect(entry?.header?.company).toEqual({ legalName: 'Carpați Distribuție SRL "Ștefan & Fiii"', taxId: 'B12345674' })
    expect(await store.read(res.id)).toBe(text)
  })

  it('lists a folder from the first bytes of each file only (large backups are never read whole)', async () => {
    const dir = join(tempDir(), 'backups')
    const big = (
      await snapshotText(
      { company: [{ id: 'company', legalName: 'Grande, S.A.', taxId: 'A1' }], notes: Array.from({ length: 20_000 }, (_, i) => ({ id: `n${i}`, text: Math.random().toString(36).repeat(8) })) },
      6,
      'daily',
      new Date('2026-11-23T10:00:00Z'),
      )
    ).text
    await createBackupStore({ dir }).write(big, 'daily', 14)
    let bytesRead = 0
    const spying: BackupFs = {
      ...nodeBackupFs,
      readFile: async () => {
        throw new Error('list must not read whole files')
      },
      open: async (path, flags) => {
        const h = await nodeBackupFs.open(path, flags)
        return { ...h, writeFile: (d) => h.writeFile(d), sync: () => h.sync(), close: () => h.close(), read: async (b, o, l, p) => {
          const r = await h.read(b, o, l, p)
          bytesRead += r.bytesRead
          return r
        } }
      },
    }
    const entries = await createBackupStore({ dir, fs: spying }).list()
    expect(entries).toHaveLength(1)
    expect(entries[0]?.header?.counts).toEqual({ company: 1, notes: 20_000 })
    expect(entries[0]!.bytes).toBeGreaterThan(200_000)
    expect(bytesRead).toBeLessThanOrEqual(8 * 1024)
  })

  it('keeps the newest `keep` generations of each automatic kind and never touches manual copies', async () => {
    const dir = join(tempDir(), 'backups')
    const store = createBackupStore({ dir })
    const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T12:00:00.000Z`
    for (let day = 1; day <= 5; day++) await store.write(await backupText(at(day), 'daily'), 'daily', 3)
    for (let day = 1; day <= 2; day++) await store.write(await backupText(at(day), 'quit'), 'quit', 3)
    // A copy a person dropped into the folder by hand.
    const manual = backupFileName(new Date(at(1)), 'manual')
    writeFileSync(join(dir, manual), gzipSync(await backupText(at(1), 'manual')))
    await store.write(await backupText(at(6), 'upgrade'), 'upgrade', 3)

    const entries = await store.list()
    const dates = (reason: AutomaticReason | 'manual') => entries.filter((e) => e.reason === reason).map((e) => e.header?.createdAt)
    expect(dates('daily')).toEqual([at(5), at(4), at(3)]) // newest first, the two oldest pruned
    expect(dates('quit')).toEqual([at(2), at(1)])
    expect(dates('upgrade')).toEqual([at(6)])
    expect(dates('manual')).toEqual([at(1)])
    expect(entries[0]?.reason).toBe('upgrade') // the list is newest first across kinds

    // Lowering the setting prunes on the next write.
    await store.write(await backupText(at(7), 'daily'), 'daily', 1)
    expect((await store.list()).filter((e) => e.reason === 'daily').map((e) => e.header?.createdAt)).toEqual([at(7)])
    expect(existsSync(join(dir, manual))).toBe(true)
  })

  it('gives two backups in the same second distinct names', async () => {
    const dir = join(tempDir(), 'backups')
    const store = createBackupStore({ dir })
    const text = await backupText('2026-11-23T10:00:00.000Z', 'quit')
    const [a, b] = await Promise.all([store.write(text, 'quit', 14), store.write(text, 'quit', 14)])
    expect(a.id).not.toBe(b.id)
    // Written at the same time: either may take the name first, the other gets '-2'.
    const second = [a.id, b.id].filter((id) => /-2-quit\.cobro\.gz$/.test(id))
    expect(second).toHaveLength(1)
    expect(await store.read(second[0]!)).toBe(text)
  })

  it.each(['ENOSPC', 'EIO', 'EACCES'])('reports %s on write, removes the temp file and keeps every earlier backup', async (code) => {
    const dir = join(tempDir(), 'backups')
    const good = createBackupStore({ dir })
    for (let day = 1; day <= 3; day++) await good.write(await backupText(`2026-11-0${day}T12:00:00.000Z`, 'daily'), 'daily', 3)
    const before = folderState(dir)

    const full = createBackupStore({ dir, fs: failingWrites(code) })
    const err = await caught(full.write(await backupText('2026-11-04T12:00:00.000Z', 'daily'), 'daily', 3))
    expect(err.code).toBe('files.writeFailed')
    expect(err.params.reason).toBe(code)
    expect(String(err.params.path)).toContain(dir)
    // Nothing pruned (the oldest of 3 would have gone after a successful 4th), nothing half-written left behind.
    expect(folderState(dir)).toEqual(before)
    expect((await good.list()).map((e) => e.header?.createdAt)).toEqual(['2026-11-03T12:00:00.000Z', '2026-11-02T12:00:00.000Z', '2026-11-01T12:00:00.000Z'])
  })

  it('reports a failed rename the same way and leaves no temp file', async () => {
    const dir = join(tempDir(), 'backups')
    const store = createBackupStore({
      dir,
      fs: { ...nodeBackupFs, rename: async () => Promise.reject(Object.assign(new Error('EXDEV'), { code: 'EXDEV' })) },
    })
    const err = await caught(store.write(await backupText('2026-11-04T12:00:00.000Z', 'daily'), 'daily', 3))
    expect(err).toMatchObject({ code: 'files.writeFailed', params: { reason: 'EXDEV' } })
    expect(readdirSync(dir)).toEqual([])
  })

  it('refuses a text that is not a backup or whose header names another reason', async () => {
    const store = createBackupStore({ dir: join(tempDir(), 'backups') })
    expect((await caught(store.write('{"hello":1}', 'daily', 3))).code).toBe('backup.invalid')
    expect((await caught(store.write(await backupText('2026-11-04T12:00:00.000Z', 'quit'), 'daily', 3))).code).toBe('backup.invalid')
  })

  it('reads only names it listed: no paths, no unknown names', async () => {
    const root = tempDir()
    const dir = join(root, 'backups')
    const store = createBackupStore({ dir })
    const { id } = await store.write(await backupText('2026-11-04T12:00:00.000Z', 'daily'), 'daily', 3)
    writeFileSync(join(root, 'secret.txt'), 'not yours')
    for (const bad of ['../x', '../secret.txt', '..\\secret.txt', `../backups/${id}`, `/etc/${id}`, 'cobro-2026-01-01T000000-daily.cobro.gz', '', id.toUpperCase()]) {
      expect((await caught(store.read(bad))).code, bad).toBe('backup.notFound')
    }
    // The channel's schema refuses them before any handler runs.
    for (const bad of ['../x', `sub/${id}`, `..\\${id}`, `${id}/..`]) {
      expect(() => parseInput('backup:openRead', { source: { kind: 'listed', id: bad } }), bad).toThrow(/ipc.invalidInput|not a backup name/)
    }
    expect(parseInput('backup:openRead', { source: { kind: 'listed', id } })).toEqual({ source: { kind: 'listed', id } })
  })

  it('refuses a damaged or foreign file in the folder with a clear code', async () => {
    const dir = join(tempDir(), 'backups')
    const store = createBackupStore({ dir })
    const { id } = await store.write(await backupText('2026-11-04T12:00:00.000Z', 'daily'), 'daily', 3)
    const bytes = readFileSync(join(dir, id))
    writeFileSync(join(dir, id), bytes.subarray(0, Math.floor(bytes.length / 2)))
    expect((await caught(store.read(id))).code).toBe('backup.unreadable')

    const foreign = backupFileName(new Date('2026-11-05T12:00:00.000Z'), 'daily')
    writeFileSync(join(dir, foreign), gzipSync('{"some":"other file"}'))
    expect((await caught(store.read(foreign))).code).toBe('backup.notBackup')
    // Listed (so a person sees it) but without a header: not restorable.
    expect((await store.list()).find((e) => e.id === foreign)?.header).toBeNull()
  })

  it('finds the header even when the company name contains the tables marker', async () => {
    const tricky = 'Trampa ,"tables": S.L. }{'
    const text = await backupText('2026-11-04T12:00:00.000Z', 'daily', tricky)
    expect(parseBackupHeader(text)?.company?.legalName).toBe(tricky)
  })
})
