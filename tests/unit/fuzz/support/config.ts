/**
 * One place for the fuzz suite's knobs. The seed is fixed so CI runs the same cases every time; fast-check prints
 * the seed and the counterexample's path on a failure. To replay or to fuzz deeper on a workstation:
 *   COBRO_FUZZ_SEED=123 COBRO_FUZZ_RUNS=20 npx vitest run tests/unit/fuzz
 * (COBRO_FUZZ_RUNS multiplies every property's number of runs). The whole suite stays under ~30 s on 2 cores.
 */
import fc, { type Parameters } from 'fast-check'

/** process.env without Node's types (this folder is type-checked with the web configuration). */
const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {}

export const FUZZ_SEED = Number(env.COBRO_FUZZ_SEED ?? 20261123)
const MULTIPLIER = Math.max(1, Number(env.COBRO_FUZZ_RUNS ?? 1))

/** A case slower than this is a hang (quadratic regex, runaway loop): the issue asks for ~1 s per case at most. */
export const CASE_MS = 1000

/** Vitest's timeout for one property (all its runs and its shrinking). */
export const PROPERTY_TIMEOUT_MS = 60_000 * MULTIPLIER

/**
 * A property's runs and the shrinking of a failure stop a little before vitest's timeout, and that interruption is a
 * failure: a slow case (each shrink step of a 30 KB input taking ~1 s) then ends with fast-check's report, seed and
 * counterexample path, rather than a bare vitest timeout.
 */
export function fuzzParams<T>(numRuns: number): Parameters<T> {
  return {
    seed: FUZZ_SEED,
    numRuns: numRuns * MULTIPLIER,
    plugins: [fc.interruptAfterTimeLimit(PROPERTY_TIMEOUT_MS - 10_000, { failOnInterrupt: true })],
  }
}
