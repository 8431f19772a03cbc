/** Norma 43 (AEB Cuaderno 43) under fuzz: see support/suite.ts for what every format must withstand. */
import fc from 'fast-check'
import { parseNorma43 } from '../../../renderer/domain/bank/norma43'
import { latin1 } from '../../support/norma43'
import { describeImporterFuzz } from './support/suite'
import { historyArb, norma43File } from './support/writers'

/** 80-column records with a real record type (or a wrong one) and random digits, blanks and letters after it. */
const record = fc
  .tuple(
    fc.constantFrom('11', '22', '23', '24', '33', '88', '88', '00', '2 '),
    fc.array(fc.constantFrom(...'0123456789012345678912  AZñ'), { minLength: 0, maxLength: 90 }),
  )
  .map(([type, rest]) => type + rest.join(''))

const soup = fc
  .tuple(fc.array(record, { maxLength: 30 }), fc.constantFrom('\r\n', '\n', '\r'))
  .map(([records, eol]) => latin1(records.join(eol) + eol))

describeImporterFuzz({
  name: 'Norma 43',
  fileName: 'extracto.n43',
  parse: parseNorma43,
  history: historyArb(),
  write: norma43File,
  soup,
  fixtures: ['norma43-two-accounts.n43'],
})
