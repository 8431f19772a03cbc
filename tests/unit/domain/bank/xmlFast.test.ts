/**
 * xmlFast, the one-pass reader of plain camt.053 documents, against fast-xml-parser itself: every document it accepts
 * is one XMLValidator accepts, and its tree (key order and each element's start/end metadata included) is the
 * library's with camtXml's options. Documents it does not accept take the library's path (parseXml), so they need
 * no comparison; plain ones must be accepted, or the fast path would never run.
 */
import fc from 'fast-check'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { parseXml } from '../../../../renderer/domain/bank/camtXml'
import { fastXmlTree } from '../../../../renderer/domain/bank/xmlFast'
import { camt053, type StatementMovement } from '../../../e2e/fixtures/bank/camt053'
import { utf8Fixture } from './fixtures'

const META = XMLParser.getMetaDataSymbol()
const REPEATING = new Set(['Stmt', 'Bal', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd', 'RfrdDocInf', 'AddtlRmtInf', 'Othr'])
const isRepeating = (name: string) => REPEATING.has(name)

/** camtXml's options before issue 7 (jPath left at its default): the reference. */
const library = (text: string, jPath = true): unknown =>
  new XMLParser({
    removeNSPrefix: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    captureMetaData: true,
    jPath,
    isArray: isRepeating,
  }).parse(text)

/** A tree as a string that keeps key order, arrays and the metadata symbol (toEqual ignores order). */
function canon(v: unknown): string {
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk)
    if (typeof x !== 'object' || x === null) return x
    const node = x as Record<string | symbol, unknown>
    const out: unknown[] = Object.keys(node).map((k) => [k, walk(node[k])])
    if (node[META as symbol] !== undefined) out.push(['$meta', node[META as symbol]])
    if (Object.getOwnPropertySymbols(node).some((s) => s !== META)) out.push(['$otherSymbols'])
    return out
  }
  return JSON.stringify(walk(v))
}

/** True when the fast path accepted the text; then it must be valid XML with the library's tree. */
function agrees(text: string): boolean {
  const fast = fastXmlTree(text, isRepeating)
  if (fast === null) return false
  expect(XMLValidator.validate(text), text).toBe(true)
  expect(canon(fast), text).toBe(canon(library(text)))
  return true
}

// --- generated documents -------------------------------------------------------------------------------------------

