/**
 * Where an export goes. 'ask': the save dialog (a confirmed path is replaced at the end, as the person agreed to);
 * 'default': the documents folder, never replacing a file (name (2).xlsx, name (3).xlsx... like writeNewFile).
 * The file is written under a hidden temp name in the target folder and moved into place only when complete, so a
 * half-written file never appears under the final name. No electron import (the dialog is injected).
 */
import { randomBytes } from 'node:crypto'
import { link, mkdir, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import type { ExportBeginRequest } from '../../contract/exports'
import { IpcError } from '../../contract/errors'
import { sanitizeFileName } from '../documents/files'
import type { HandlerDeps } from '../handlers/deps'
import { st } from './i18n'
import { writeFailed } from './sink'

export interface ExportTarget {
  dir: string
  /** Final file name, with extension. */
  fileName: string
  /** True when the person confirmed this exact path in the save dialog. */
  replace: boolean
  tempPath: string
}

export function finalPath(target: ExportTarget): string {
  return join(target.dir, target.fileName)
}

export async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined)
}

function withTemp(dir: string, fileName: string, replace: boolean): ExportTarget {
  const tempPath = join(dir, `.${fileName}.${randomBytes(6).toString('hex')}.tmp`)
  return { dir, fileName, replace, tempPath }
}

/** The target of a new export, or null when the save dialog was cancelled. */
export async function chooseTarget(deps: HandlerDeps, req: ExportBeginRequest): Promise<ExportTarget | null> {
  const ext = req.format
  const named = req.fileName.replace(new RegExp(`\\.${ext}$`, 'i'), '')
  const stem = sanitizeFileName(named, st(req.language, `sheets.${req.kind}`)).slice(0, 140).trimEnd()
  const fileName = sanitizeFileName(`${stem}.${ext}`, `export.${ext}`)
  const documentsDir = deps.paths.documentsDir
  if (req.mode === 'default') {
    await mkdir(documentsDir, { recursive: true }).catch((err: unknown) => {
      throw writeFailed(documentsDir, err)
    })
    return withTemp(documentsDir, fileName, false)
  }
  // So that the dialog opens in the documents folder even the first time.
  await mkdir(documentsDir, { recursive: true }).catch(() => undefined)
  const sheet = st(req.language, `sheets.${req.kind}`)
  const choice = await deps.dialogs.showSaveDialog({
    title: st(req.language, 'dialog.title', { sheet }),
    defaultPath: join(documentsDir, fileName),
    filters: [{ name: st(req.language, ext === 'xlsx' ? 'dialog.xlsxFilter' : 'dialog.csvFilter'), extensions: [ext] }],
  })
  if (choice.canceled || !choice.filePath) return null
  const chosen = choice.filePath
  if (extname(chosen).toLowerCase() === `.${ext}`) return withTemp(dirname(chosen), basename(chosen), true)
  // The dialog confirmed `chosen`, not `chosen.xlsx`: add the extension without replacing anything.
  return withTemp(dirname(chosen), sanitizeFileName(`${basename(chosen)}.${ext}`), false)
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS', 'EMLINK', 'EINVAL'])

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/** Moves the finished temp file to its final name; returns the path written. The temp file is gone afterwards. */
export async function moveIntoPlace(target: ExportTarget): Promise<string> {
  if (target.replace) {
    const path = finalPath(target)
    await rename(target.tempPath, path).catch((err: unknown) => {
      throw writeFailed(path, err)
    })
    return path
  }
  const ext = extname(target.fileName)
  const stem = target.fileName.slice(0, target.fileName.length - ext.length)
  for (let n = 1; n <= 9999; n++) {
    const path = join(target.dir, n === 1 ? target.fileName : `${stem} (${n})${ext}`)
    try {
      // link() fails with EEXIST instead of replacing: no window where another file could be overwritten.
      await link(target.tempPath, path)
      await removeQuietly(target.tempPath)
      return path
    } catch (err) {
      const code = (err as { code?: unknown }).code
      if (code === 'EEXIST') continue
      if (typeof code !== 'string' || !NO_HARD_LINKS.has(code)) throw writeFailed(path, err)
      // A file system without hard links (FAT, some network drives): check, then rename.
      if (await exists(path)) continue
      await rename(target.tempPath, path).catch((e: unknown) => {
        throw writeFailed(path, e)
      })
      return path
    }
  }
  throw new IpcError('files.writeFailed', { path: finalPath(target), reason: 'EEXIST' })
}
