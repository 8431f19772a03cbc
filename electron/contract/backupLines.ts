/**
 * The format-2 backup text, line by line (see backup.ts), shared by the renderer (which writes and restores it) and
 * main (which checks every line it writes): the data lines, the trailer, and the running checksum. WebCrypto hashes
 * each line natively (both Chromium and Node have it); only the 32-byte digests go through the incremental SHA-256,
 * so a gigabyte of backup costs no JavaScript hashing. No electron import.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

export interface DataLine {
  table: string
  rows: unknown[]
}

export interface Trailer {
  end: true
  lines: number
  checksum: string
}

/** What every trailer line starts with (data lines start with {"table":). */
export const TRAILER_PREFIX = '{"end":true'

export function dataLine(table: string, rows: readonly unknown[]): string {
  return `${JSON.stringify({ table, rows })}\n`
}

export function trailerLine(lines: number, checksum: string): string {
  return `${JSON.stringify({ end: true, lines, checksum } satisfies Trailer)}\n`
}

/** The trailer a line holds, or null when it is not a well-formed trailer. */
export function parseTrailer(line: string): Trailer | null {
  if (!line.startsWith(TRAILER_PREFIX)) return null
  try {
    const raw = JSON.parse(line) as Partial<Trailer>
    const ok = raw.end === true && Number.isSafeInteger(raw.lines) && typeof raw.checksum === 'string' && /^[0-9a-f]{64}$/.test(raw.checksum)
    return ok ? (raw as Trailer) : null
  } catch {
    return null
  }
}

/** The running checksum of the lines (header first): SHA-256 over the SHA-256 of each line's UTF-8 bytes ("\n" included). */
export class LineChecksum {
  private readonly outer = sha256.create()
  lines = 0

  /** Adds one whole line, as UTF-8 bytes including its "\n". */
  async addBytes(line: Uint8Array): Promise<void> {
    const digest = await globalThis.crypto.subtle.digest('SHA-256', line as Uint8Array<ArrayBuffer>)
    this.outer.update(new Uint8Array(digest))
    this.lines += 1
  }

  /** The checksum of the lines added so far (more may be added afterwards). */
  hex(): string {
    return bytesToHex(this.outer.clone().digest())
  }
}
