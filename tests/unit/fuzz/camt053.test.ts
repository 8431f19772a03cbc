/** ISO 20022 camt.053 under fuzz: see support/suite.ts for what every format must withstand. */
import fc from 'fast-check'
import { parseCamt053 } from '../../../renderer/domain/bank/camt053'
import { describeImporterFuzz } from './support/suite'
import { camtFile, historyArb, RO_IBAN } from './support/writers'

const NAMES = ['Stmt', 'Bal', 'Ntry', 'NtryDtls', 'TxDtls', 'Amt', 'CdtDbtInd', 'Dt', 'BookgDt', 'ValDt', 'Tp', 'CdOrPrtry', 'Cd', 'Acct', 'Id', 'IBAN', 'Ccy', 'FrToDt', 'FrDtTm', 'ToDtTm', 'Sts', 'RmtInf', 'Ustrd', 'Strd', 'RltdPties', 'Dbtr', 'Nm']
const TEXTS = ['CRDT', 'DBIT', 'OPBD', 'CLBD', 'PRCD', 'BOOK', 'PDNG', '2026-01-07', '2026-02-30', '2026-01-07T10:00:00', '12.34', '0.00', '1e5', '-5', '99999999999999999999.99', RO_IBAN, 'EUR', 'RON', 'XXX', '&amp;', '']

/** Elements of camt.053 nested at random (balanced or not), with attributes and texts it reads, inside a real Document. */
const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc
      .tuple(fc.constantFrom(...NAMES), fc.array(tie('node'), { maxLength: 4 }), fc.constantFrom('', ' Ccy="EUR"', ' Ccy="RON"', ' Ccy=""'), fc.boolean())
      .map(([name, kids, attr, closed]) => `<${name}${attr}>${kids.join('')}${closed ? `</${name}>` : ''}`),
  ),
})).node

const soup = fc
  .array(node, { maxLength: 6 })
  .map((kids) =>
    new TextEncoder().encode(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>\n${kids.join('\n')}\n</BkToCstmrStmt></Document>\n`,
    ),
  )

describeImporterFuzz({
  name: 'camt.053',
  fileName: 'extracto.xml',
  parse: parseCamt053,
  history: historyArb({ iban: RO_IBAN, currency: 'RON', alphabet: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,-/&<>"ăâîșțĂÂÎȘȚñÑ' }),
  write: camtFile,
  soup,
  fixtures: ['camt053-v08.xml', 'camt053-v02-two-accounts.xml'],
  runs: 60,
})
