/** Test helpers: a temp documents folder, a fake save dialog, pdftotext. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HandlerDeps, SaveDialogOptions } from '../../../electron/main/handlers'

export function tempDir(prefix = 'cobro-main-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/**
 * pdftotext -layout of a PDF, with runs of spaces collapsed so assertions do not depend on column widths.
 * pdftotext sometimes drops the narrow no-break space of "4 %": it is put back.
 */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    .replace(/[ \u00a0\u202f]+/g, ' ')
    .replace(/(\d)%/g, '$1 %')
}

export interface FakeDeps extends HandlerDeps {
  dialogCalls: SaveDialogOptions[]
  opened: string[]
}

export function fakeDeps(opts: { documentsDir: string; dialogAnswer?: { canceled: boolean; filePath?: string }; openResult?: string }): FakeDeps {
  const dialogCalls: SaveDialogOptions[] = []
  const opened: string[] = []
  return {
    dialogCalls,
    opened,
    dialogs: {
      showSaveDialog: async (o) => {
        dialogCalls.push(o)
        return opts.dialogAnswer ?? { canceled: true }
      },
    },
    paths: { documentsDir: opts.documentsDir, userDataDir: join(opts.documentsDir, '..', 'userData') },
    openPath: async (p) => {
      opened.push(p)
      return opts.openResult ?? ''
    },
    appVersion: '0.1.0-test',
    platform: 'linux',
  }
}
