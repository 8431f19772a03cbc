/**
 * pdfmake 0.3 set-up for Node / the Electron main process: Roboto from resources/fonts (covers Spanish and
 * Romanian letters and the euro sign), no network access, and local file access only to the fonts folder.
 * No electron import.
 */
import { existsSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import pdfmake from 'pdfmake'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'

const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const

/**
 * Where resources/fonts is, wherever this code runs from: the built main bundle (out/main -> ../../resources),
 * the sources (electron/main/documents/pdf -> ../../../../resources, for tests and the e2e harness), a packaged
 * app (process.resourcesPath/fonts when shipped as extraResources) or the working directory.
 */
export function fontsDirCandidates(): string[] {
  const here: string | undefined = import.meta.dirname
  const candidates = here
    ? [join(here, '..', '..', 'resources', 'fonts'), join(here, '..', '..', '..', '..', 'resources', 'fonts')]
    : []
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath
  if (resourcesPath) candidates.push(join(resourcesPath, 'fonts'), join(resourcesPath, 'resources', 'fonts'))
  candidates.push(join(process.cwd(), 'resources', 'fonts'))
  return candidates
}

export function findFontsDir(candidates: string[] = fontsDirCandidates()): string {
  const found = candidates.find((dir) => existsSync(join(dir, FONT_FILES.normal)))
  if (!found) throw new Error(`Roboto fonts not found in: ${candidates.join(', ')}`)
  return resolve(found)
}

let configuredDir: string | null = null

/** Configures pdfmake once (or again when another `fontsDir` is given). */
export function configurePdfmake(fontsDir?: string): void {
  if (fontsDir === undefined && configuredDir !== null) return
  const dir = resolve(fontsDir ?? findFontsDir())
  if (configuredDir === dir) return
  pdfmake.setFonts({
    Roboto: {
      normal: join(dir, FONT_FILES.normal),
      bold: join(dir, FONT_FILES.bold),
      italics: join(dir, FONT_FILES.italics),
      bolditalics: join(dir, FONT_FILES.bolditalics),
    },
  })
  pdfmake.setUrlAccessPolicy(() => false)
  const allowedPrefix = dir.endsWith(sep) ? dir : dir + sep
  pdfmake.setLocalAccessPolicy((path: string) => resolve(path).startsWith(allowedPrefix))
  configuredDir = dir
}

/** Renders a document definition to PDF bytes. */
export async function renderPdf(doc: TDocumentDefinitions, fontsDir?: string): Promise<Buffer> {
  configurePdfmake(fontsDir)
  return pdfmake.createPdf(doc).getBuffer()
}
