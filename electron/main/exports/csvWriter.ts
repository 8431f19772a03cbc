/**
 * One sheet streamed into a .csv file for accounting programs: UTF-8 with a BOM (so Excel reads the diacritics),
 * CRLF line ends, RFC 4180 quoting; ';' and decimal comma for es/ro, ',' and '.' for en; money as plain numbers
 * with 2 decimals (no grouping, no symbol); dates per language; the translated header row, no title and no totals
 * row (accountants import CSVs). Text cells that a spreadsheet would run as a formula get a leading apostrophe.
 * No electron import.
 */
import { csvQuote, csvText } from './cells'
import { csvStyle } from './i18n'
import { fileSink } from './sink'
import type { SheetLayout, SheetWriter } from './types'

const BOM = '\uFEFF'
const EOL = '\r\n'

export async function openCsvWriter<R>(path: string, layout: SheetLayout<R>, reportAs: string): Promise<SheetWriter<R>> {
  const sink = await fileSink(path, reportAs)
  const style = csvStyle(layout.language)
  const line = (cells: string[]) => cells.map((c) => csvQuote(c, style.delimiter)).join(style.delimiter) + EOL
  sink.stream.write(BOM + line(layout.columns.map((c) => c.header)))
  return {
    async write(rows) {
      let text = ''
      for (const row of rows) {
        text += line(layout.columns.map((c) => csvText(c.type, c.value(row), layout.language, style)))
      }
      sink.stream.write(text)
      await sink.settle()
    },
    async finish() {
      sink.stream.end()
      await sink.closed()
    },
    abort: () => sink.destroy(),
  }
}
