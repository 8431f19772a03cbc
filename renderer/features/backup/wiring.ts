/**
 * The backup steps of the running app, wired to the bridge and the app's context: the upgrade backup before the
 * database opens, the daily schedule, the quit hook, "back up now" and the restore. The logic lives in
 * renderer/db/backup (tested with fake-indexeddb); this file only connects it.
 */
import i18next from 'i18next'
import type { AutomaticReason, BackupSaveAsResult, CobroEvents } from '../../../electron/contract/backup'
import type { CobroApi } from '../../../electron/contract/channels'
import { ensureDailyBackup, startDailySchedule } from '../../db/backup/daily'
import { parseBackup, type ParsedBackup } from '../../db/backup/parse'
import { restoreBackup, type RestoreOptions, type RestoreResult } from '../../db/backup/restore'
import { hasCompany, takeSnapshot } from '../../db/backup/snapshot'
import { backupBeforeUpgrade } from '../../db/backup/startup'
import { cobro, hasBridge } from '../../lib/bridge'
import { ctx, today } from '../../lib/ctx'
import { useToasts } from '../../stores/toasts'
import { backupErrorMessage } from './messages'

function api(): CobroApi & Partial<CobroEvents> {
  return cobro() as CobroApi & Partial<CobroEvents>
}

async function writeBackup(text: string, reason: AutomaticReason): Promise<void> {
  await api().writeBackup({ reason, text })
}

/**
 * Before the app opens its database: the upgrade backup when one is needed. Resolves to null when the app may
 * start, or to the error that stopped it (the database was not opened, so it was not upgraded).
 */
export async function prepareDatabase(): Promise<unknown> {
  if (!hasBridge()) return null // a plain browser (development): main is not there to keep a file
  try {
    await backupBeforeUpgrade({ now: ctx.now, write: writeBackup })
    return null
  } catch (e) {
    return e
  }
}

async function dailyBackup(): Promise<void> {
  try {
    await ensureDailyBackup({ db: ctx.db, now: ctx.now, list: async () => (await api().listBackups()).entries, write: writeBackup })
  } catch (e) {
    const t = i18next.getFixedT(null, 'backup')
    useToasts.getState().push('error', t('daily.failed', { reason: backupErrorMessage(t, e) }))
  }
}

/** The quit backup, then tell main it may close (also when there is nothing to back up or the write failed). */
async function quitBackup(): Promise<void> {
  try {
    if (await hasCompany(ctx.db)) await writeBackup((await takeSnapshot(ctx.db, 'quit', ctx.now())).text, 'quit')
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
export async function backUpNow(): Promise<BackupSaveAsResult> {
  const t = i18next.getFixedT(null, 'backup')
  const { text } = await takeSnapshot(ctx.db, 'manual', ctx.now())
  return api().saveBackupAs({ text, title: t('dialogs.saveTitle'), filterName: t('dialogs.filterName') })
}

export interface OpenedBackup {
  /** The file name (audit label and what the preview names). */
  label: string
  parsed: ParsedBackup
}

export async function openListedBackup(id: string): Promise<OpenedBackup> {
  const { text } = await api().readBackup({ id })
  return { label: id, parsed: parseBackup(text) }
}

/** Null when the person cancelled the dialog. */
export async function openBackupFromFile(): Promise<OpenedBackup | null> {
  const t = i18next.getFixedT(null, 'backup')
  const res = await api().openBackupFile({ title: t('dialogs.openTitle'), filterName: t('dialogs.filterName') })
  if (res.status === 'cancelled') return null
  return { label: res.fileName, parsed: parseBackup(res.text) }
}

/** The restore, with the safety backup of the current data written through main first. */
export async function restoreOpened(opened: OpenedBackup, onStep: RestoreOptions['onStep']): Promise<RestoreResult> {
  return restoreBackup(ctx, opened.parsed, {
    label: opened.label,
    onStep,
    safetyBackup: async () => writeBackup((await takeSnapshot(ctx.db, 'beforeRestore', ctx.now())).text, 'beforeRestore'),
  })
}
