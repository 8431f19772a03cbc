/**
 * The bugs the fuzz found, pinned with the smallest input that showed each one (the random search may not draw them
 * again with the fixed seed): long runs that made a regular expression quadratic, and a damaged camt.053 period that
 * was accepted.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCamt053 } from '../../../renderer/domain/bank/camt053'
import { readStatementFile } from '../../../renderer/domain/bank/detect'
import { splitLines } from '../../../renderer/domain/bank/encoding'
import { parseMt940 } from '../../../renderer/domain/bank/mt940'
import { parseNorma43 } from '../../../renderer/domain/bank/norma43'
import type { ParseResult } from '../../../renderer/domain/bank/types'
import { expectSaneOrRefused, guarded, lineCount } from './support/invariants'
import { camtFile, COMPANY_IBANS, historyArb, mt940File, norma43File, RO_IBAN } from './support/writers'

/** 60 000 characters: quadratic code takes seconds on it, linear code milliseconds. */
const RUN = 60_000
const utf8 = (s: string) => new TextEncoder().encode(s)
const text = (b: Uint8Array) => new TextDecoder('latin1').decode(b)
const [history] = fc.sample(historyArb({ maxMovements: 3 }), { seed: 1, numRuns: 1 })

function checked(bytes: Uint8Array, parse: (b: Uint8Array) => ParseResult, fileName: string): ParseResult | null {
  guarded(() => parse(bytes))
  const full = guarded(() => readStatementFile(bytes, fileName, { companyIbans: COMPANY_IBANS }))
  if (full) expectSaneOrRefused(full, COMPANY_IBANS, lineCount(bytes))
  return full
}

describe('inputs the fuzz found', () => {
  it('splitLines: a long run of blank lines inside a file (/[\\r\\n]+$/ was quadratic)', () => {
    const lines = guarded(() => splitLines(`a${'\r\n'.repeat(RUN)}b\r\n`))
    expect(lines).toHaveLength(RUN + 1)
    const n43 = text(norma43File(history!))
    checked(utf8(n43.replace('\r\n', '\r\n'.repeat(RUN))), parseNorma43, 'extracto.n43')
  })

  it("MT940: a block end '-' followed by a long run of blanks (the block-end test backtracked)", () => {
    const file = text(mt940File(history!)).replace(/\r\n-\r\n$/, `\r\n-${' '.repeat(RUN)}x\r\n`)
    checked(utf8(file), parseMt940, 'extracto.sta')
  })

  it("MT940: an :86: continuation line with a long run of tabs inside (/\\s+$/ was quadratic)", () => {
    const file = text(mt940File(history!)).replace(':62F:', `:${'\t'.repeat(RUN)}33803${'\t'.repeat(RUN)}\r\n:62F:`)
    checked(utf8(file), parseMt940, 'extracto.sta')
  })

  it("MT940: slashed :86: fields with long runs of '/' inside (/\\/+$/ was quadratic)", () => {
    const slashes = '/'.repeat(RUN)
    const info = `:86:/REMI/${slashes}x/EREF/${slashes}y/NAME/${slashes}z/IBAN/${slashes}w`
    const file = text(mt940File({ ...history!, movements: history!.movements.slice(0, 1) })).replace(/:86:[^\r]*/, info)
    checked(utf8(file), parseMt940, 'extracto.sta')
  })

  it('camt.053: a file cut short after a long run of blanks (/\\s+$/ was quadratic)', () => {
    const xml = text(camtFile({ ...history!, iban: RO_IBAN, currency: 'RON' }))
    const cut = xml.slice(0, xml.indexOf('</Stmt>'))
    const r = checked(utf8(cut.replace('<Stmt>', `<Stmt>${' '.repeat(RUN)}\n`) + `${' '.repeat(RUN)}x`), parseCamt053, 'extracto.xml')
    expect(r?.ok).toBe(false)
  })

  it('camt.053: a period whose dates are not dates, or end before they start, is refused (it set the last import date)', () => {
    const quiet = text(camtFile({ ...history!, iban: RO_IBAN, currency: 'RON', movements: [] }))
    for (const [from, to, code] of [
      ['2026-02-30', '2026-03-01', 'bank.invalidDate'],
      ['2026-03-05', '2026-03-01', 'bank.periodOrder'],
    ] as const) {
      const xml = quiet.replace(/<FrDtTm>[^<]*<\/FrDtTm>/, `<FrDtTm>${from}T00:00:00</FrDtTm>`).replace(/<ToDtTm>[^<]*<\/ToDtTm>/, `<ToDtTm>${to}T23:59:59</ToDtTm>`)
      expect(xml, 'the sample states its period').toContain(`<FrDtTm>${from}`)
      const r = checked(utf8(xml), parseCamt053, 'extracto.xml')
      expect(r?.ok === false && r.problems.map((p) => p.code)).toContain(code)
    }
  })
})
