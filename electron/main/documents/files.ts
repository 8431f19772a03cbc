/**
 * Saving documents: through the system save dialog ('ask') or straight into the documents folder ('default').
 * The renderer never chooses a path: it only chooses the mode. No electron import (the dialog is injected).
 */
import { randomBytes } from 'node:crypto'
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { IpcError } from '../../contract/errors'
import type { SaveMode } from '../../contract/channels'

export interface SaveDialogOptions {
  title?: string
  defaultPath?: string
  buttonLabel?: string
  filters?: { name: string; extensions: string[] }[]
}

export interface OpenDialogOptions {
  title?: string
  defaultPath?: string
  filters?: { name: string; extensions: string[] }[]
  /** Choose a folder (to write several files into) instead of a file. */
  directory?: boolean
}

export interface Dialogs {
  showSaveDialog(opts: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>
  /** Choose one existing file to read (bank statements). Optional so that save-only callers need not supply it. */
  showOpenDialog?(opts: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>
}

const MAX_NAME = 150
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i

/** A file name safe on Windows, macOS and Linux: no path separators or reserved characters, bounded length. */
export function sanitizeFileName(name: string, fallback = 'document'): string {
  let s = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be stripped from names
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .replace(/^[. ]+/, '')
    .replace(/[. ]*\.([A-Za-z0-9]{1,10})$/, '.$1')
  if (s === '') s = fallback
  if (WINDOWS_RESERVED.test(s)) s = `_${s}`
  if (s.length > MAX_NAME) {
    const ext = extname(s)
    const keep = ext.length <= 10 ? ext : ''
    s = s.slice(0, MAX_NAME - keep.length).trimEnd() + keep
  }
  return s
}

function writeFailed(path: string, err: unknown): IpcError {
  const reason = (err as { code?: unknown } | null)?.code
  return new IpcError('files.writeFailed', { path, reason: typeof reason === 'string' ? reason : 'unknown' })
}

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined)
}

/** Writes `bytes` into `dir` under `fileName`, or `name (2).ext`, `name (3).ext`... never replacing a file. */
export async function writeNewFile(dir: string, fileName: string, bytes: Uint8Array): Promise<string> {
  try {
    await mkdir(dir, { recursive: true })
  } catch (err) {
    throw writeFailed(dir, err)
  }
  const ext = extname(fileName)
  const stem = fileName.slice(0, fileName.length - ext.length)
  for (let n = 1; n <= 9999; n++) {
    const path = join(dir, n === 1 ? fileName : `${stem} (${n})${ext}`)
    try {
      await writeFile(path, bytes, { flag: 'wx' })
      return path
    } catch (err) {
      if ((err as { code?: unknown }).code === 'EEXIST') continue
      await removeQuietly(path)
      throw writeFailed(path, err)
    }
  }
  throw new IpcError('files.writeFailed', { path: join(dir, fileName), reason: 'EEXIST' })
}

/** Replaces `path` (the person confirmed it in the save dialog) atomically: temp file, then rename. */
export async function replaceFile(path: string, bytes: Uint8Array): Promise<string> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temp, bytes, { flag: 'wx' })
    await rename(temp, path)
    return path
  } catch (err) {
    await removeQuietly(temp)
    throw writeFailed(path, err)
  }
}

export interface SaveRequest {
  bytes: Uint8Array
  /** Suggested file name, e.g. 'Factura F2026-000001 - Cliente.pdf' (sanitized here). */
  fileName: string
  mode: SaveMode
  documentsDir: string
  dialogs: Dialogs
  dialogTitle: string
  filterName: string
}

export type SaveOutcome = { status: 'saved'; path: string } | { status: 'cancelled' }

export async function saveDocument(req: SaveRequest): Promise<SaveOutcome> {
  const fileName = sanitizeFileName(req.fileName)
  if (req.mode === 'default') {
    return { status: 'saved', path: await writeNewFile(req.documentsDir, fileName, req.bytes) }
  }
  const ext = extname(fileName).replace('.', '') || 'pdf'
  // So that the dialog opens in the documents folder even the first time.
  await mkdir(req.documentsDir, { recursive: true }).catch(() => undefined)
  const choice = await req.dialogs.showSaveDialog({
    title: req.dialogTitle,
    defaultPath: join(req.documentsDir, fileName),
    filters: [{ name: req.filterName, extensions: [ext] }],
  })
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' }
  const chosen = choice.filePath
  if (extname(chosen).toLowerCase() === `.${ext}`) {
    return { status: 'saved', path: await replaceFile(chosen, req.bytes) }
  }
  // The dialog confirmed `chosen`, not `chosen.pdf`: add the extension without replacing anything.
  return { status: 'saved', path: await writeNewFile(dirname(chosen), `${basename(chosen)}.${ext}`, req.bytes) }
}
