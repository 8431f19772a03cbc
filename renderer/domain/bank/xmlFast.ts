/**
 * The fast path of camtXml.parseXml. fast-xml-parser (validator + parser) takes about 1.2 s for a 5,000-movement
 * statement (3 MB), more than half of the import's 2 s budget: it builds text one character at a time and a path
 * string per element. This pass takes about a tenth of that.
 *
 * One pass over a plain document builds exactly the tree fast-xml-parser builds with camtXml's options, metadata
 * included. A plain document has elements, attributes, text, the five predefined entities and an XML declaration at
 * the very start. Anything else gives null, and the file takes the validator + fast-xml-parser path as before:
 * comments, CDATA, processing instructions, numeric character references, mixed content, names outside
 * [A-Za-z_][A-Za-z0-9_.-]* (with one optional prefix), duplicate attributes or deep nesting.
 *
 * The fast path accepts only documents that XMLValidator accepts, and gives them the same tree. Both are checked
 * against the library on generated and mutated documents (tests/unit/domain/bank/xmlFast.test.ts).
 */
import { XMLParser } from 'fast-xml-parser'

type XmlNode = Record<string, unknown>

const META = XMLParser.getMetaDataSymbol() as symbol

/** fast-xml-parser refuses deeper nesting (maxNestedTags 100): such files take the library's path. */
const MAX_DEPTH = 90
/** Names fast-xml-parser refuses or renames (prototype pollution guard): such files take the library's path. */
const GUARDED = new Set(['__proto__', 'constructor', 'prototype', ...Object.getOwnPropertyNames(Object.prototype)])

const LT = 60
const GT = 62
const SLASH = 47
const EQ = 61
const QUOT = 34
const APOS = 39
const COLON = 58

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13
const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === COLON

const ENTITY_RE = /&(?:amp|lt|gt|quot|apos);/g
const ENTITY_VALUES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" }

/** fast-xml-parser's text: newlines normalized, trimmed, then the predefined entities decoded. Null when another '&' appears. */
function textValue(raw: string): string | null {
  const trimmed = (raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw).trim()
  if (!trimmed.includes('&')) return trimmed
  if (trimmed.replace(ENTITY_RE, '').includes('&')) return null
  return trimmed.replace(ENTITY_RE, (e) => ENTITY_VALUES[e] ?? e)
}

/** The name after a namespace prefix ('ns:Ntry' -> 'Ntry'); null for a name fast-xml-parser would treat apart. */
function localName(raw: string): string | null {
  const colon = raw.indexOf(':')
  if (colon !== raw.lastIndexOf(':') || colon === raw.length - 1) return null
  const local = colon < 0 ? raw : raw.slice(colon + 1)
  return isNameStart(local.charCodeAt(0)) && !GUARDED.has(local) ? local : null
}

interface Tag {
  /** Attributes as fast-xml-parser keeps them: namespace declarations dropped, prefixes removed, '@' added. */
  attrs: Array<[string, string]> | null
  /** Index of the closing '>' of the tag. */
  end: number
  selfClosing: boolean
}

/** fast-xml-parser's resolveNameSpace: xmlns and xmlns:* are dropped (''), 'p:name' becomes 'name'; null: take the library's path. */
function attributeName(raw: string): string | null {
  const parts = raw.split(':')
  if (parts[0] === 'xmlns') return ''
  if (parts.length > 2 || parts.some((p) => p === '')) return null
  return parts[parts.length - 1] ?? null
}

/**
 * The attributes of a tag from `i` (just after its name) to its '>' (or '?>' for the declaration): each after at
 * least one blank, name="value" or name='value', no '<' in values. Null otherwise.
 */
function readAttributes(text: string, i: number, declaration: boolean): Tag | null {
  let attrs: Array<[string, string]> | null = null
  let rawNames: string[] | null = null
  for (;;) {
    const blankStart = i
    while (isSpace(text.charCodeAt(i))) i++
    const c = text.charCodeAt(i)
    if (declaration) {
      if (c === 63 && text.charCodeAt(i + 1) === GT) return { attrs, end: i + 1, selfClosing: false }
    } else if (c === GT) return { attrs, end: i, selfClosing: false }
    else if (c === SLASH && text.charCodeAt(i + 1) === GT) return { attrs, end: i + 1, selfClosing: true }
    if (i === blankStart || !isNameStart(c)) return null
    const nameStart = i
    while (isNameChar(text.charCodeAt(i))) i++
    const raw = text.slice(nameStart, i)
    const quote = text.charCodeAt(i + 1)
    if (text.charCodeAt(i) !== EQ || (quote !== QUOT && quote !== APOS) || rawNames?.includes(raw)) return null
    ;(rawNames ??= []).push(raw)
    const close = text.indexOf(quote === QUOT ? '"' : "'", i + 2)
    if (close < 0) return null
    const rawValue = text.slice(i + 2, close)
    if (rawValue.includes('<') || (declaration && /[?>]/.test(rawValue))) return null
    i = close + 1
    const name = attributeName(raw)
    if (name === '') continue
    const value = textValue(rawValue)
    if (name === null || value === null || attrs?.some(([n]) => n === name)) return null
    ;(attrs ??= []).push([name, value])
  }
}

