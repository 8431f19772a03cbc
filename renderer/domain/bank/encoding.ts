/**
 * Bytes to text for bank files, without relying on the runtime's legacy codecs (Node builds without full ICU
 * lack windows-1252): UTF-8 through TextDecoder (fatal), windows-1252 / ISO-8859-1 through our own table.
 */
import type { TextEncodingName } from './types'

/** windows-1252 bytes 0x80..0x9F (WHATWG mapping: the five undefined bytes stay C1 controls). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  const CHUNK = 8192
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = []
    const end = Math.min(bytes.length, start + CHUNK)
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0
      codes.push(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b)
    }
    out += String.fromCharCode(...codes)
  }
  return out
}

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
}

export function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return false
  return true
}

/** The text when the bytes are valid UTF-8 (BOM removed), else null. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return text.startsWith('\ufeff') ? text.slice(1) : text
  } catch {
    return null
  }
}

/**
 * Legacy 8-bit formats (Norma 43, MT940, CSV exports): UTF-8 when the bytes are valid UTF-8 and carry non-ASCII
 * characters (or a BOM), otherwise windows-1252 (the superset of ISO-8859-1 that Spanish banks actually write).
 */
export function decodeLegacyText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (hasUtf8Bom(bytes) || !isAscii(bytes)) {
    const utf8 = decodeUtf8(bytes)
    if (utf8 !== null) return { text: utf8, encoding: 'utf-8' }
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
}

/**
 * A text split into lines (CRLF, LF or lone CR), with the trailing empty line of a final newline dropped and a DOS
 * end-of-file mark (Ctrl-Z) at the very end ignored.
 */
export function splitLines(text: string): string[] {
  const ctrlZ = String.fromCharCode(0x1a)
  // The trailing line ends found by a loop: /[\r\n]+$/ backtracks at every run of line ends inside the text, and a
  // file with a long run of blank lines took seconds (quadratic; found by tests/unit/fuzz).
  let end = text.length
  while (end > 0 && (text.charCodeAt(end - 1) === 0x0a || text.charCodeAt(end - 1) === 0x0d)) end--
  const body = end < text.length ? `${text.slice(0, end)}\n` : text
  const cut = body.endsWith(`${ctrlZ}\n`) ? body.slice(0, -2) : body.endsWith(ctrlZ) ? body.slice(0, -1) : text
  const lines = cut.split(/\r\n|\n|\r/)
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

/**
 * The first control character that has no place in a bank text file (C0 except tab, C1, U+FFFD), as
 * { line (1-based), char code }, or null. Such a character means a binary file or a wrong encoding.
 */
export function findControlCharacter(lines: readonly string[]): { line: number; code: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    for (let j = 0; j < line.length; j++) {
      const c = line.charCodeAt(j)
      if ((c < 0x20 && c !== 0x09) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) return { line: i + 1, code: c }
    }
  }
  return null
}
