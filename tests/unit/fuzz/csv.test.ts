/** CSV exports read with a saved column mapping, under fuzz: see support/suite.ts for what every format must withstand. */
import fc from 'fast-check'
import { parseCsv } from '../../../renderer/domain/bank/csv'
import { latin1 } from '../../support/norma43'
import { describeImporterFuzz } from './support/suite'
import { CSV_MAPPING, csvFile, historyArb } from './support/writers'

/** Rows of cells that look like dates, amounts and texts (quoted or not), with the mapping's delimiter or another. */
const cell = fc.oneof(
  fc.constantFrom('17/11/2026', '31/02/2026', '2026-11-17', '1.210,00', '-45,30', '(12,00)', '12,00-', '1,234.56', '', '"', '""', '"a;b"', 'EUR', '0,00', '9999999999999999,99'),
  fc.array(fc.constantFrom(...'0123456789,.-/ ;"ABñ'), { maxLength: 20 }).map((cs) => cs.join('')),
)
const soup = fc
  .tuple(fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 25 }), fc.constantFrom(';', ',', '\t'), fc.constantFrom('\r\n', '\n'))
  .map(([rows, sep, eol]) => latin1(rows.map((r) => r.join(sep)).join(eol) + eol))

describeImporterFuzz({
  name: 'CSV',
  fileName: 'movimientos.csv',
  parse: (bytes) => parseCsv(bytes, CSV_MAPPING),
  mapping: CSV_MAPPING,
  history: fc.tuple(historyArb(), fc.boolean()).map(([h, newestFirst]) => ({ ...h, newestFirst })),
  write: (h) => csvFile(h, (h as { newestFirst?: boolean }).newestFirst ?? false),
  soup,
  fixtures: ['csv-es-newest-first.csv'],
  refusesEmpty: true,
})
