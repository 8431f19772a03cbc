// @vitest-environment node
/**
 * The backup:* channels through the real dispatcher: a backup streamed in chunks into the folder or through the save
 * dialog ("back up now"), read back in chunks by id or by the token of a file chosen in the open dialog ("restore
 * from file"), settings, quitReady.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_KEEP, type BackupFinishResult, type BackupSource, type BackupTarget } from '../../../electron/contract/backup'
import { createHandlers, dispatch, type HandlerDeps, type Handlers } from '../../../electron/main/handlers'
import { createBackupHandlers } from '../../../electron/main/handlers/backups'
import { nodeBackupFs } from '../../../electron/main/backups/fsAccess'
import { createQuitGuard, setActiveQuitGuard } from '../../../electron/main/backups/quitGuard'
import { SETTINGS_FILE } from '../../../electron/main/backups/settings'
import { snapshotText } from '../../../renderer/db/backup/snapshot'
import { tempDir } from './helpers'

const TABLES = {
  company: [{ id: 'company', legalName: 'Comercial Añón e Hijos, S.L.', taxId: 'B87654321' }],
  customers: Array.from({ length: 1200 }, (_, i) => ({ id: `c${i}`, legalName: `Țesătoria Râșnov ${i}` })),
}
const AT = new Date('2026-11-23T10:00:00Z')
const TEXT = (await snapshotText(TABLES, 6, 'manual', AT)).text
const DAILY = (await snapshotText(TABLES, 6, 'daily', AT)).text

type Call = <C extends keyof Handlers>(channel: C, input?: unknown) => ReturnType<typeof dispatch<C>>

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
  const call: Call = (channel, input) => dispatch(handlers, channel, input)
  return { root, deps, call, saveCalls }
}

function unwrap<T>(res: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!res.ok) throw new Error(`refused: ${JSON.stringify(res.error)}`)
  return res.value
}

type Saved = { ok: true; value: BackupFinishResult } | { ok: false; error: unknown }

/**
 * Streams `text` through begin/append (in pieces of whole lines)/finish, as the renderer does: the first refusal of
 * an append or of the finish, or the finish's result; 'cancelled' when the dialog was cancelled.
 */
async function save(call: Call, target: BackupTarget, text: string): Promise<Saved | { status: 'cancelled' }> {
  const nl = text.indexOf('\n')
  const begun = unwrap(await call('backup:begin', { target, header: text.slice(0, nl) }))
  if (begun.status === 'cancelled') return begun
  const lines = text.slice(nl + 1).split(/(?<=\n)/)
  const half = Math.ceil(lines.length / 2)
  for (const piece of [lines.slice(0, half).join(''), lines.slice(half).join('')]) {
    if (!piece) continue
    const appended = await call('backup:append', { handle: begun.handle, text: piece })
    if (!appended.ok) return appended
  }
  return (await call('backup:finish', { handle: begun.handle })) as Saved
}

async function saved(call: Call, target: BackupTarget, text: string): Promise<BackupFinishResult> {
  const res = await save(call, target, text)
  if ('status' in res) throw new Error('cancelled')
  return unwrap(res)
}

/** Reads a backup back through openRead/readChunk, as the renderer does. */
async function readAll(call: Call, source: BackupSource): Promise<string> {
  const { handle } = unwrap(await call('backup:openRead', { source }))
  let text = ''
  for (;;) {
    const chunk = unwrap(await call('backup:readChunk', { handle }))
    text += chunk.text
    if (chunk.done) return text
  }
}

const dialog = { kind: 'dialog', title: 'Guardar copia', filterName: 'Copias' } as const

