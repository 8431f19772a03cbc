/**
 * Format 2 (lines) on the renderer's side: written in appends of whole lines under the IPC chunk limit, read back
 * from chunks cut anywhere, the checksum covering header and rows, and format 1 still restorable.
 */
import { describe, expect, it } from 'vitest'
import { MAX_BACKUP_CHUNK_CHARS } from '../../../../electron/contract/backup'
import { joinBackupText } from '../../../../electron/contract/backupSchemas'
import { parseBackup, readBackup, textSource } from '../../../../renderer/db/backup/parse'
import { tablesChecksum } from '../../../../renderer/db/backup/parseV1'
import { headerOf, snapshotText, takeSnapshot, writeTables, type OpenSink } from '../../../../renderer/db/backup/snapshot'
import { LATEST_VERSION } from '../../../../renderer/db/backup/versions'
import { createCustomer } from '../../../../renderer/db/repos/customers'
import { customerInput, esSetup } from '../helpers'
import { refusal } from './sinks'

const NOW = new Date('2026-11-23T10:00:00.000Z')

/** 1,200 customers (three data lines) with letters that take 2 bytes in UTF-8, and a company. */
function tables(n = 1200) {
  return {
    company: [{ id: 'company', legalName: 'Distribuciones Ñandú, S.L.', taxId: 'B12345674' }],
    customers: Array.from({ length: n }, (_, i) => ({ id: `c${String(i).padStart(5, '0')}`, code: `C${i}`, legalName: `Țesătoria Râșnov ${i} — ñ` })),
  }
}

describe('backup format 2', () => {
  it('reads back exactly from chunks cut anywhere (mid-line), keeping or only checking the rows', async () => {
    const { text, header } = await snapshotText(tables(), LATEST_VERSION, 'daily', NOW)
    expect(text.split('\n').length - 1).toBe(1 + 1 + 3 + 1) // header, company, 3 x 500 customers, trailer
    for (const size of [1, 7, 777, 100_000]) {
      const parsed = await readBackup(textSource(text, size), true)
      expect(parsed.header).toEqual(header)
      expect(parsed.tables).toEqual(tables())
    }
    const checked = await readBackup(textSource(text, 333), false)
    expect(checked.header.counts).toEqual({ company: 1, customers: 1200 })
    expect(checked.tables['customers']).toEqual([])
  })

  it('streams in appends of whole lines, each under the IPC chunk limit', async () => {
    const big = { notes: Array.from({ length: 40_000 }, (_, i) => ({ id: i + 1, text: `${'x'.repeat(200)}${i}` })) }
    const appends: string[] = []
    const open: OpenSink<string> = async () => ({
      append: async (t) => void appends.push(t),
      finish: async () => 'done',
      abort: async () => undefined,
    })
    expect(await writeTables(big, headerOf(big, LATEST_VERSION, 'daily', NOW), open)).toBe('done')
    expect(appends.length).toBeGreaterThan(1) // 8 MB of rows: more than one append
    for (const a of appends) {
      expect(a.endsWith('\n')).toBe(true)
      expect(a.length).toBeLessThanOrEqual(MAX_BACKUP_CHUNK_CHARS)
    }
    expect(appends.at(-1)).toMatch(/\{"end":true,"lines":\d+,"checksum":"[0-9a-f]{64}"\}\n$/)
  })

  it('aborts the sink when writing fails half-way, and returns null when the dialog was cancelled', async () => {
    let aborted = 0
    const failing: OpenSink = async () => ({
      append: async () => {
        throw new Error('ENOSPC')
      },
      finish: async () => undefined,
      abort: async () => void (aborted += 1),
    })
    await expect(writeTables(tables(), headerOf(tables(), LATEST_VERSION, 'daily', NOW), failing)).rejects.toThrow('ENOSPC')
    expect(aborted).toBe(1)
    expect(await writeTables(tables(), headerOf(tables(), LATEST_VERSION, 'manual', NOW), async () => null)).toBeNull()
  })

  it('refuses a text cut short, a line lost, repeated or swapped, a changed header, and anything after the end', async () => {
    const { text } = await snapshotText(tables(), LATEST_VERSION, 'daily', NOW)
    const lines = text.split('\n').slice(0, -1).map((l) => `${l}\n`)
    const variants = {
      noTrailer: lines.slice(0, -1).join(''),
      lostLine: [...lines.slice(0, 2), ...lines.slice(3)].join(''),
      repeated: [...lines.slice(0, 3), lines[2], ...lines.slice(3)].join(''),
      swapped: [lines[0], lines[1], lines[3], lines[2], ...lines.slice(4)].join(''),
      header: text.replace('Distribuciones Ñandú, S.L.', 'Distribuciones Nandu, S.L.'),
      afterEnd: `${text}{"table":"company","rows":[]}\n`,
      noFinalNewline: text.slice(0, -1),
    }
    for (const [name, variant] of Object.entries(variants)) {
      const err = await refusal(parseBackup(variant))
      expect(err, name).toMatchObject({ code: expect.stringMatching(/^backup\.(damaged|badRow|countsMismatch)$/) })
    }
    expect(await refusal(parseBackup(variants.noTrailer))).toMatchObject({ code: 'backup.damaged' })
    expect(await refusal(parseBackup(variants.swapped))).toMatchObject({ code: 'backup.damaged' })
    expect(await refusal(parseBackup(variants.header))).toMatchObject({ code: 'backup.damaged' })
  })

  it('writes the newest audit entry in the header (the integrity check compares against it)', async () => {
    const { ctx } = await esSetup()
    await createCustomer(ctx, customerInput({ legalName: 'Ferretería Muñoz, S.L.' }))
    const last = await ctx.db.audit.orderBy('id').last()
    const { text } = await takeSnapshot(ctx.db, 'daily', NOW)
    expect((await parseBackup(text)).header.auditHead).toEqual({ id: last!.id, hash: last!.hash })
  })

  it('still restores format 1 (one JSON text, written by earlier versions)', async () => {
    const t = tables(3)
    const json = JSON.stringify(t)
    const header = { ...headerOf(t, LATEST_VERSION, 'daily', NOW), formatVersion: 1, checksum: tablesChecksum(json) }
    const v1 = joinBackupText(header, json)
    expect(v1.includes('\n')).toBe(false)
    const parsed = await readBackup(textSource(v1, 50), true)
    expect(parsed.tables).toEqual(t)
    expect(parsed.header.formatVersion).toBe(1)
    expect(await refusal(parseBackup(v1.replace('Râșnov 1', 'Râșnov 2')))).toMatchObject({ code: 'backup.damaged' })
  })
})
