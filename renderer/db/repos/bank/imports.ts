/**
 * Importing a bank statement file: preview first (parse, validate against the company's account and the file's own
 * balances, tell new movements from ones already imported), then one transaction that stores the new lines, the
 * import record, its audit row and the date of the last import (collections warning). A refused file writes
 * nothing; importing the same or an overlapping file again never stores a movement twice (lines are keyed by their
 * fingerprint).
 */
import type { StatementFileContent } from '../../../../electron/contract/bank'
import { decodeCsv, readCsv, sniffDelimiter } from '../../../domain/bank/csv'
import { suggestMapping } from '../../../domain/bank/csvMapping'
import { parseRows } from '../../../domain/bank/csvRows'
import { detectFormat, readStatementFile, withValidation } from '../../../domain/bank/detect'
import { statementFingerprints } from '../../../domain/bank/fingerprint'
import type { BankLine, ColumnMapping, ParseResult, StatementFormat, StatementProblem } from '../../../domain/bank/types'
import { DomainError } from '../../../domain/errors'
import type { Cents, IsoDate } from '../../../domain/types'
import { newId, nowIso, type Ctx } from '../../context'
import { writeAudit } from '../audit'
import { setLastBankImport, seedTables } from '../collections/settings'
import { requireCompany } from '../company'
import { requireRight } from '../../rights'
import { storedLineIds } from './storedIds'
import type { BankImport, StoredBankLine } from './tables'

export interface StatementFileInput {
  fileName: string
  content: StatementFileContent
}

export interface StatementSummary {
  accountIban: string
  currency: string
  from: IsoDate
  to: IsoDate
  openingBalance: Cents | null
  closingBalance: Cents | null
  lines: number
  credits: number
  debits: number
  creditTotal: Cents
  debitTotal: Cents
}

export type PreviewLine = BankLine & { id: string; accountIban: string; known: boolean }

export type ImportPreview =
  | {
      kind: 'ready'
      fileName: string
      format: StatementFormat
      encoding?: string
      statements: StatementSummary[]
      newLines: number
      knownLines: number
      credits: number
      creditTotal: Cents
      lines: PreviewLine[]
    }
  | { kind: 'refused'; fileName: string; format: StatementFormat | null; problems: StatementProblem[] }
  | { kind: 'needsMapping'; fileName: string; format: 'csv' | 'xlsx'; sample: string[][]; suggested: ColumnMapping | null }

const SAMPLE_ROWS = 25

/** Uint8Array.fromBase64 where the engine has it (Chromium 140+: one native pass over a file of megabytes). */
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64

function base64Bytes(base64: string): Uint8Array {
  if (fromBase64) return fromBase64.call(Uint8Array, base64)
  const bin = atob(base64)
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  return bytes
}

function csvSample(bytes: Uint8Array): { rows: string[][]; delimiter: ColumnMapping['delimiter'] } {
  const { text } = decodeCsv(bytes)
  const delimiter = sniffDelimiter(text)
  return { rows: readCsv(text, delimiter).rows, delimiter }
}

function parse(file: StatementFileInput, companyIbans: string[], mapping: ColumnMapping | undefined, hint: { iban: string; currency: string }):
  | { result: ParseResult; format: StatementFormat | null }
  | { needsMapping: true; format: 'csv' | 'xlsx'; sample: string[][]; suggested: ColumnMapping | null } {
  if (file.content.kind === 'rows') {
    const rows = file.content.rows
    if (!mapping) {
      return { needsMapping: true, format: 'xlsx', sample: rows.slice(0, SAMPLE_ROWS), suggested: suggestMapping(rows, { accountIban: hint.iban, currency: hint.currency as ColumnMapping['currency'] }) }
    }
    return { result: withValidation(parseRows(rows, mapping, { format: 'xlsx' }), companyIbans), format: 'xlsx' }
  }
  const bytes = base64Bytes(file.content.base64)
  const format = detectFormat(bytes, file.fileName)
  if (format === 'csv' && !mapping) {
    const { rows, delimiter } = csvSample(bytes)
    return {
      needsMapping: true,
      format: 'csv',
      sample: rows.slice(0, SAMPLE_ROWS),
      suggested: suggestMapping(rows, { delimiter, accountIban: hint.iban, currency: hint.currency as ColumnMapping['currency'] }),
    }
  }
  return { result: readStatementFile(bytes, file.fileName, { companyIbans, mapping }), format }
}

