import { execFileSync } from 'node:child_process'

/** The text of a PDF as pdftotext sees it (layout kept, so table rows stay on one line). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

/**
 * The text of a PDF the app is saving: the save dialog hands out the path before the handler has written the file,
 * so wait until pdftotext can read it whole.
 */
export async function savedPdfText(path: string, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs
  for (;;) {
    try {
      return pdfText(path)
    } catch (err) {
      if (Date.now() > until) throw err
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}

/** Collapses whitespace (including no-break spaces) so assertions do not depend on layout. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ')
}
