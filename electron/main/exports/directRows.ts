/**
 * Data rows written straight into the sheet's XML stream: the same bytes exceljs 4.4's RowXform and CellXform
 * write for the cells the exports use (text, numbers, dates; no formulas, no shared strings), without building a
 * Row and a Cell object per cell. exceljs' own path costs ~100 µs a row (a cell object, a style object, a model,
 * an XML stream per row); a large export spent most of main's time there. Style ids still come from exceljs'
 * style registry (styles.addStyleModel, cached per style object as exceljs does), so styles.xml is unchanged.
 *
 * This reaches into exceljs' WorksheetWriter (its `stream`, `_rows`, `_rowZero` and `startedData`) and the
 * workbook's `styles`: directRowsOf answers null when that shape is not there, and the writer then uses exceljs'
 * rows (same file, slower). tests/unit/main/exportsDirectRows.test.ts compares both files byte for byte.
 * No electron import.
 */
import ExcelJS from 'exceljs'

type Style = Partial<ExcelJS.Style>
export type DirectValue = string | number | Date
/** What a cell holds, as exceljs' style registry distinguishes it (a style without a number format depends on it). */
export type ValueKind = 'string' | 'number' | 'date'

interface StylesRegistry {
  addStyleModel(model: Style, cellType?: number): number
}

interface SheetInternals {
  stream: { write(chunk: string): unknown }
  _rows: unknown[]
  _rowZero: number
  startedData: boolean
}

export interface DirectRows {
  /** The XML of one cell at `address` ('B12'). */
  cell(address: string, value: DirectValue, style: Style): string
  /** The style id exceljs gives `style` for a cell of this kind of value (registered on first use, as exceljs does). */
  styleId(kind: ValueKind, style: Style): number
  /**
   * The XML between a cell's address and its value, for a style id from styleId(): a cell is
   * `<c r="${address}${cellHead(kind, id)}${valueXml(value)}</v></c>`.
   */
  cellHead(kind: ValueKind, id: number): string
  /** The XML of a row of cells (min, max: first and last column number written), '' when it has none. */
  row(rowNumber: number, min: number, max: number, cellsXml: string): string
  /** Writes rows' XML in sheet order; `nextRow` is the first row number after them. */
  write(xml: string, nextRow: number): void
}

const { Number: NUMBER, String: STRING, Date: DATE } = ExcelJS.ValueType

/** exceljs' utils.xmlEncode: the five XML entities escaped, characters XML 1.0 cannot hold dropped. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be dropped
const NEEDS_ENCODING = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/
const ENTITIES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' }
export function xmlEncode(text: string): string {
  if (!NEEDS_ENCODING.test(text)) return text
  let out = ''
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (ENTITIES[ch] !== undefined) out += ENTITIES[ch]
    else if (code === 127 || (code <= 31 && (code <= 8 || (code >= 11 && code !== 13)))) continue
    else out += ch
  }
  return out
}

/** utils.dateToExcel (1900 date system, as WorkbookWriter writes). */
export function excelSerial(d: Date): number {
  return 25569 + d.getTime() / (24 * 3600 * 1000)
}

/** A cell's value as its XML holds it: text escaped, a number as JavaScript prints it, a date as its serial day. */
export function valueXml(value: DirectValue): string {
  if (typeof value === 'string') return xmlEncode(value)
  if (typeof value === 'number') return `${value}`
  return `${excelSerial(value)}`
}

export function cellHead(kind: ValueKind, id: number): string {
  return `"${id ? ` s="${id}"` : ''}${kind === 'string' ? ' t="str"' : ''}><v>`
}

export function directRowsOf(workbook: unknown, worksheet: unknown): DirectRows | null {
  const styles = (workbook as { styles?: Partial<StylesRegistry> }).styles
  const sheet = worksheet as Partial<SheetInternals>
  const shaped =
    typeof styles?.addStyleModel === 'function' &&
    typeof sheet.stream?.write === 'function' &&
    Array.isArray(sheet._rows) &&
    typeof sheet._rowZero === 'number' &&
    typeof sheet.startedData === 'boolean'
  if (!shaped) return null
  const registry = styles as StylesRegistry
  const s = sheet as SheetInternals
  // A row's own style (exceljs gives every row an empty one): General, normally id 0, i.e. no attribute.
  const rowStyleId = registry.addStyleModel({}, NUMBER)
  const rowStyle = rowStyleId ? ` s="${rowStyleId}" customFormat="1"` : ''

  const styleId = (kind: ValueKind, style: Style) => registry.addStyleModel(style, kind === 'string' ? STRING : kind === 'number' ? NUMBER : DATE)
  return {
    styleId,
    cellHead,
    cell(address, value, style) {
      const kind = typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : 'date'
      return `<c r="${address}${cellHead(kind, styleId(kind, style))}${valueXml(value)}</v></c>`
    },
    row(rowNumber, min, max, cellsXml) {
      if (cellsXml === '') return ''
      const spans = min > 0 && max > 0 && min <= max ? ` spans="${min}:${max}"` : ''
      return `<row r="${rowNumber}"${spans}${rowStyle} x14ac:dyDescent="0.25">${cellsXml}</row>`
    },
    write(xml, nextRow) {
      // Only after exceljs wrote the rows before (title, header: committed, the data section open) and none waits.
      if (!s.startedData || s._rows.length > 0 || s._rowZero > nextRow) throw new Error('direct rows out of order')
      if (xml !== '') s.stream.write(xml)
      s._rowZero = nextRow
    },
  }
}