/** Parses and checks a chosen file; tells which of its movements are new. Writes nothing. */
export async function previewStatementFile(ctx: Ctx, file: StatementFileInput, mapping?: ColumnMapping): Promise<ImportPreview> {
  const company = await requireCompany(ctx)
  const parsed = parse(file, [company.iban], mapping, { iban: company.iban, currency: company.currency })
  if ('needsMapping' in parsed) return { kind: 'needsMapping', fileName: file.fileName, format: parsed.format, sample: parsed.sample, suggested: parsed.suggested }
  const { result, format } = parsed
  if (!result.ok || format === null) {
    const problems = result.ok ? [{ line: 0, code: 'bank.unknownFormat', params: { file: file.fileName } }] : result.problems
    return { kind: 'refused', fileName: file.fileName, format, problems }
  }
  const lines: PreviewLine[] = []
  const statements: StatementSummary[] = []
  for (const st of result.statements) {
    const ids = statementFingerprints(st)
    const credits = st.lines.filter((l) => l.amount > 0)
    const debits = st.lines.filter((l) => l.amount < 0)
    statements.push({
      accountIban: st.accountIban,
      currency: String(st.currency),
      from: st.from,
      to: st.to,
      openingBalance: st.openingBalance,
      closingBalance: st.closingBalance,
      lines: st.lines.length,
      credits: credits.length,
      debits: debits.length,
      creditTotal: credits.reduce((s, l) => s + l.amount, 0),
      debitTotal: debits.reduce((s, l) => s - l.amount, 0),
    })
    st.lines.forEach((l, i) => lines.push({ ...l, id: ids[i]!, accountIban: st.accountIban, known: false }))
  }
  const stored = await storedLineIds(ctx.db.bankLines, lines.map((l) => l.id))
  for (const l of lines) l.known = stored.has(l.id)
  const fresh = lines.filter((l) => !l.known)
  return {
    kind: 'ready',
    fileName: file.fileName,
    format,
    ...(result.encoding ? { encoding: result.encoding } : {}),
    statements,
    newLines: fresh.length,
    knownLines: lines.length - fresh.length,
    credits: fresh.filter((l) => l.amount > 0).length,
    creditTotal: fresh.filter((l) => l.amount > 0).reduce((s, l) => s + l.amount, 0),
    lines,
  }
}

/**
 * Stores the new movements of a previewed file (credits wait in the matching queue, debits are kept for the
 * record) with the import record and its audit row, and records the statement's last date as the last bank
 * import, in one transaction. Movements already stored (same fingerprint) are skipped, checked again inside the
 * transaction (storedIds.ts: a key range per account, not a get per line).
 */
export async function importStatement(ctx: Ctx, preview: ImportPreview): Promise<BankImport> {
  requireRight(ctx, 'bank.import')
  if (preview.kind !== 'ready') throw new DomainError('bankImport.notReady')
  if (preview.lines.length === 0) throw new DomainError('bankImport.empty')
  const { db } = ctx
  const at = nowIso(ctx)
  return db.transaction('rw', [db.bankImports, db.bankLines, db.audit, ...seedTables(ctx)], async () => {
    const lines = db.table<StoredBankLine, string>('bankLines')
    const known = await storedLineIds(lines, preview.lines.map((l) => l.id))
    const seen = new Set<string>()
    const importId = newId()
    const rows: StoredBankLine[] = []
    preview.lines.forEach((l) => {
      if (known.has(l.id) || seen.has(l.id)) return
      seen.add(l.id)
      const { known: _known, ...line } = l
      // No decision fields yet (tables.ts StoredBankLine): readers see them as ''.
      rows.push({ ...line, importId, status: l.amount > 0 ? 'unmatched' : 'debit' })
    })
    const record: BankImport = {
      id: importId,
      fileName: preview.fileName,
      format: preview.format,
      accountIbans: [...new Set(preview.statements.map((s) => s.accountIban))],
      from: preview.statements.reduce((m, s) => (s.from < m ? s.from : m), preview.statements[0]?.from ?? ''),
      to: preview.statements.reduce((m, s) => (s.to > m ? s.to : m), ''),
      linesInFile: preview.lines.length,
      linesNew: rows.length,
      linesKnown: preview.lines.length - rows.length,
      importedAt: at,
      user: ctx.user,
    }
    await db.bankImports.add(record)
    // One bulkPut: the keys were checked absent just above, in this transaction, so nothing is overwritten.
    await lines.bulkPut(rows)
    await writeAudit(ctx, 'bankImport', importId, 'create', null, record)
    if (record.to) await setLastBankImport(ctx, record.to)
    return record
  })
}

/** The latest imports, newest first. */
export async function listImports(ctx: Ctx, limit = 20): Promise<BankImport[]> {
  return ctx.db.bankImports.orderBy('importedAt').reverse().limit(limit).toArray()
}

export { listMappings, saveMapping } from './mappings'