interface Frame {
  raw: string
  name: string
  start: number
  attrs: Array<[string, string]> | null
  /** Child elements by name (null: none yet). */
  children: XmlNode | null
  /** The element's text (elements with children must have none: mixed content takes the library's path). */
  text: string
}

function attach(parent: XmlNode, name: string, value: unknown, isArray: (name: string) => boolean): void {
  if (Object.prototype.hasOwnProperty.call(parent, name)) {
    const current = parent[name]
    if (Array.isArray(current)) current.push(value)
    else parent[name] = [current, value]
  } else parent[name] = isArray(name) ? [value] : value
}

/** fast-xml-parser's value of a finished element (node2json's compress), with its metadata when it is an object. */
function valueOf(frame: Frame, endIndex: number): unknown {
  // Text and child elements never come together (mixed content takes the library's path).
  if (!frame.attrs) {
    if (frame.text !== '') return frame.text
    if (!frame.children) return ''
  }
  const obj: XmlNode = frame.children ?? {}
  if (frame.text !== '') obj['#text'] = frame.text
  for (const [name, v] of frame.attrs ?? []) obj[`@${name}`] = v
  ;(obj as Record<symbol, unknown>)[META] = { startIndex: frame.start, endIndex }
  return obj
}

/** The document's tree as fast-xml-parser builds it with camtXml's options, or null when the document is not plain. */
export function fastXmlTree(text: string, isArray: (name: string) => boolean): XmlNode | null {
  const root: XmlNode = {}
  let i = 0
  if (text.startsWith('<?xml') && (isSpace(text.charCodeAt(5)) || text.charCodeAt(5) === 63)) {
    const decl = readAttributes(text, 5, true)
    if (!decl) return null
    let value: unknown = ''
    if (decl.attrs) {
      const obj: XmlNode = {}
      for (const [name, v] of decl.attrs) obj[`@${name}`] = v
      ;(obj as Record<symbol, unknown>)[META] = { startIndex: 0, endIndex: decl.end + 1 }
      value = obj
    }
    root['?xml'] = value
    i = decl.end + 1
  }
  const stack: Frame[] = []
  const locals = new Map<string, string | null>()
  let rootDone = false
  const n = text.length
  while (i < n) {
    if (text.charCodeAt(i) !== LT) {
      const next = text.indexOf('<', i)
      const end = next < 0 ? n : next
      const top = stack[stack.length - 1]
      if (!top) {
        for (let k = i; k < end; k++) if (!isSpace(text.charCodeAt(k))) return null
      } else {
        const piece = text.slice(i, end)
        if (piece.trim() !== '') {
          const value = top.children ? null : textValue(piece)
          if (value === null) return null
          top.text = value
        }
      }
      i = end
      continue
    }
    const c1 = text.charCodeAt(i + 1)
    if (c1 === SLASH) {
      const top = stack.pop()
      const end = i + 2 + (top?.raw.length ?? 0)
      if (!top || !text.startsWith(top.raw, i + 2) || text.charCodeAt(end) !== GT) return null
      const parent = stack[stack.length - 1]
      attach(parent ? (parent.children ??= {}) : root, top.name, valueOf(top, end + 1), isArray)
      if (!parent) rootDone = true
      i = end + 1
      continue
    }
    if (!isNameStart(c1) || rootDone || stack.length >= MAX_DEPTH) return null
    let j = i + 1
    while (isNameChar(text.charCodeAt(j))) j++
    const raw = text.slice(i + 1, j)
    let name = locals.get(raw)
    if (name === undefined) locals.set(raw, (name = localName(raw)))
    const tag = name === null ? null : readAttributes(text, j, false)
    const parent = stack[stack.length - 1]
    if (name === null || tag === null || (parent && parent.text !== '')) return null
    const frame: Frame = { raw, name, start: i, attrs: tag.attrs, children: null, text: '' }
    if (tag.selfClosing) {
      attach(parent ? (parent.children ??= {}) : root, name, valueOf(frame, tag.end + 1), isArray)
      if (!parent) rootDone = true
    } else stack.push(frame)
    i = tag.end + 1
  }
  return rootDone && stack.length === 0 ? root : null
}
