/**
 * Reads a chosen bank statement file: bytes for the text formats, cell texts for XLSX (exceljs). Pure Node, no
 * electron import; the open dialog is injected.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import ExcelJS from 'exceljs'
import { MAX_STATEMENT_BYTES, MAX_STATEMENT_ROWS, type OpenStatementResult, type StatementFileContent } from '../../contract/bank'
import { IpcError } from '../../contract/errors'

const pad = (n: number) => String(n).padStart(2, '0')

/** A cell's value as the text a mapping can parse: dates ISO, numbers with '.', formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim()
    if ('text' in value) return String(value.text).trim()
    if ('error' in value) return ''
  }
  return String(value)
}

export async function xlsxRows(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)
  } catch {
    throw new IpcError('bankFile.unreadable', { file: fileName })
  }
  const sheet = wb.worksheets[0]
  if (!sheet) throw new IpcError('bankFile.unreadable', { file: fileName })
  if (sheet.rowCount > MAX_STATEMENT_ROWS) throw new IpcError('bankFile.tooManyRows', { file: fileName, max: MAX_STATEMENT_ROWS })
  const rows: string[][] = []
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    const cells: string[] = []
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value))
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop()
    rows.push(cells)
  }
  return rows
}

export async function readStatementFile(path: string): Promise<Extract<OpenStatementResult, { status: 'opened' }>> {
  const fileName = basename(path)
  let size: number
  try {
    size = (await stat(path)).size
  } catch (err) {
    throw new IpcError('bankFile.readFailed', { file: fileName, reason: String((err as { code?: unknown }).code ?? 'unknown') })
  }
  if (size > MAX_STATEMENT_BYTES) {
    throw new IpcError('bankFile.tooLarge', { file: fileName, maxMb: MAX_STATEMENT_BYTES / (1024 * 1024) })
  }
  if (size === 0) throw new IpcError('bankFile.empty', { file: fileName })
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (err) {
    throw new IpcError('bankFile.readFailed', { file: fileName, reason: String((err as { code?: unknown }).code ?? 'unknown') })
  }
  const isXlsx = extname(fileName).toLowerCase() === '.xlsx' || (bytes[0] === 0x50 && bytes[1] === 0x4b)
  const content: StatementFileContent = isXlsx
    ? { kind: 'rows', rows: await xlsxRows(bytes, fileName) }
    : { kind: 'bytes', base64: Buffer.from(bytes).toString('base64') }
  return { status: 'opened', fileName, size, content }
}