const NAMES = ['Document', 'Stmt', 'Ntry', 'Amt', 'Ustrd', 'Bal', 'Id', 'Nm', 'x-y', 'x.y', '_z', 'A1']
const PREFIXES = ['', '', '', 'ns:', 'camt:']
const TEXTS = ['', ' ', 'EUR', '12.34', '  padded  ', 'a &amp; b', '&lt;x&gt;', '&quot;q&apos;', '&amp;amp;', 'Núñez ăîșț €', 'l1\nl2', 'l1\r\nl2\r', '\u00a0', 'x > y', 'tab\there', '\n   \n']
const ATTRS: Array<[string, string]> = [
  ['Ccy', 'EUR'],
  ['Ccy', ' RON '],
  ['xmlns', 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.08'],
  ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
  ['xsi:schemaLocation', 'urn:a b.xsd'],
  ['v', "it's"],
  ['w', 'a &amp; b'],
  ['e', ''],
  ['n', 'two\r\nlines'],
]
/** Constructs the fast path leaves to the library: it must refuse them, never misread them. */
const ODD = ['<!-- c -->', '<![CDATA[x<y]]>', '<?pi x?>', '&#233;', '&#xE9;', '&nbsp;', 'a & b', '&;', '<', ']]>']

interface El {
  name: string
  prefix: string
  attrs: Array<[string, string]>
  content: string | El[]
  selfClosing: boolean
  quote: string
  blank: string
}

const blank = fc.constantFrom(' ', '  ', '\n    ', '\t', '\r\n  ')
const elArb: fc.Arbitrary<El> = fc.letrec<{ el: El }>((tie) => ({
  el: fc.record({
    name: fc.constantFrom(...NAMES),
    prefix: fc.constantFrom(...PREFIXES),
    attrs: fc.subarray(ATTRS, { maxLength: 3 }),
    content: fc.oneof({ depthSize: 'small' }, fc.constantFrom(...TEXTS), fc.array(tie('el'), { maxLength: 4 })),
    selfClosing: fc.boolean(),
    quote: fc.constantFrom('"', "'"),
    blank,
  }),
})).el

function write(el: El, indent: string): string {
  const seen = new Set<string>()
  const attrs = el.attrs
    .filter(([k]) => !seen.has(k) && seen.add(k))
    .map(([k, v]) => {
      const q = v.includes(el.quote) ? (el.quote === '"' ? "'" : '"') : el.quote
      return `${el.blank}${k}=${q}${v}${q}`
    })
    .join('')
  const open = `<${el.prefix}${el.name}${attrs}`
  if (el.selfClosing && (el.content === '' || (Array.isArray(el.content) && el.content.length === 0))) return `${open}/>`
  const body = typeof el.content === 'string' ? el.content : el.content.map((c) => `\n${indent}  ${write(c, `${indent}  `)}`).join('') + `\n${indent}`
  return `${open}>${body}</${el.prefix}${el.name}>`
}

const DECLARATIONS = ['', '<?xml version="1.0" encoding="UTF-8"?>\n', "<?xml version='1.0'?>", '<?xml version="1.0" standalone="yes" ?>\r\n', '<?xml?>']
const docArb = fc
  .tuple(fc.constantFrom(...DECLARATIONS), elArb, fc.constantFrom('', '\n', '  \n\n'))
  .map(([decl, root, tail]) => `${decl}${write(root, '')}${tail}`)

describe('xmlFast: the one-pass reader of plain camt.053 documents', () => {
  it('reads the sample statements and a generated 5,000-movement one exactly as fast-xml-parser does', () => {
    const movements: StatementMovement[] = Array.from({ length: 5000 }, (_, i) => ({
      amount: i % 7 === 0 ? -(1000 + i) : 1000 + i,
      date: '2026-12-07',
      name: i % 3 === 0 ? 'Hermanos García & Hijos, S.L. <Núñez>' : 'Mureșan Trans S.R.L.',
      ...(i % 2 === 0 ? { taxId: 'B12345674', iban: 'ES9121000418450200051332' } : {}),
      remittance: `Pago "factura" F2026-${i} 'y' otra`,
      reference: `BENCH-0-${i}`,
    }))
    const generated = camt053({ id: 'B', accountIban: 'ES9121000418450200051332', currency: 'EUR', from: '2026-12-07', to: '2026-12-07', opening: 0, movements })
    for (const text of [utf8Fixture('camt053-v08.xml'), utf8Fixture('camt053-v02-two-accounts.xml'), generated, generated.replace(/\n/g, '\r\n')]) {
      expect(agrees(text), 'the fast path reads it').toBe(true)
    }
  }, 120_000)

  it('reads every plain document it is given like the library (and does not refuse them)', () => {
    fc.assert(
      fc.property(docArb, (text) => {
        expect(agrees(text), text).toBe(true)
      }),
      { numRuns: 600 },
    )
  })

  it('leaves comments, CDATA, processing instructions, other entities and mixed content to the library', () => {
    fc.assert(
      fc.property(docArb, fc.constantFrom(...ODD), fc.nat(), (text, odd, at) => {
        const inRoot = text.indexOf('>', text.indexOf('<', text.startsWith('<?') ? 2 : 0)) + 1
        const pos = inRoot + (at % Math.max(1, text.length - inRoot))
        agrees(text.slice(0, pos) + odd + text.slice(pos))
      }),
      { numRuns: 600 },
    )
    for (const odd of ODD.filter((o) => o !== ']]>')) expect(fastXmlTree(`<a>${odd}</a>`, isRepeating), odd).toBeNull()
    expect(fastXmlTree('<a>text<b/></a>', isRepeating), 'mixed content').toBeNull()
    expect(fastXmlTree('<a><b/>text</a>', isRepeating), 'mixed content').toBeNull()
  })

  it('never accepts a broken document: every accepted mutation is valid XML read like the library', () => {
    const edit = fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom('<', '>', '/', '</a>', '&', '"', "'", '=', ' ', 'a', ':', '\r', '\u00a0', '?', '!', '-', '<a/>', 'x="1"'))
    fc.assert(
      fc.property(docArb, fc.array(edit, { minLength: 1, maxLength: 3 }), (text, edits) => {
        let t = text
        for (const [at, cut, insert] of edits) {
          const pos = at % (t.length + 1)
          t = t.slice(0, pos) + insert + t.slice(pos + cut)
        }
        agrees(t)
      }),
      { numRuns: 1500 },
    )
  })

  it('agrees on every single edit of a small statement (each position, each character, inserted or replacing)', () => {
    const base = '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:x"><Stmt><Ntry><Amt Ccy="EUR">12.00</Amt><Nm>a &amp; b</Nm></Ntry></Stmt></Document>\n'
    const inserts = ['<', '>', '/', '</a>', '&', '"', "'", '=', ' ', 'a', ':', '\r', '\u00a0', '?', '!', '-', '<a/>', 'x="1"']
    let accepted = 0
    for (let pos = 0; pos <= base.length; pos++) {
      for (const insert of inserts) for (const cut of [0, 1]) if (agrees(base.slice(0, pos) + insert + base.slice(pos + cut))) accepted++
    }
    expect(accepted, 'many edits stay plain XML and are compared').toBeGreaterThan(500)
  }, 60_000)

  it('refuses what fast-xml-parser guards or limits: dangerous names, duplicate attributes, deep nesting', () => {
    for (const text of ['<constructor/>', '<a><toString>x</toString></a>', '<a x="1" x="2"/>', '<a p:x="1" q:x="2"/>', '<a:b:c/>', `${'<a>'.repeat(120)}${'</a>'.repeat(120)}`]) {
      expect(fastXmlTree(text, isRepeating), text).toBeNull()
    }
  })

  it('parseXml gives the same document through either path, and jPath: false changes nothing in the tree', () => {
    fc.assert(
      fc.property(docArb, (text) => {
        expect(canon(library(text, false))).toBe(canon(library(text)))
        const parsed = parseXml(text)
        expect(parsed.ok).toBe(true)
        if (parsed.ok) expect(canon(parsed.doc.root)).toBe(canon(library(text)))
      }),
      { numRuns: 200 },
    )
  })
})
