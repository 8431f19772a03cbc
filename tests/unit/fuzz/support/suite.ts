/**
 * The same fuzz, format by format: generated files import exactly; random bytes, random records of the format,
 * files cut short and damaged files (generated ones and the hand-written samples of tests/fixtures/bank) are either
 * read sanely or refused with readable problems, in time, by the format's own parser and by the import's entry
 * point (detection + parse + validation).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readStatementFile, withValidation } from '../../../../renderer/domain/bank/detect'
import type { ColumnMapping, ParseResult } from '../../../../renderer/domain/bank/types'
import { fixture } from '../../domain/bank/fixtures'
import { fuzzParams, PROPERTY_TIMEOUT_MS } from './config'
import { expectReadableProblems, expectSaneOrRefused, guarded, lineCount } from './invariants'
import { applyMutations, mutationsArb, randomBytesArb, truncate } from './mutate'
import { closingOf, COMPANY_IBANS, type AccountHistory } from './writers'

export interface FormatUnderFuzz {
  name: string
  fileName: string
  /** The format's own parser, called whatever the detection would say. */
  parse: (bytes: Uint8Array) => ParseResult
  mapping?: ColumnMapping
  history: fc.Arbitrary<AccountHistory>
  write: (h: AccountHistory) => Uint8Array
  /** Random text made of the format's own pieces (record types, tags, element names), to get past the first check. */
  soup: fc.Arbitrary<Uint8Array>
  /** Wrong values for the format's fields (mutate.ts WRONG_VALUES by default). */
  tokens?: readonly string[]
  /** Samples of tests/fixtures/bank in this format. */
  fixtures: string[]
  /** A file without movements is refused (bank.empty) rather than read as an empty statement. */
  refusesEmpty?: boolean
  /** Number of runs of each property (the heavier formats run fewer). */
  runs?: number
}

/** Every check on one file: the format's parser, then the import's entry point. */
export function checkFile(f: FormatUnderFuzz, bytes: Uint8Array): ParseResult | null {
  const maxLine = lineCount(bytes)
  const direct = guarded(() => f.parse(bytes))
  if (direct && !direct.ok) expectReadableProblems(direct.problems, maxLine)
  if (direct?.ok) {
    const validated = guarded(() => withValidation(direct, COMPANY_IBANS))
    if (validated) expectSaneOrRefused(validated, COMPANY_IBANS, maxLine)
  }
  const full = guarded(() => readStatementFile(bytes, f.fileName, { companyIbans: COMPANY_IBANS, mapping: f.mapping }))
  if (full) expectSaneOrRefused(full, COMPANY_IBANS, maxLine)
  return full
}

export function describeImporterFuzz(f: FormatUnderFuzz): void {
  const runs = f.runs ?? 100
  const property = <Ts extends unknown[]>(name: string, prop: fc.IPropertyWithHooks<Ts>, n = runs) =>
    it(name, () => fc.assert(prop, fuzzParams<Ts>(n)), PROPERTY_TIMEOUT_MS)

  const mutations = mutationsArb(f.tokens)
  // A statement of a quiet day (no movement) is where only the header fields are checked: weigh it more.
  const damaged = fc.oneof(f.history, f.history.map((h) => ({ ...h, movements: [] })))

  describe(`${f.name} under fuzz`, () => {
    it(
      'imports every generated statement exactly (the fuzz starts from files that are right)',
      () =>
        fc.assert(
          fc.property(f.history, (h) => {
            const r = checkFile(f, f.write(h))
            if (h.movements.length === 0 && f.refusesEmpty) return // e.g. a CSV without rows: refused as empty
            expect(r?.ok, JSON.stringify(r && !r.ok ? r.problems : null)).toBe(true)
            if (!r?.ok) return
            const s = r.statements[0]!
            expect(s.lines.map((l) => [l.bookingDate, l.amount])).toEqual(h.movements.map((m) => [m.date, m.amount]))
            if (s.closingBalance !== null) expect(s.closingBalance).toBe(closingOf(h))
          }),
          fuzzParams(Math.ceil(runs / 2)),
        ),
      PROPERTY_TIMEOUT_MS,
    )

    property('random bytes: read or refused, never a crash', fc.property(randomBytesArb, (bytes) => void checkFile(f, bytes)))

    property('random records of the format: read or refused, never a crash', fc.property(f.soup, (bytes) => void checkFile(f, bytes)))

    property(
      'a valid file cut short at any point: read or refused, never a crash',
      fc.property(f.history, fc.nat(), (h, at) => void checkFile(f, truncate(f.write(h), at))),
    )

    property(
      'a valid file with flipped bytes, lost, repeated or swapped lines: read or refused, never a crash',
      fc.property(damaged, mutations, (h, m) => void checkFile(f, applyMutations(f.write(h), m))),
    )

    property(
      'a damaged file cut short: read or refused, never a crash',
      fc.property(damaged, mutations, fc.nat(), (h, m, at) => void checkFile(f, truncate(applyMutations(f.write(h), m), at))),
      Math.ceil(runs / 2),
    )

    if (f.fixtures.length > 0) {
      const samples = f.fixtures.map((name) => fixture(name))
      property(
        'a damaged sample file: read or refused, never a crash',
        fc.property(fc.constantFrom(...samples.keys()), mutations, (i, m) => void checkFile(f, applyMutations(samples[i]!, m))),
      )
      property(
        'a sample file cut short: read or refused, never a crash',
        fc.property(fc.constantFrom(...samples.keys()), fc.nat(), (i, at) => void checkFile(f, truncate(samples[i]!, at))),
        Math.ceil(runs / 2),
      )
    }
  })
}
