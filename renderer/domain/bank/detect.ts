/**
 * Which format a statement file is in (from its first bytes, the name only breaking ties), and the one entry point
 * the import uses: bytes -> parsed -> validated, refused as a whole with every problem's line and reason.
 */
import { parseCamt053 } from './camt053'
import { parseCsv } from './csv'
import { decodeWindows1252 } from './encoding'
import { parseMt940 } from './mt940'
import { parseNorma43 } from './norma43'
import type { ColumnMapping, ParseResult, StatementFormat } from './types'
import { validateStatements } from './validate'

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : ''
}

/** The format of a file, or null when it is none we read. XLSX is recognised (ZIP + name); main reads its cells. */
export function detectFormat(bytes: Uint8Array, fileName: string): StatementFormat | null {
  const ext = extension(fileName)
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return ext === 'xlsx' || ext === 'xlsm' ? 'xlsx' : null
  }
  const head = decodeWindows1252(bytes.subarray(0, 8192)).replace(/^\u00ef\u00bb\u00bf/, '').replace(/^\ufeff/, '')
  const start = head.trimStart()
  if (start.startsWith('<')) return /BkToCstmrStmt|camt\.053/.test(head) ? 'camt053' : null
  if (/\{1:|\{4:/.test(start.slice(0, 200)) || (/^:20:/m.test(head) && /^:6[02][FM]:/m.test(head))) return 'mt940'
  const firstLine = start.split(/\r\n|\n|\r/)[0] ?? ''
  if (/^11\d{18}\d{12}[12]\d{14}\d{3}/.test(firstLine)) return 'norma43'
  if (start === '' || head.includes('\u0000')) return null
  if (ext === 'csv' || ext === 'tsv') return 'csv'
  const tabular = start.split(/\r\n|\n|\r/).slice(0, 10).filter((l) => /[;\t]/.test(l) || l.split(',').length >= 3)
  return ext === 'txt' && tabular.length >= 2 ? 'csv' : null
}

export interface ReadOptions {
  /** The company's bank accounts (IBANs, any spacing): a statement of any other account is refused. */
  companyIbans: readonly string[]
  /** The saved mapping to read a CSV with (required for CSV). */
  mapping?: ColumnMapping
}

/** Bytes parsed in their format (not yet validated against the company's accounts and balances). */
export function parseStatementFile(bytes: Uint8Array, fileName: string, mapping?: ColumnMapping): ParseResult {
  const format = detectFormat(bytes, fileName)
  switch (format) {
    case 'norma43':
      return parseNorma43(bytes)
    case 'mt940':
      return parseMt940(bytes)
    case 'camt053':
      return parseCamt053(bytes)
    case 'csv':
      return mapping ? parseCsv(bytes, mapping) : { ok: false, problems: [{ line: 0, code: 'bank.csv.mappingRequired', params: {} }] }
    case 'xlsx':
      return { ok: false, problems: [{ line: 0, code: 'bank.xlsxRows', params: {} }] }
    default:
      return { ok: false, problems: [{ line: 0, code: 'bank.unknownFormat', params: { file: fileName } }] }
  }
}

/** A parse result refused when validation finds problems; otherwise passed through. */
export function withValidation(result: ParseResult, companyIbans: readonly string[]): ParseResult {
  if (!result.ok) return result
  const problems = validateStatements(result.statements, { companyIbans })
  return problems.length === 0 ? result : { ok: false, problems }
}

/**
 * The whole check before anything is written: format, encoding, structure, totals, balance control, account,
 * currency, dates, amounts. ok: false means nothing of the file may be imported.
 */
export function readStatementFile(bytes: Uint8Array, fileName: string, options: ReadOptions): ParseResult {
  return withValidation(parseStatementFile(bytes, fileName, options.mapping), options.companyIbans)
}
