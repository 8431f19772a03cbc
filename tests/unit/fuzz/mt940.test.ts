/** SWIFT MT940 under fuzz: see support/suite.ts for what every format must withstand. */
import fc from 'fast-check'
import { parseMt940 } from '../../../renderer/domain/bank/mt940'
import { describeImporterFuzz } from './support/suite'
import { historyArb, mt940File, SWIFT } from './support/writers'

/** Lines of real tags (and block marks) followed by the characters their values are made of. */
const line = fc
  .tuple(
    fc.constantFrom(':20:', ':25:', ':28C:', ':60F:', ':60M:', ':61:', ':86:', ':62F:', ':62M:', ':64:', '-', '-}', '{1:F01X}{2:O940}{4:', '?20', '/REMI/', ''),
    fc.array(fc.constantFrom(...'0123456789CDRNFSTRFEUR,,//? +-:{}ABZ'), { maxLength: 70 }),
  )
  .map(([tag, rest]) => tag + rest.join(''))

const soup = fc
  .tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\r\n', '\n'))
  .map(([lines, eol]) => new TextEncoder().encode(lines.join(eol) + eol))

describeImporterFuzz({
  name: 'MT940',
  fileName: 'extracto.sta',
  parse: parseMt940,
  history: historyArb({ alphabet: SWIFT }),
  write: mt940File,
  soup,
  fixtures: ['mt940-two-statements.sta', 'mt940-overlap-a.txt', 'mt940-overlap-b.txt'],
})
