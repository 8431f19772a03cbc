/**
 * CSV bank exports: bytes -> text (UTF-8 with or without BOM, else windows-1252), an RFC 4180 reader (quoted
 * fields, doubled quotes, line breaks inside quotes, CRLF/LF) that keeps the file line of every row, and the
 * delimiter guessed from the first lines. Our own ~80 lines instead of papaparse: we need the line numbers for
 * messages and nothing of its streaming, workers or type guessing.
 */
import { decodeLegacyText } from './encoding'
import { parseRows } from './csvRows'
import type { ColumnMapping, ParseResult, TextEncodingName } from './types'

export type CsvDelimiter = ';' | ',' | '\t'

export interface CsvTable {
  rows: string[][]
  /** 1-based file line where each row starts. */
  lines: number[]
}

/** RFC 4180 reading of a whole text; blank lines are kept as rows of one empty cell (parseRows skips them). */
export function readCsv(text: string, delimiter: CsvDelimiter): CsvTable {
  const rows: string[][] = []
  const lines: number[] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let rowLine = 1
  const src = text.startsWith('\ufeff') ? text.slice(1) : text
  const endRow = (): void => {
    row.push(cell)
    rows.push(row)
    lines.push(rowLine)
    row = []
    cell = ''
  }
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] ?? ''
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === '\n') line++
        cell += ch
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true
      cell = ''
    } else if (ch === delimiter) {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && src[i + 1] === '\n') i++
      endRow()
      line++
      rowLine = line
    } else cell += ch
  }
  if (cell !== '' || row.length > 0) endRow()
  return { rows, lines }
}

/** The delimiter that splits the first lines into the same number (> 1) of cells most often. */
export function sniffDelimiter(text: string): CsvDelimiter {
  const sample = text.split(/\r\n|\n|\r/).slice(0, 20).join('\n')
  let best: { d: CsvDelimiter; score: number } = { d: ';', score: -1 }
  for (const d of [';', ',', '\t'] as const) {
    const counts = readCsv(sample, d).rows.map((r) => r.length).filter((n) => n > 1)
    const freq = new Map<number, number>()
    for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1)
    const [width = 0, rows = 0] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? []
    const score = rows * 100 + width
    if (score > best.score) best = { d, score }
  }
  return best.d
}

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  return decodeLegacyText(bytes)
}

/** A CSV file read with a saved mapping: decoded, split with the mapping's delimiter, then parseRows. */
export function parseCsv(bytes: Uint8Array, mapping: ColumnMapping): ParseResult {
  const { text, encoding } = decodeCsv(bytes)
  const table = readCsv(text, mapping.delimiter)
  const result = parseRows(table.rows, mapping, { format: 'csv', rowLines: table.lines })
  return result.ok ? { ...result, encoding } : result
}