describe('backup handlers', () => {
  it('"back up now" offers cobro-<date>.cobro.gz and streams the gzipped text where the person chose (a USB stick)', async () => {
    const usb = join(tempDir(), 'USB')
    mkdirSync(usb)
    const { call, saveCalls } = setup({ saveTo: join(usb, 'cobro-2026-11-23.cobro.gz') })
    const res = await save(call, dialog, TEXT)
    expect(res).toMatchObject({ ok: true, value: { id: null, path: join(usb, 'cobro-2026-11-23.cobro.gz') } })
    expect(saveCalls[0]?.defaultPath).toMatch(/cobro-2026-11-23\.cobro\.gz$/)
    expect(saveCalls[0]?.title).toBe('Guardar copia')
    expect(gunzipSync(readFileSync(join(usb, 'cobro-2026-11-23.cobro.gz'))).toString('utf8')).toBe(TEXT)
  })

  it('adds the extension when the person typed a bare name, never replacing an unconfirmed file', async () => {
    const usb = tempDir()
    writeFileSync(join(usb, 'copia.cobro.gz'), 'older copy')
    const { call } = setup({ saveTo: join(usb, 'copia') })
    expect(await save(call, dialog, TEXT)).toMatchObject({ ok: true, value: { path: join(usb, 'copia (2).cobro.gz') } })
    expect(readFileSync(join(usb, 'copia.cobro.gz'), 'utf8')).toBe('older copy')
  })

  it('cancelled save dialog: nothing written', async () => {
    const { call, root } = setup({ saveTo: null })
    expect(await save(call, dialog, TEXT)).toEqual({ status: 'cancelled' })
    expect(existsSync(join(root, 'userData', 'backups'))).toBe(false)
  })

  it('"back up now" to a full stick reports files.writeFailed and leaves no partial file', async () => {
    const usb = tempDir()
    const { deps } = setup({ saveTo: join(usb, 'cobro.cobro.gz') })
    const full = createBackupHandlers(deps, {
      ...nodeBackupFs,
      rename: async () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })),
    })
    const call: Call = (channel, input) => dispatch(full as Handlers, channel, input)
    expect(await save(call, dialog, TEXT)).toMatchObject({
      ok: false,
      error: { code: 'files.writeFailed', params: { path: join(usb, 'cobro.cobro.gz'), reason: 'ENOSPC' } },
    })
    expect(readdirSync(usb)).toEqual([])
  })

  it('refuses a stream cut short, changed on the way, or with a header of another kind; nothing is left behind', async () => {
    const { call, root } = setup({ saveTo: join(tempDir(), 'x.cobro.gz') })
    const folder = { kind: 'folder', reason: 'daily' } as const
    const withoutTrailer = DAILY.slice(0, DAILY.lastIndexOf('{"end"'))
    expect(await save(call, folder, withoutTrailer)).toMatchObject({ ok: false, error: { code: 'backup.invalid' } })
    const changed = DAILY.replace('Râșnov 7', 'Râșnov 8')
    expect(await save(call, folder, changed)).toMatchObject({ ok: false, error: { code: 'backup.invalid' } })
    const otherCompany = DAILY.replace('Añón', 'Anon')
    expect(await save(call, folder, otherCompany)).toMatchObject({ ok: false, error: { code: 'backup.invalid' } })
    await expect(save(call, folder, TEXT)).rejects.toThrow(/backup.invalid/) // a manual header into the folder
    await expect(save(call, dialog, DAILY)).rejects.toThrow(/backup.invalid/) // a daily header through the dialog
    expect(readdirSync(join(root, 'userData', 'backups'))).toEqual([])
    // A handle that was never given out (or already finished) is refused.
    expect(await call('backup:append', { handle: 'a'.repeat(32), text: 'x\n' })).toMatchObject({ ok: false, error: { code: 'backup.sessionLost' } })
  })

  it('"abort" drops a backup half-way and removes its temp file', async () => {
    const { call, root } = setup()
    const nl = DAILY.indexOf('\n')
    const begun = unwrap(await call('backup:begin', { target: { kind: 'folder', reason: 'daily' }, header: DAILY.slice(0, nl) }))
    if (begun.status !== 'started') throw new Error('not started')
    unwrap(await call('backup:append', { handle: begun.handle, text: DAILY.slice(nl + 1, DAILY.indexOf('\n', nl + 1) + 1) }))
    expect(readdirSync(join(root, 'userData', 'backups'))).toHaveLength(1) // the hidden temp file
    unwrap(await call('backup:abort', { handle: begun.handle }))
    expect(readdirSync(join(root, 'userData', 'backups'))).toEqual([])
    expect(await call('backup:finish', { handle: begun.handle })).toMatchObject({ ok: false, error: { code: 'backup.sessionLost' } })
  })

  it('"restore from file" reads a gzipped or a plain backup by token, and refuses other files at once', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'copia.cobro.gz'), gzipSync(TEXT))
    writeFileSync(join(dir, 'copia.json'), TEXT)
    writeFileSync(join(dir, 'foto.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))
    const gz = setup({ openFile: join(dir, 'copia.cobro.gz') })
    const chosen = unwrap(await gz.call('backup:chooseFile', { title: 't', filterName: 'f' }))
    expect(chosen).toMatchObject({ status: 'chosen', fileName: 'copia.cobro.gz' })
    if (chosen.status !== 'chosen') throw new Error('not chosen')
    expect(await readAll(gz.call, { kind: 'chosen', token: chosen.token })).toBe(TEXT)
    // The same token reads it again (the preview checks it, the restore reads it).
    expect(await readAll(gz.call, { kind: 'chosen', token: chosen.token })).toBe(TEXT)

    const plain = setup({ openFile: join(dir, 'copia.json') })
    const p = unwrap(await plain.call('backup:chooseFile', { title: 't', filterName: 'f' }))
    if (p.status !== 'chosen') throw new Error('not chosen')
    expect(await readAll(plain.call, { kind: 'chosen', token: p.token })).toBe(TEXT)

    expect(await setup({ openFile: join(dir, 'foto.jpg') }).call('backup:chooseFile', { title: 't', filterName: 'f' })).toMatchObject({
      ok: false,
      error: { code: 'backup.notBackup', params: { file: 'foto.jpg' } },
    })
    expect(await setup({ openFile: join(dir, 'missing.gz') }).call('backup:chooseFile', { title: 't', filterName: 'f' })).toMatchObject({
      ok: false,
      error: { code: 'backup.readFailed', params: { file: 'missing.gz', reason: 'ENOENT' } },
    })
    expect(await setup({ openFile: null }).call('backup:chooseFile', { title: 't', filterName: 'f' })).toEqual({ ok: true, value: { status: 'cancelled' } })
    // A token this session never gave out reads nothing.
    expect(await gz.call('backup:openRead', { source: { kind: 'chosen', token: 'b'.repeat(32) } })).toMatchObject({ ok: false, error: { code: 'backup.sessionLost' } })
  })

  it('writes, lists and reads through the channels; the folder is userData/backups', async () => {
    const { call, root } = setup()
    const written = await saved(call, { kind: 'folder', reason: 'daily' }, DAILY)
    const id = written.id ?? ''
    expect(id).toMatch(/^cobro-2026-11-23T\d{6}-daily\.cobro\.gz$/)
    expect(written.path).toBe(join(root, 'userData', 'backups', id))
    const listed = await call('backup:list')
    expect(listed).toMatchObject({ ok: true, value: { dir: join(root, 'userData', 'backups'), entries: [{ id, reason: 'daily' }] } })
    expect(await readAll(call, { kind: 'listed', id })).toBe(DAILY)
    expect(await call('backup:openRead', { source: { kind: 'listed', id: '../../etc/passwd' } })).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } })
    // 'manual' is not written into the folder (save-as copies go elsewhere).
    expect(await call('backup:begin', { target: { kind: 'folder', reason: 'manual' }, header: TEXT.slice(0, TEXT.indexOf('\n')) })).toMatchObject({
      ok: false,
      error: { code: 'ipc.invalidInput' },
    })
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
    await saved(call, { kind: 'folder', reason: 'daily' }, DAILY)
    await saved(call, { kind: 'folder', reason: 'daily' }, (await snapshotText(TABLES, 6, 'daily', new Date('2026-11-24T10:00:00.000Z'))).text)
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
