/**
 * Backups across IPC. The renderer takes the snapshot (it owns IndexedDB) and hands main its text; main owns the
 * files: it gzips them into its backups folder (userData/backups), keeps a set number of generations of each
 * automatic kind, lists them, reads one back by its id (a file name main listed, never a path), and goes through
 * the system dialogs for "back up now" to a USB stick and "restore from file". No electron import.
 *
 * A backup's text is one JSON object whose header members come first and `tables` last:
 *   {"format":"cobro-backup","formatVersion":1,"schemaVersion":6,"createdAt":"…","reason":"daily",
 *    "company":{…}|null,"counts":{…},"checksum":"<sha-256 of the tables JSON>","tables":{…}}
 * so main lists a folder by un-gzipping only the beginning of each file (electron/main/backups/header.ts), and the
 * restore checks the checksum before trusting a row.
 */
export const BACKUP_FORMAT = 'cobro-backup'
export const BACKUP_FORMAT_VERSION = 1

/** Why a backup was made. 'manual' copies are saved with the dialog, elsewhere; the others live in the folder. */
export const BACKUP_REASONS = ['daily', 'quit', 'upgrade', 'manual', 'beforeRestore'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]
/** The kinds written into the backups folder (each keeps its own `keep` newest generations). */
export type AutomaticReason = Exclude<BackupReason, 'manual'>

/** Largest backup text accepted (characters) and largest file read (bytes, compressed or not). */
export const MAX_BACKUP_CHARS = 400 * 1024 * 1024
export const MAX_BACKUP_FILE_BYTES = 400 * 1024 * 1024

export const DEFAULT_KEEP = 14
export const MIN_KEEP = 1
export const MAX_KEEP = 100

export interface BackupHeader {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  /** The Dexie schema version of the data (restore upgrades older ones, refuses newer ones). */
  schemaVersion: number
  /** ISO timestamp. */
  createdAt: string
  reason: BackupReason
  company: { legalName: string; taxId: string } | null
  /** Rows per table. */
  counts: Record<string, number>
  /** SHA-256 (hex) of the `tables` JSON text exactly as written. */
  checksum: string
  /**
   * The newest audit entry at backup time (its id and hash). The audit chain alone cannot show that its newest
   * entries were deleted; a backup that remembers the head can. Absent in backups written before this field.
   */
  auditHead?: { id: number; hash: string } | null
}

export interface BackupWriteRequest {
  reason: AutomaticReason
  /** The backup text (header first, see above); its header's reason must be `reason`. */
  text: string
}

export interface BackupWriteResult {
  /** The file name in the backups folder. */
  id: string
  createdAt: string
  /** Size on disk (gzipped). */
  bytes: number
}

export interface BackupEntry {
  id: string
  reason: BackupReason
  bytes: number
  /** Null when the beginning of the file cannot be read (damaged): listed so that the person sees it, not restorable. */
  header: BackupHeader | null
}

export interface BackupListResult {
  /** The backups folder (shown to the person). */
  dir: string
  /** Newest first. */
  entries: BackupEntry[]
}

export interface BackupReadRequest {
  id: string
}

export interface BackupReadResult {
  id: string
  text: string
}

/** "Back up now": the save dialog (title and file-type label in the UI language), then the gzipped text. */
export interface BackupSaveAsRequest {
  text: string
  title: string
  filterName: string
}

export type BackupSaveAsResult = { status: 'saved'; path: string; bytes: number } | { status: 'cancelled' }

/** "Restore from file…": the open dialog, then the file's text (gzipped or plain JSON). */
export interface BackupOpenFileRequest {
  title: string
  filterName: string
}

export type BackupOpenFileResult = { status: 'opened'; fileName: string; text: string } | { status: 'cancelled' }

export interface BackupSettings {
  /** Generations kept of each automatic kind (MIN_KEEP..MAX_KEEP). */
  keep: number
}

export interface BackupSettingsResult extends BackupSettings {
  dir: string
}

/** Main -> renderer event: the window is closing; take the quit backup, then call quitReady(). */
export const QUIT_REQUESTED_EVENT = 'backup:quitRequested'

/** Event subscriptions the preload adds to window.cobro (not invokes; absent in the e2e harness). */
export interface CobroEvents {
  /** Returns the unsubscribe function. */
  onQuitRequested(cb: () => void): () => void
}
