/**
 * The backup steps of the running app, wired to the bridge and the app's context: the upgrade backup before the
 * database opens, the daily schedule, the quit hook, "back up now" and the restore. The logic lives in
 * renderer/db/backup (tested with fake-indexeddb); this file only connects it.
 */
import i18next from 'i18next'
import type { AutomaticReason, BackupFinishResult, BackupHeader, BackupSource, BackupTarget, CobroEvents } from '../../../electron/contract/backup'
import type { CobroApi } from '../../../electron/contract/channels'
import { ensureDailyBackup, startDailySchedule } from '../../db/backup/daily'
import { readBackup, type ParsedBackup } from '../../db/backup/parse'
import { restoreBackup, type RestoreOptions, type RestoreResult } from '../../db/backup/restore'
import { hasCompany, writeSnapshot, type OpenSink } from '../../db/backup/snapshot'
import { backupBeforeUpgrade } from '../../db/backup/startup'
import { cobro, hasBridge } from '../../lib/bridge'
import { localCheckpoints } from '../../lib/fiscalCheckpoints'
import { ctx, today } from '../../lib/ctx'
import { useToasts } from '../../stores/toasts'
import { backupErrorMessage } from './messages'

function api(): CobroApi & Partial<CobroEvents> {
  return cobro() as CobroApi & Partial<CobroEvents>
}

/** A sink that streams a backup's text to main (backup:begin/append/finish), into the folder or the save dialog. */
function mainSink(target: BackupTarget): OpenSink<BackupFinishResult> {
  return async (_header, headerLine) => {
    const begun = await api().beginBackup({ target, header: headerLine })
    if (begun.status === 'cancelled') return null
    const { handle } = begun
    return {
      append: (text) => api().appendBackup({ handle, text }),
      finish: () => api().finishBackup({ handle }),
      abort: () => api().abortBackup({ handle }),
    }
  }
}

const folder = (reason: AutomaticReason): OpenSink<BackupFinishResult> => mainSink({ kind: 'folder', reason })

/** Reads a backup from main chunk by chunk; the read is closed whatever happens. */
async function readFromMain(source: BackupSource, retain: boolean): Promise<ParsedBackup> {
  const { handle } = await api().openBackupRead({ source })
  let done = false
  try {
    return await readBackup(async () => {
      const chunk = await api().readBackupChunk({ handle })
      done = chunk.done
      return chunk
    }, retain)
  } finally {
    if (!done) await api().closeBackupRead({ handle }).catch(() => undefined)
  }
}

/**
 * Before the app opens its database: the upgrade backup when one is needed. Resolves to null when the app may
 * start, or to the error that stopped it (the database was not opened, so it was not upgraded).
 */
export async function prepareDatabase(): Promise<unknown> {
  if (!hasBridge()) return null // a plain browser (development): main is not there to keep a file
  try {
    await backupBeforeUpgrade({ now: ctx.now, openSink: folder('upgrade') })
    return null
  } catch (e) {
    return e
  }
}

async function dailyBackup(): Promise<void> {
  try {
    await ensureDailyBackup({ db: ctx.db, now: ctx.now, list: async () => (await api().listBackups()).entries, openSink: folder('daily') })
  } catch (e) {
    const t = i18next.getFixedT(null, 'backup')
    useToasts.getState().push('error', t('daily.failed', { reason: backupErrorMessage(t, e) }))
  }
}

/** The quit backup, then tell main it may close (also when there is nothing to back up or the write failed). */
async function quitBackup(): Promise<void> {
  try {
    if (await hasCompany(ctx.db)) await writeSnapshot(ctx.db, 'quit', ctx.now(), folder('quit'))
  } catch {
    // Closing anyway: the data itself is safe in the database; the next start makes the daily backup.
  } finally {
    await api().quitReady().catch(() => undefined)
  }
}

/** After the app has rendered: the daily backup now and at each date change, and the backup on quit. */
export function startBackgroundBackups(): () => void {
  if (!hasBridge()) return () => undefined
  const stopDaily = startDailySchedule({ today, run: dailyBackup })
  const stopQuit = api().onQuitRequested?.(() => void quitBackup()) ?? (() => undefined)
  return () => {
    stopDaily()
    stopQuit()
  }
}

/** For a screen that cannot back up (the startup error): let the window close at once. */
export function releaseQuitWithoutBackup(): () => void {
  if (!hasBridge()) return () => undefined
  return api().onQuitRequested?.(() => void api().quitReady().catch(() => undefined)) ?? (() => undefined)
}

/** "Back up now": a backup of the current data through the save dialog (e.g. to a USB stick). */
export async function backUpNow(): Promise<{ status: 'saved'; path: string; bytes: number } | { status: 'cancelled' }> {
  const t = i18next.getFixedT(null, 'backup')
  const target: BackupTarget = { kind: 'dialog', title: t('dialogs.saveTitle'), filterName: t('dialogs.filterName') }
  const saved = await writeSnapshot(ctx.db, 'manual', ctx.now(), mainSink(target))
  return saved ? { status: 'saved', path: saved.path, bytes: saved.bytes } : { status: 'cancelled' }
}

/** A backup opened for the preview: its header (the rows were checked and dropped) and where to read it again. */
export interface OpenedBackup {
  /** The file name (audit label and what the preview names). */
  label: string
  header: BackupHeader
  source: BackupSource
}

export async function openListedBackup(id: string): Promise<OpenedBackup> {
  const source: BackupSource = { kind: 'listed', id }
  const { header } = await readFromMain(source, false)
  return { label: id, header, source }
}

/** Null when the person cancelled the dialog. */
export async function openBackupFromFile(): Promise<OpenedBackup | null> {
  const t = i18next.getFixedT(null, 'backup')
  const res = await api().chooseBackupFile({ title: t('dialogs.openTitle'), filterName: t('dialogs.filterName') })
  if (res.status === 'cancelled') return null
  const source: BackupSource = { kind: 'chosen', token: res.token }
  const { header } = await readFromMain(source, false)
  return { label: res.fileName, header, source }
}

/** The restore: the safety backup of the current data through main first, then the backup read again, kept. */
export async function restoreOpened(opened: OpenedBackup, onStep: RestoreOptions['onStep']): Promise<RestoreResult> {
  return restoreBackup(ctx, () => readFromMain(opened.source, true), {
    label: opened.label,
    onStep,
    fiscalCheckpoints: localCheckpoints,
    safetyBackup: () => writeSnapshot(ctx.db, 'beforeRestore', ctx.now(), folder('beforeRestore')),
  })
}
