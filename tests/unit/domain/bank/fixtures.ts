/**
 * Sample statement files of tests/fixtures/bank (written from the format specifications), read as bytes, and
 * helpers to make corrupt variants of them. node:fs is loaded dynamically: this folder is type-checked with the
 * web configuration, which has no Node types.
 */
import { decodeWindows1252 } from '../../../../renderer/domain/bank/encoding'

type FsLike = { readFileSync(path: URL): Uint8Array }
const fs = (await import(/* @vite-ignore */ `node:${'fs'}`)) as FsLike

export function fixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(new URL(`../../../fixtures/bank/${name}`, import.meta.url)))
}

/** Text -> windows-1252 bytes (the characters of our fixtures are all below U+0100). */
export function encodeLatin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const c = ch.charCodeAt(0)
    if (c > 0xff) throw new RangeError(`not latin-1: ${ch}`)
    return c
  })
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

/** A windows-1252 fixture as text. */
export function latin1Fixture(name: string): string {
  return decodeWindows1252(fixture(name))
}

export function utf8Fixture(name: string): string {
  return new TextDecoder().decode(fixture(name)).replace(/^\ufeff/, '')
}

/** The text with its line `n` (1-based) replaced by `f(line)`; keeps the file's line endings. */
export function editLine(text: string, n: number, f: (line: string) => string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const lines = text.split(eol)
  lines[n - 1] = f(lines[n - 1] ?? '')
  return lines.join(eol)
}

/** Characters from..to (1-based, inclusive) of a fixed-width record replaced by `value` (same length). */
export function setColumns(record: string, from: number, value: string): string {
  return record.slice(0, from - 1) + value + record.slice(from - 1 + value.length)
}

/** 1-based line of the n-th (1-based) occurrence of `needle` in a text. */
export function lineOfOccurrence(text: string, needle: string, n = 1): number {
  let index = -1
  for (let i = 0; i < n; i++) index = text.indexOf(needle, index + 1)
  if (index < 0) throw new Error(`not found: ${needle}`)
  return text.slice(0, index).split('\n').length
}
