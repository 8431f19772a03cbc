/**
 * Backups across IPC. The renderer takes the snapshot (it owns IndexedDB) and streams its text to main in chunks;
 * main owns the files: it gzips them into its backups folder (userData/backups), keeps a set number of generations
 * of each automatic kind, lists them, streams one back by its id (a file name main listed, never a path), and goes
 * through the system dialogs for "back up now" to a USB stick and "restore from file". No electron import.
 *
 * A backup's text (format 2) is lines, so that neither side ever holds it as one string (200,000 invoices make a
 * text beyond V8's largest string):
 *   line 1      the header: {"format":"cobro-backup","formatVersion":2,"schemaVersion":9,"createdAt":"…",
 *               "reason":"daily","company":{…}|null,"counts":{…},"auditHead":{…}|null}
 *   then        data lines {"table":"invoices","rows":[…]} (a table's rows in key order, a few hundred per line)
 *   last line   the trailer {"end":true,"lines":<lines before it>,"checksum":"<hex>"}
 * every line ending in "\n". The checksum is SHA-256 over the concatenated SHA-256 digests of each line before the
 * trailer (header included), as UTF-8 bytes with its "\n": both sides compute it line by line (backupLines.ts). A
 * file without its trailer was cut short. Main lists a folder by un-gzipping only the first line of each file.
 *
 * Format 1 (one JSON object, header members first and `tables` last, the checksum in the header) is still read.
 */
export const BACKUP_FORMAT = 'cobro-backup'
export const BACKUP_FORMAT_VERSION = 2

/** Why a backup was made. 'manual' copies are saved with the dialog, elsewhere; the others live in the folder. */
export const BACKUP_REASONS = ['daily', 'quit', 'upgrade', 'manual', 'beforeRestore'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]
/** The kinds written into the backups folder (each keeps its own `keep` newest generations). */
export type AutomaticReason = Exclude<BackupReason, 'manual'>

/** Largest format-1 text read (characters): such a file is one string in memory. Format 2 has no such limit. */
export const MAX_BACKUP_CHARS = 400 * 1024 * 1024
/** Largest chunk of text in one backup:append or backup:readChunk call (characters). */
export const MAX_BACKUP_CHUNK_CHARS = 16 * 1024 * 1024

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
  /** Format 1 only: SHA-256 (hex) of the `tables` JSON text exactly as written (format 2 has it in the trailer). */
  checksum?: string
  /**
   * The newest audit entry at backup time (its id and hash). The audit chain alone cannot show that its newest
   * entries were deleted; a backup that remembers the head can. Absent in backups written before this field.
   */
  auditHead?: { id: number; hash: string } | null
}

/** Where a backup being written goes: the backups folder (automatic kinds) or a file chosen in the save dialog. */
export type BackupTarget =
  | { kind: 'folder'; reason: AutomaticReason }
  /** "Back up now": the save dialog (title and file-type label in the UI language). */
  | { kind: 'dialog'; title: string; filterName: string }

export interface BackupBeginRequest {
  target: BackupTarget
  /** The header line (without its "\n"); its reason must be the target's ('manual' for the dialog). */
  header: string
}

export type BackupBeginResult = { status: 'started'; handle: string } | { status: 'cancelled' }

export interface BackupAppendRequest {
  handle: string
  /** Whole lines, each ending in "\n". */
  text: string
}

export interface BackupHandleRequest {
  handle: string
}

export interface BackupFinishResult {
  /** The file name in the backups folder; null for a file saved through the dialog. */
  id: string | null
  /** Where it was written. */
  path: string
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

/** "Restore from file…": the open dialog; main remembers the chosen path behind a token the renderer reads by. */
export interface BackupChooseFileRequest {
  title: string
  filterName: string
}

export type BackupChooseFileResult = { status: 'chosen'; token: string; fileName: string } | { status: 'cancelled' }

/** A backup to read: one main listed, or the file chosen in the open dialog. */
export type BackupSource = { kind: 'listed'; id: string } | { kind: 'chosen'; token: string }

export interface BackupOpenReadRequest {
  source: BackupSource
}

export interface BackupOpenReadResult {
  handle: string
}

export interface BackupReadChunkResult {
  /** The next piece of the text (not necessarily whole lines); '' once done. */
  text: string
  done: boolean
}

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
