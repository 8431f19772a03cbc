/**
 * Reading a backup's text before anything is restored, as a stream of chunks (a format-2 backup of a large company
 * is far beyond the longest string V8 can hold; see electron/contract/backup.ts). Every way a file can be wrong ends
 * in a DomainError whose code is translated in locales/<lang>/backup.json ("errors"), never in a half-restored
 * database:
 *   backup.notBackup      not a Cobro backup at all (another file, random bytes)
 *   backup.damaged        cut short or changed since it was written (JSON broken, checksum mismatch, no trailer)
 *   backup.tooLarge       a format-1 backup too large to read as one text
 *   backup.newerFormat    { version }            written by a newer Cobro (file format)
 *   backup.newerVersion   { version, supported }  written by a newer Cobro (database schema)
 *   backup.unknownTable   { table }
 *   backup.badTable       { table }              a table that is not a list of rows
 *   backup.badRow         { table, row }         a row that is not a record or lacks a valid, unique key
 *   backup.countsMismatch { table }              the header's counts disagree with the rows
 * Format 1 (one JSON text) is read by parseV1.ts.
 */
import { MAX_BACKUP_CHARS, type BackupHeader } from '../../../electron/contract/backup'
import { LineChecksum, parseTrailer, TRAILER_PREFIX } from '../../../electron/contract/backupLines'
import { parseBackupHeader } from '../../../electron/contract/backupSchemas'
import { DomainError } from '../../domain/errors'
import { checkHeaderVersions, headerProblem, isRecord, parseBackupV1, RowChecker, type ParsedBackup, type Row } from './parseV1'

export type { ParsedBackup, Row } from './parseV1'

/** The next chunk of a backup's text (main's backup:readChunk, or a string in tests). */
export type ChunkSource = () => Promise<{ text: string; done: boolean }>

/** What the preview dialog shows. */
export type BackupPreview = Pick<BackupHeader, 'createdAt' | 'reason' | 'company' | 'counts' | 'schemaVersion'>

export function previewOf(header: BackupHeader): BackupPreview {
  const { createdAt, reason, company, counts, schemaVersion } = header
  return { createdAt, reason, company, counts, schemaVersion }
}

/** A header line is a few KB; a data line a few MB. Longer means this is not what it claims to be. */
const HEADER_SEARCH_CHARS = 1024 * 1024
const MAX_LINE_CHARS = 256 * 1024 * 1024

const damaged = () => new DomainError('backup.damaged')

/** Reads a format-1 text to its end (it is one string in memory by nature). */
async function restOfV1(start: string, done: boolean, next: ChunkSource): Promise<string> {
  const parts = [start]
  let length = start.length
  while (!done) {
    const c = await next()
    done = c.done
    length += c.text.length
    if (length > MAX_BACKUP_CHARS) throw new DomainError('backup.tooLarge', { file: '' })
    parts.push(c.text)
  }
  return parts.join('')
}

/**
 * Reads and checks a whole backup. With `retain` false the rows are checked and dropped (the check at opening, before
 * the preview); with true they are kept for the restore.
 */
export async function readBackup(next: ChunkSource, retain: boolean): Promise<ParsedBackup> {
  let buffer = ''
  let done = false
  while (!done && !buffer.includes('\n') && buffer.length < HEADER_SEARCH_CHARS) {
    const c = await next()
    buffer += c.text
    done = c.done
  }
  const newline = buffer.indexOf('\n')
  if (newline < 0) return parseBackupV1(await restOfV1(buffer, done, next))

  const header = parseBackupHeader(buffer.slice(0, newline + 1))
  if (!header) throw headerProblem(buffer.slice(0, newline))
  const known = checkHeaderVersions(header)
  const tables: Record<string, Row[]> = {}
  const checkers = new Map<string, RowChecker>()
  for (const table of Object.keys(header.counts)) {
    const key = known.get(table)
    if (key === undefined) throw new DomainError('backup.unknownTable', { table: table.slice(0, 60) })
    tables[table] = []
    checkers.set(table, new RowChecker(table, key))
  }

  const sum = new LineChecksum()
  const encoder = new TextEncoder()
  await sum.addBytes(encoder.encode(buffer.slice(0, newline + 1)))
  let ended = false
  const line = async (text: string) => {
    if (ended || text === '') throw damaged()
    if (text.startsWith(TRAILER_PREFIX)) {
      const trailer = parseTrailer(text)
      if (!trailer || trailer.lines !== sum.lines || trailer.checksum !== sum.hex()) throw damaged()
      ended = true
      return
    }
    await sum.addBytes(encoder.encode(`${text}\n`))
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch {
      throw damaged()
    }
    if (!isRecord(raw) || typeof raw['table'] !== 'string') throw damaged()
    const table = raw['table']
    const checker = checkers.get(table)
    if (!checker) throw new DomainError(known.has(table) ? 'backup.countsMismatch' : 'backup.unknownTable', { table: table.slice(0, 60) })
    const rows = checker.check(raw['rows'])
    if (retain) for (const r of rows) tables[table]!.push(r)
  }

  let rest = buffer.slice(newline + 1)
  for (;;) {
    let start = 0
    for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n', start)) {
      await line(rest.slice(start, nl))
      start = nl + 1
    }
    rest = rest.slice(start)
    if (rest.length > MAX_LINE_CHARS) throw damaged()
    if (done) break
    const c = await next()
    rest += c.text
    done = c.done
  }
  if (rest !== '' || !ended) throw damaged() // cut short
  for (const [table, checker] of checkers) {
    if (checker.count !== header.counts[table]) throw new DomainError('backup.countsMismatch', { table })
  }
  return { header, tables }
}

/** A whole text as a chunk source (tests, and format-1 texts). */
export function textSource(text: string, chunkChars = 4 * 1024 * 1024): ChunkSource {
  let at = 0
  return async () => {
    const text_ = text.slice(at, at + chunkChars)
    at += chunkChars
    return { text: text_, done: at >= text.length }
  }
}

/** Parses and checks a whole backup text (tests and small backups). */
export function parseBackup(text: string): Promise<ParsedBackup> {
  return readBackup(textSource(text), true)
}
