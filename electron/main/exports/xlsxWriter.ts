/**
 * One sheet streamed into an .xlsx file with exceljs' WorkbookWriter (rows are committed as they come; nothing is
 * kept in memory but running totals). Layout: title lines (the first bold and larger), a blank row, the header row
 * (bold, light fill, bottom border, wrapped), the data rows, then a "Total" row (bold, top border) whose money cells
 * are `SUM()` formulas carrying their exact result (summed in integer cents), so a reader that does not recalculate
 * sees the right value. The pane is frozen below the header; the auto-filter covers header and data rows.
 * Money cells are numbers (cents / 100) with a euro or lei format; dates are real dates at UTC midnight.
 * No electron import.
 */
import ExcelJS from 'exceljs'
import { IpcError } from '../../contract/errors'
import type { CurrencyCode } from '../../../renderer/domain/types'
import { centsToNumber, columnLetter, exactTotals, xlsxValue } from './cells'
import { directRowsOf } from './directRows'
import { directRowsXml, TEXT_STYLE } from './directSheet'
import { dateNumFmt, INTEGER_NUMFMT, moneyNumFmt, NUMBER_NUMFMT, PERCENT_NUMFMT } from './i18n'
import { fileSink, writeFailed } from './sink'
import type { ColumnDef, SheetLayout, SheetWriter } from './types'

type Style = Partial<ExcelJS.Style>

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } }
/**
 * Bytes of sheet XML allowed to wait for the zip stage between chunks: a few chunks' worth, so deflate (on libuv's
 * threads) works on one chunk while the next is checked and built on the main thread, and memory stays bounded.
 */
const ZIP_BACKLOG = 4 * 1024 * 1024
/** Rows built per turn of the event loop: a 5,000-row chunk never blocks main for long in one piece. */
const SLICE_ROWS = 500
/** A zip stage that takes nothing for this long is stuck (the file cannot be written). */
const STALL_MS = 60_000

/** Fonts carry their name: without it some readers (LibreOffice) fall back to a serif face. */
const FONT: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11 }

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF7F8C99' } }

function cellStyle<R>(layout: SheetLayout<R>, col: ColumnDef<R>, currency: CurrencyCode): Style {
  switch (col.type) {
    case 'money':
      return { numFmt: moneyNumFmt(currency) }
    case 'date':
      return { numFmt: dateNumFmt(layout.language), alignment: { horizontal: 'center' } }
    case 'percent':
      return { numFmt: PERCENT_NUMFMT }
    case 'integer':
      return { numFmt: INTEGER_NUMFMT }
    case 'number':
      return { numFmt: NUMBER_NUMFMT }
    case 'text':
      return {}
  }
}

export interface XlsxWriterOptions {
  /** false: data rows through exceljs' own Row/Cell objects (same bytes, slower; tests compare the two). */
  direct?: boolean
}

