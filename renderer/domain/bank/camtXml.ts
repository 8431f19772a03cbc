/**
 * ISO 20022 XML for camt.053: decoding per the XML declaration, well-formedness check with line numbers, and small
 * typed accessors over fast-xml-parser's output (namespace prefixes removed, attributes as '@name', values as text).
 * fast-xml-parser is pure JavaScript, so the same code runs in the renderer and in Node tests (no DOMParser).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { decodeWindows1252 } from './encoding'
import { problem } from './fields'
import type { StatementProblem, TextEncodingName } from './types'
import { fastXmlTree } from './xmlFast'

export type XmlNode = Record<string, unknown>

/** Elements that may repeat in camt.053 and are always read as lists. */
const REPEATING = new Set(['Stmt', 'Bal', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd', 'RfrdDocInf', 'AddtlRmtInf', 'Othr'])
const isRepeating = (name: string) => REPEATING.has(name)

const META = XMLParser.getMetaDataSymbol()

/** 1-based line of a character offset, by binary search over the line starts. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}

export type XmlDecoded = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; problem: StatementProblem }

/** Bytes -> text per the XML declaration: UTF-8 (default, strict) or ISO-8859-1 / windows-1252. */
export function decodeXml(bytes: Uint8Array): XmlDecoded {
  const head = decodeWindows1252(bytes.subarray(0, 200))
  const declared = /^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8'
  if (['iso-8859-1', 'latin1', 'windows-1252', 'cp1252', 'iso8859-1'].includes(declared)) {
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  }
  if (declared !== 'utf-8' && declared !== 'utf8') return { ok: false, problem: problem(1, 'bank.encoding', { value: declared }) }
  const loose = new TextDecoder('utf-8').decode(bytes)
  const bad = loose.indexOf('\ufffd')
  if (bad >= 0) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      return { ok: false, problem: problem(lineFinder(loose)(bad), 'bank.encoding', { value: 'UTF-8' }) }
    }
  }
  return { ok: true, text: loose.startsWith('\ufeff') ? loose.slice(1) : loose, encoding: 'utf-8' }
}

export interface XmlDocument {
  root: XmlNode
  /** 1-based line where an element (an object node) starts, 0 when unknown. */
  lineOf: (node: unknown) => number
}

/** 1-based line of an element (an object node), from the start index fast-xml-parser's metadata gives it; 0 when unknown. */
function lineOfIn(text: string): (node: unknown) => number {
  const find = lineFinder(text)
  return (node) => {
    if (typeof node !== 'object' || node === null) return 0
    const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META as symbol]
    return meta?.startIndex !== undefined ? find(meta.startIndex) : 0
  }
}

/**
 * Well-formed XML parsed, or the problem with its line (a truncated file is reported at its last line). A plain
 * document (what banks send) takes xmlFast's one pass, which builds the same tree; any other goes through
 * fast-xml-parser's validator and parser.
 */
export function parseXml(text: string): { ok: true; doc: XmlDocument } | { ok: false; problem: StatementProblem } {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return { ok: false, problem: problem(1, 'bank.camt.xml', { value: 'DOCTYPE' }) }
  const fast = fastXmlTree(text, isRepeating)
  if (fast) return { ok: true, doc: { root: fast, lineOf: lineOfIn(text) } }
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    // A file cut short (interrupted download) does not end with its root's closing tag: say so at its last line.
    const ended = /<\/(?:[\w.-]+:)?[\w.-]+>\s*$/.test(text)
    const truncated = !ended || (valid.err.code === 'InvalidXml' && valid.err.msg.startsWith("Invalid '["))
    // trimEnd(), not .replace(/\s+$/, ''): that regex is quadratic on a long run of blanks inside the text.
    return truncated
      ? { ok: false, problem: problem(text.trimEnd().split('\n').length, 'bank.camt.truncated') }
      : { ok: false, problem: problem(valid.err.line, 'bank.camt.xml', { value: valid.err.msg }) }
  }
  const parser = new XMLParser({
    removeNSPrefix: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    captureMetaData: true,
    // isArray looks at the name only: no path string built per element (a fifth of the parse).
    jPath: false,
    isArray: isRepeating,
  })
  let root: XmlNode
  try {
    root = parser.parse(text) as XmlNode
  } catch (err) {
    return { ok: false, problem: problem(1, 'bank.camt.xml', { value: err instanceof Error ? err.message : String(err) }) }
  }
  return { ok: true, doc: { root, lineOf: lineOfIn(text) } }
}

/** The node at a path of child names ('Acct', 'Id', 'IBAN'); the first item where a step is a list. */
export function at(node: unknown, ...path: string[]): unknown {
  let n: unknown = node
  for (const key of path) {
    if (Array.isArray(n)) n = n[0]
    if (typeof n !== 'object' || n === null) return undefined
    n = (n as XmlNode)[key]
  }
  return Array.isArray(n) ? n[0] : n
}

/** Text content at a path ('' when absent): a plain value or an element's '#text'. */
export function textAt(node: unknown, ...path: string[]): string {
  const n = at(node, ...path)
  if (typeof n === 'string' || typeof n === 'number') return String(n).trim()
  if (typeof n === 'object' && n !== null) {
    const t = (n as XmlNode)['#text']
    return typeof t === 'string' || typeof t === 'number' ? String(t).trim() : ''
  }
  return ''
}

/** Every node at a path, as a list (a single element or a repeated one). */
export function listAt(node: unknown, ...path: string[]): unknown[] {
  const parent = path.length > 1 ? at(node, ...path.slice(0, -1)) : node
  if (typeof parent !== 'object' || parent === null) return []
  const n = (parent as XmlNode)[path[path.length - 1] ?? '']
  if (n === undefined || n === null) return []
  return Array.isArray(n) ? n : [n]
}
