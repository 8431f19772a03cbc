/**
 * Main's check of a format-2 backup as it streams in (see contract/backup.ts): the header line first, then data
 * lines, then the trailer, whose checksum must be the one main computed itself over the lines it received. A
 * renderer bug therefore cannot leave a file in the folder that a restore would later refuse. No electron import.
 */
import { LineChecksum, parseTrailer } from '../../contract/backupLines'
import { parseBackupHeader } from '../../contract/backupSchemas'
import type { BackupHeader } from '../../contract/backup'
import { IpcError } from '../../contract/errors'

const NEWLINE = 0x0a

const invalid = () => new IpcError('backup.invalid', {})

/** The header of a header line, which must be format 2. */
export function checkHeaderLine(line: string): BackupHeader {
  const header = line.includes('\n') ? null : parseBackupHeader(`${line}\n`)
  if (!header) throw invalid()
  return header
}

export class LineCheck {
  private readonly sum = new LineChecksum()
  private ended = false

  /** Hashes the header line (checked by checkHeaderLine), which the checksum covers too. */
  async start(headerLine: string): Promise<void> {
    await this.sum.addBytes(new TextEncoder().encode(`${headerLine}\n`))
  }

  get complete(): boolean {
    return this.ended
  }

  /** Checks and hashes a chunk of whole lines (UTF-8 bytes); throws backup.invalid on anything out of place. */
  async add(bytes: Uint8Array): Promise<void> {
    if (bytes.length === 0 || bytes[bytes.length - 1] !== NEWLINE) throw invalid()
    let start = 0
    while (start < bytes.length) {
      const end = bytes.indexOf(NEWLINE, start) + 1
      const line = bytes.subarray(start, end)
      start = end
      if (this.ended) throw invalid() // nothing after the trailer
      if (line[1] === 0x22 && line[2] === 0x65) {
        // {"e…: the trailer
        const trailer = parseTrailer(new TextDecoder().decode(line.subarray(0, -1)))
        if (!trailer || trailer.lines !== this.sum.lines || trailer.checksum !== this.sum.hex()) throw invalid()
        this.ended = true
      } else {
        await this.sum.addBytes(line)
      }
    }
  }
}
