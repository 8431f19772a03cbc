/**
 * Turning bad input into errors for people: zod failures and domain checks become DomainError with a code
 * translated in locales/<lang>/dataErrors.json (field problems: `data.field.<problem>` with the field's name,
 * whose label is `data.fieldNames.<field>`).
 */
import type { z } from 'zod'
import { DomainError } from '../domain/errors'
import { validateIban } from '../domain/iban'
import { validateTaxId } from '../domain/taxId'

/** The problems a field can have (the last part of `data.field.<problem>`). */
export const FIELD_PROBLEMS = [
  'required',
  'invalid',
  'tooLong',
  'tooLarge',
  'tooMany',
  'notInteger',
  'mustBePositive',
  'mustNotBeNegative',
  'invalidDate',
  'invalidEmail',
  'tooManyDecimals',
] as const
const PROBLEMS: ReadonlySet<string> = new Set(FIELD_PROBLEMS)

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[key]
  }
  return v
}

/** The field a path names for people: its last non-numeric part ('lines.2.quantity' -> 'quantity'). */
export function fieldOf(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i]
    if (typeof key === 'string') return key
  }
  return 'input'
}

/** Parses with a zod schema; the first problem throws DomainError('data.field.<problem>', { field, path }). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  if (!issue) throw new DomainError('data.field.invalid', { field: 'input', path: '' })
  const missing = issue.code === 'invalid_type' && valueAt(input, issue.path) == null
  const problem = missing ? 'required' : PROBLEMS.has(issue.message) ? issue.message : 'invalid'
  throw new DomainError(`data.field.${problem}`, { field: fieldOf(issue.path), path: issue.path.map(String).join('.') })
}

/** The normalized tax id, or throws the domain's code (taxId.*) with the field. */
export function requireTaxId(taxId: string, country: string): string {
  const r = validateTaxId(taxId, country)
  if (!r.ok) throw new DomainError(r.code, { field: 'taxId', value: taxId, country })
  return r.normalized
}

export function requireIban(iban: string): string {
  const r = validateIban(iban)
  if (!r.ok) throw new DomainError(r.code, { field: 'iban', value: iban })
  return r.normalized
}
