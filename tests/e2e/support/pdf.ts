import { execFileSync } from 'node:child_process'

/** The text of a PDF as pdftotext sees it (layout kept, so table rows stay on one line). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
}

/** Collapses whitespace (including no-break spaces) so assertions do not depend on layout. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ')
}
