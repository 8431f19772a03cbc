// @vitest-environment node
/** The backup:* channels through the real dispatcher: "back up now", "restore from file", settings, quitReady. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_KEEP } from '../../../electron/contract/backup'
import { createHandlers, dispatch, type HandlerDeps, type Handlers } from '../../../electron/main/handlers'
import { createBackupHandlers } from '../../../electron/main/handlers/backups'
import { nodeBackupFs } from '../../../electron/main/backups/fsAccess'
import { createQuitGuard, setActiveQuitGuard } from '../../../electron/main/backups/quitGuard'
import { SETTINGS_FILE } from '../../../electron/main/backups/settings'
import { snapshotOf } from '../../../renderer/db/backup/snapshot'
import { tempDir } from './helpers'

const TEXT = snapshotOf(
  { company: [{ id: 'company', legalName: 'Comercial Añón e Hijos, S.L.', taxId: 'B87654321' }], customers: [{ id: 'c1', legalName: 'Țesătoria Râșnov' }] },
  6,
  'manual',
  new Date('2026-11-23T10:00:00Z'),
).text
const DAILY = TEXT.replace('"reason":"manual"', '"reason":"daily"')

function setup(opts: { saveTo?: string | null; openFile?: string | null } = {}) {
  const root = tempDir()
  const saveCalls: { title?: string; defaultPath?: string }[] = []
  const deps: HandlerDeps = {
    dialogs: {
      showSaveDialog: async (o) => {
        saveCalls.push(o)
        return opts.saveTo ? { canceled: false, filePath: opts.saveTo } : { canceled: true }
      },
      showOpenDialog: async () => (opts.openFile ? { canceled: false, filePaths: [opts.openFile] } : { canceled: true, filePaths: [] }),
    },
    paths: { documentsDir: join(root, 'Documents'), userDataDir: join(root, 'userData') },
    openPath: async () => '',
    appVersion: 'test',
    platform: 'linux',
  }
  const handlers = createHandlers(deps)
  const call = <C extends keyof Handlers>(channel: C, input?: unknown) => dispatch(handlers, channel, input)
  return { root, deps, call, saveCalls }
}

describe('backup handlers', () => {
  it('"back up now" offers cobro-<date>.cobro.gz and writes the gzipped text where the person chose (a USB stick)', async () => {
    const usb = join(tempDir(), 'USB')
    mkdirSync(usb)
    const { call, saveCalls } = setup({ saveTo: join(usb, 'cobro-2026-11-23.cobro.gz') })
    const res = await call('backup:saveAs', { text: TEXT, title: 'Guardar copia', filterName: 'Copias' })
    expect(res).toMatchObject({ ok: true, value: { status: 'saved', path: join(usb, 'cobro-2026-11-23.cobro.gz') } })
    expect(saveCalls[0]?.defaultPath).toMatch(/cobro-2026-11-23\.cobro\.gz$/)
    expect(gunzipSync(readFileSync(join(usb, 'cobro-2026-11-23.cobro.gz'))).toString('utf8')).toBe(TEXT)
  })

  it('adds the extension when the person typed a bare name, never replacing an unconfirmed file', async () => {
    const usb = tempDir()
    writeFileSync(join(usb, 'copia.cobro.gz'), 'older copy')
    const { call } = setup({ saveTo: join(usb, 'copia') })
    const res = await call('backup:saveAs', { text: TEXT, title: 't', filterName: 'f' })
    expect(res).toMatchObject({ ok: true, value: { status: 'saved', path: join(usb, 'copia (2).cobro.gz') } })
    expect(readFileSync(join(usb, 'copia.cobro.gz'), 'utf8')).toBe('older copy')
  })

  it('cancelled save dialog: nothing written', async () => {
    const { call, root } = setup({ saveTo: null })
    expect(await call('backup:saveAs', { text: TEXT, title: 't', filterName: 'f' })).toEqual({ ok: true, value: { status: 'cancelled' } })
    expect(existsSync(join(root, 'userData', 'backups'))).toBe(false)
  })

  it('"back up now" to a full stick reports files.writeFailed and leaves no partial file', async () => {
    const usb = tempDir()
    const { deps } = setup({ saveTo: join(usb, 'cobro.cobro.gz') })
    const full = createBackupHandlers(deps, {
      ...nodeBackupFs,
      rename: async () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })),
    })
    await expect(full['backup:saveAs']({ text: TEXT, title: 't', filterName: 'f' })).rejects.toMatchObject({
      code: 'files.writeFailed',
      params: { path: join(usb, 'cobro.cobro.gz'), reason: 'ENOSPC' },
    })
    expect(readdirSync(usb)).toEqual([])
  })

  it('"restore from file" returns the text of a gzipped or a plain backup, and refuses other files', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'copia.cobro.gz'), gzipSync(TEXT))
    writeFileSync(join(dir, 'copia.json'), TEXT)
    writeFileSync(join(dir, 'foto.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))
    expect(await setup({ openFile: join(dir, 'copia.cobro.gz') }).call('backup:openFile', { title: 't', filterName: 'f' })).toEqual({
      ok: true,
      value: { status: 'opened', fileName: 'copia.cobro.gz', text: TEXT },
    })
    expect(await setup({ openFile: join(dir, 'copia.json') }).call('backup:openFile', { title: 't', filterName: 'f' })).toMatchObject({
      ok: true,
      value: { text: TEXT },
    })
    expect(await setup({ openFile: join(dir, 'foto.jpg') }).call('backup:openFile', { title: 't', filterName: 'f' })).toMatchObject({
      ok: false,
      error: { code: 'backup.unreadable', params: { file: 'foto.jpg' } },
    })
    expect(await setup({ openFile: join(dir, 'missing.gz') }).call('backup:openFile', { title: 't', filterName: 'f' })).toMatchObject({
      ok: false,
      error: { code: 'backup.readFailed', params: { file: 'missing.gz', reason: 'ENOENT' } },
    })
    expect(await setup({ openFile: null }).call('backup:openFile', { title: 't', filterName: 'f' })).toEqual({ ok: true, value: { status: 'cancelled' } })
  })

  it('writes, lists and reads through the channels; the folder is userData/backups', async () => {
    const { call, root } = setup()
    const written = await call('backup:write', { reason: 'daily', text: DAILY })
    expect(written.ok).toBe(true)
    const id = written.ok ? written.value.id : ''
    const listed = await call('backup:list')
    expect(listed).toMatchObject({ ok: true, value: { dir: join(root, 'userData', 'backups'), entries: [{ id, reason: 'daily' }] } })
    expect(await call('backup:read', { id })).toEqual({ ok: true, value: { id, text: DAILY } })
    expect(await call('backup:read', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } })
    // 'manual' is not written into the folder (save-as copies go elsewhere).
    expect(await call('backup:write', { reason: 'manual', text: TEXT })).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } })
  })

  it('keeps the generations setting in userData/backup-settings.json, validated 1..100', async () => {
    const { call, root } = setup()
    expect(await call('backup:getSettings')).toEqual({ ok: true, value: { keep: DEFAULT_KEEP, dir: join(root, 'userData', 'backups') } })
    expect(await call('backup:setSettings', { keep: 5 })).toMatchObject({ ok: true, value: { keep: 5 } })
    expect(JSON.parse(readFileSync(join(root, 'userData', SETTINGS_FILE), 'utf8'))).toEqual({ keep: 5 })
    expect(await call('backup:getSettings')).toMatchObject({ ok: true, value: { keep: 5 } })
    for (const keep of [0, 101, 2.5, '7']) {
      expect(await call('backup:setSettings', { keep }), String(keep)).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } })
    }
    // A damaged settings file means the defaults, not a broken page.
    writeFileSync(join(root, 'userData', SETTINGS_FILE), '{ nope')
    expect(await call('backup:getSettings')).toMatchObject({ ok: true, value: { keep: DEFAULT_KEEP } })
    // The setting is what prunes.
    await call('backup:setSettings', { keep: 1 })
    await call('backup:write', { reason: 'daily', text: DAILY })
    await call('backup:write', { reason: 'daily', text: DAILY.replace('2026-11-23T10:00:00.000Z', '2026-11-24T10:00:00.000Z') })
    const listed = await call('backup:list')
    expect(listed.ok && listed.value.entries.map((e) => e.header?.createdAt)).toEqual(['2026-11-24T10:00:00.000Z'])
  })

  it('app:quitReady releases the window held for the quit backup', async () => {
    const close = vi.fn()
    const guard = createQuitGuard({ requestBackup: () => true, close })
    setActiveQuitGuard(guard)
    try {
      guard.onClose({ preventDefault: () => undefined })
      expect(close).not.toHaveBeenCalled()
      expect(await setup().call('app:quitReady')).toEqual({ ok: true, value: undefined })
      expect(close).toHaveBeenCalledOnce()
    } finally {
      setActiveQuitGuard(null)
    }
  })
})
