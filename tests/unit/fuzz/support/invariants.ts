/**
 * What every importer must guarantee whatever the bytes: it answers in time, and either accepts a sane statement
 * (whole non-zero cents, valid ISO dates inside the period, balances that add up, the company's account, a known
 * currency) or refuses with problems a person can read (a code translated in es, ro and en whose placeholders the
 * params fill, on a line of the file). It never throws anything but a translated DomainError.
 */
import { expect } from 'vitest'
import { isKnownCurrency, matchCompanyAccount } from '../../../../renderer/domain/bank/accounts'
import type { BankStatement, ParseResult, StatementProblem } from '../../../../renderer/domain/bank/types'
import { isValidIsoDate } from '../../../../renderer/domain/dates'
import { DomainError } from '../../../../renderer/domain/errors'
import enDataErrors from '../../../../locales/en/dataErrors.json' with { type: 'json' }
import enErrors from '../../../../locales/en/errors.json' with { type: 'json' }
import esDataErrors from '../../../../locales/es/dataErrors.json' with { type: 'json' }
import esErrors from '../../../../locales/es/errors.json' with { type: 'json' }
import roDataErrors from '../../../../locales/ro/dataErrors.json' with { type: 'json' }
import roErrors from '../../../../locales/ro/errors.json' with { type: 'json' }
import { flattenLocale, placeholdersOf, type LocaleTree } from '../../../support/locales'
import { CASE_MS } from './config'

const LANGS = {
  es: [flattenLocale(esErrors as LocaleTree), flattenLocale(esDataErrors as LocaleTree)],
  ro: [flattenLocale(roErrors as LocaleTree), flattenLocale(roDataErrors as LocaleTree)],
  en: [flattenLocale(enErrors as LocaleTree), flattenLocale(enDataErrors as LocaleTree)],
} as const

/** The message of `code` in each language (errors, then dataErrors: the namespaces errorMessage looks in). */
function messages(code: string): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const [lang, namespaces] of Object.entries(LANGS)) {
    out[lang] = namespaces.map((ns) => ns.get(code) ?? ns.get(`${code}_other`)).find((m) => m !== undefined)
  }
  return out
}

/** A code a person can read in every language, with every {{placeholder}} given by the params. */
export function expectTranslated(code: string, params: Record<string, unknown>, where: string): void {
  for (const [lang, message] of Object.entries(messages(code))) {
    expect(message, `${where}: no ${lang} message for ${code}`).toBeTypeOf('string')
    const missing = placeholdersOf(message ?? '').filter((p) => !(p in params) && p !== 'count')
    expect(missing, `${where}: ${lang} ${code} lacks params`).toEqual([])
  }
  for (const [k, v] of Object.entries(params)) {
    const ok = typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))
    expect(ok, `${where}: param ${k} of ${code} is ${String(v)}`).toBe(true)
  }
}

/** Lines a problem may quote: the file's lines (any of CRLF, LF, CR ends one), 0 for the whole file. */
export function lineCount(bytes: Uint8Array): number {
  let n = 1
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) n++
  }
  return n
}

export function expectReadableProblems(problems: readonly StatementProblem[], maxLine: number): void {
  expect(problems.length, 'a refusal says why').toBeGreaterThan(0)
  for (const p of problems) {
    expectTranslated(p.code, p.params, `line ${p.line}`)
    expect(Number.isInteger(p.line) && p.line >= 0 && p.line <= maxLine, `${p.code} at line ${p.line} of ${maxLine}`).toBe(true)
  }
}

function expectSaneStatement(s: BankStatement, companyIbans: readonly string[]): void {
  const where = `${s.format} ${s.accountIban || s.accountId} ${s.from}..${s.to}`
  // '' is a period the file does not state (a camt.053 Stmt without FrToDt, balances or entries).
  for (const d of [s.from, s.to]) expect(d === '' || isValidIsoDate(d), `${where}: period date ${JSON.stringify(d)}`).toBe(true)
  if (s.from !== '' && s.to !== '') expect(s.from <= s.to, `${where}: period order`).toBe(true)
  expect(matchCompanyAccount(s.accountIban, s.accountId, companyIbans), `${where}: account`).not.toBeNull()
  expect(isKnownCurrency(String(s.currency)), `${where}: currency ${String(s.currency)}`).toBe(true)
  let sum = 0
  for (const l of s.lines) {
    expect(Number.isSafeInteger(l.amount) && l.amount !== 0, `${where}: amount ${l.amount} at ${l.seq}`).toBe(true)
    expect(isValidIsoDate(l.bookingDate) && isValidIsoDate(l.valueDate), `${where}: dates at ${l.seq}`).toBe(true)
    expect((s.from === '' || l.bookingDate >= s.from) && (s.to === '' || l.bookingDate <= s.to), `${where}: ${l.bookingDate} in period`).toBe(true)
    expect(l.currency, `${where}: line currency`).toBe(s.currency)
    sum += l.amount
    expect(Number.isSafeInteger(sum), `${where}: running sum ${sum}`).toBe(true)
  }
  if (s.openingBalance !== null && s.closingBalance !== null) {
    expect(s.openingBalance + sum, `${where}: opening + movements = closing`).toBe(s.closingBalance)
  }
}

/** A validated result: sane when accepted, readable when refused. */
export function expectSaneOrRefused(result: ParseResult, companyIbans: readonly string[], maxLine: number): void {
  if (result.ok) for (const s of result.statements) expectSaneStatement(s, companyIbans)
  else expectReadableProblems(result.problems, maxLine)
}

/**
 * Runs one importer call: it must end within CASE_MS and throw nothing but a translated DomainError (a TypeError,
 * RangeError or 'undefined' is a crash). Returns the result, or null when a DomainError was thrown.
 */
export function guarded<T>(run: () => T): T | null {
  const started = performance.now()
  let result: T | null = null
  try {
    result = run()
  } catch (err) {
    expectOnlyDomainError(err)
  }
  expect(performance.now() - started, 'a case took longer than it may').toBeLessThan(CASE_MS)
  return result
}

export async function guardedAsync<T>(run: () => Promise<T>, limitMs = CASE_MS): Promise<T | null> {
  const started = performance.now()
  let result: T | null = null
  try {
    result = await run()
  } catch (err) {
    expectOnlyDomainError(err)
  }
  expect(performance.now() - started, 'a case took longer than it may').toBeLessThan(limitMs)
  return result
}

export function expectOnlyDomainError(err: unknown): void {
  if (!(err instanceof DomainError)) {
    const detail = err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ''}` : String(err)
    expect.fail(`crashed with something else than a DomainError: ${detail}`)
  }
  expectTranslated(err.code, err.params, 'thrown')
}