/** Opens `path` (which must not exist) and writes the title and header rows. */
export async function openXlsxWriter<R>(path: string, layout: SheetLayout<R>, reportAs: string, options: XlsxWriterOptions = {}): Promise<SheetWriter<R>> {
  const sink = await fileSink(path, reportAs)
  // Deflate output in 1 MB pieces (zlib's default is 16 KB): each piece costs main a callback, and with 16 KB ones
  // the zip stage took about twice as long to keep up with a large sheet. Level 1 is what archiver uses by default.
  const zipOptions = { zlib: { level: 1, chunkSize: 1 << 20 } }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink.stream, useStyles: true, useSharedStrings: false, zip: zipOptions })
  workbook.creator = 'Cobro'
  // The zip stage reports its failures as events: keep the first one and fail the next write or the finish with it.
  const zip = (workbook as unknown as { zip: NodeJS.EventEmitter & { abort(): unknown } }).zip
  let zipError: unknown = null
  zip.on('error', (err: unknown) => {
    zipError ??= err
  })
  const check = () => {
    if (zipError) throw writeFailed(reportAs, zipError)
  }
  const cols = layout.columns
  const headerRow = layout.title.length > 0 ? layout.title.length + 2 : 1
  const firstData = headerRow + 1
  const sheet = workbook.addWorksheet(layout.sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${firstData}` }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  })
  sheet.columns = cols.map((c) => ({ width: c.width }))

  for (const [i, line] of layout.title.entries()) {
    const row = sheet.getRow(i + 1)
    row.getCell(1).value = line
    row.getCell(1).font = i === 0 ? { ...FONT, bold: true, size: 14 } : { ...FONT, color: { argb: 'FF44505C' } }
    row.commit()
  }
  const header = sheet.getRow(headerRow)
  for (const [i, c] of cols.entries()) {
    const cell = header.getCell(i + 1)
    cell.value = c.header
    cell.style = {
      font: { ...FONT, bold: true },
      fill: HEADER_FILL,
      border: { bottom: THIN },
      alignment: { wrapText: true, vertical: 'middle', horizontal: c.type === 'text' ? 'left' : 'center' },
    }
  }
  header.height = 32
  header.commit()

  // One shared style object per column, and per currency for money in another currency.
  const styles = cols.map((c) => cellStyle(layout, c, layout.currency))
  const foreign = new Map<string, Style>()
  const styleOf = (i: number, c: ColumnDef<R>, row: R): Style => {
    const cur = c.currency?.(row)
    if (!cur || cur === layout.currency) return styles[i]!
    const key = `${i}:${cur}`
    let s = foreign.get(key)
    if (!s) foreign.set(key, (s = cellStyle(layout, c, cur)))
    return s
  }
  /**
   * exceljs hands the sheet XML to the zip stage without waiting for it (its StreamBuf ignores back-pressure), and
   * deflate only advances when the event loop is free: without a pause the whole sheet would pile up in memory.
   * After each chunk, wait until the zip stage's input is nearly empty. (Reaches into exceljs 4.4's WorksheetWriter
   * and the PassThrough archiver reads it from; if that shape ever changes this degrades to no waiting, and the
   * large-export test notices.)
   */
  const zipBacklog = (): number | null => {
    const target = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0] as
      | { writableLength?: unknown; _writableState?: { length?: unknown }; destroyed?: unknown }
      | undefined
    if (!target || target.destroyed === true) return null
    const length = target.writableLength ?? target._writableState?.length
    return typeof length === 'number' ? length : null
  }
  async function catchUp(): Promise<void> {
    let lastProgress = Date.now()
    let previous = Infinity
    for (let backlog = zipBacklog(); backlog !== null && backlog > ZIP_BACKLOG; backlog = zipBacklog()) {
      check()
      if (sink.failed()) return
      if (backlog < previous) lastProgress = Date.now()
      else if (Date.now() - lastProgress > STALL_MS) throw new IpcError('files.writeFailed', { path: reportAs, reason: 'stalled' })
      previous = backlog
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
  }
  const summed = cols.map((c) => c.type === 'money' && !c.noTotal)
  const sums = exactTotals(cols.length)
  let next = firstData

  function writeTotals(): void {
    const row = sheet.getRow(next)
    const last = next - 1
    for (const i of cols.keys()) {
      const cell = row.getCell(i + 1)
      if (summed[i]) {
        const result = centsToNumber(sums.value(i))
        const letter = columnLetter(i + 1)
        cell.value = last >= firstData ? { formula: `SUM(${letter}${firstData}:${letter}${last})`, result } : result
        cell.style = { ...styles[i], font: { ...FONT, bold: true }, border: { top: THIN } }
      } else {
        cell.style = { font: { ...FONT, bold: true }, border: { top: THIN } }
        if (i === 0) cell.value = layout.totalsLabel
      }
    }
    row.commit()
  }

  const direct = options.direct === false ? null : directRowsOf(workbook, sheet)

  /** The data rows through directRows.ts: the XML exceljs would write for them, without its per-cell objects. */
  const directXml = direct ? directRowsXml(layout, direct, styleOf, summed, sums) : null
  function writeDirect(rows: readonly R[]): void {
    const xml = directXml!(rows, next)
    next += rows.length
    direct!.write(xml, next)
  }

  return {
    async write(rows) {
      if (direct) {
        for (let i = 0; i < rows.length; i += SLICE_ROWS) {
          await new Promise<void>((resolve) => setImmediate(resolve)) // also after the chunk's check
          writeDirect(rows.slice(i, i + SLICE_ROWS))
        }
        await catchUp()
        check()
        await sink.settle()
        return
      }
      for (const data of rows) {
        const row = sheet.getRow(next++)
        for (const [i, c] of cols.entries()) {
          const raw = c.value(data)
          if (summed[i] && typeof raw === 'number') sums.add(i, raw)
          const value = xlsxValue(c.type, raw)
          if (value === null) continue
          const cell = row.getCell(i + 1)
          cell.value = value
          cell.style = c.type === 'text' ? TEXT_STYLE : styleOf(i, c, data)
        }
        row.commit()
      }
      await catchUp()
      check()
      await sink.settle()
    },
    async finish() {
      sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: next - 1, column: cols.length } }
      writeTotals()
      sheet.commit()
      await workbook.commit()
      await sink.closed()
      check()
    },
    async abort() {
      try {
        zip.abort()
      } catch {
        // already failed: nothing more to stop
      }
      await sink.destroy()
    },
  }
}
