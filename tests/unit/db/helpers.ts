/** Shared test setup: a fresh in-memory database per test, a fixed clock, a Spanish company and customers. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { expect } from 'vitest'
import { openDb, type Ctx } from '../../../renderer/db/context'
import type { CompanyInput, CustomerInput } from '../../../renderer/db/inputs'
import { saveCompany } from '../../../renderer/db/repos/company'
import { createCustomer } from '../../../renderer/db/repos/customers'
import { allTables, type CobroDb } from '../../../renderer/db/schema'
import type { Customer } from '../../../renderer/domain/types'
import { DomainError } from '../../../renderer/domain/errors'

let counter = 0

export function freshDb(): CobroDb {
  counter += 1
  return openDb(`cobro-test-${counter}`, { indexedDB: new IDBFactory(), IDBKeyRange })
}

export function freshCtx(at = '2026-11-23T10:00:00.000Z'): Ctx {
  return { db: freshDb(), user: 'tester', role: 'owner', now: () => new Date(at) }
}

export const ES_COMPANY: CompanyInput = {
  legalName: 'Distribuciones Sierra Norte, S.L.',
  tradeName: 'Sierra Norte',
  taxId: 'B12345674',
  address: { street: 'Calle de la Industria 12', city: 'Alcobendas', postalCode: '28108', region: 'Madrid', country: 'ES' },
  iban: 'ES91 2100 0418 4502 0005 1332',
  country: 'ES',
}

export const RO_COMPANY: CompanyInput = {
  legalName: 'Carpați Distribuție SRL',
  taxId: 'RO14399840',
  tradeRegister: 'J40/1234/2015',
  address: { street: 'Str. Fabricii 5', city: 'București', postalCode: '060821', region: 'Sector 6', country: 'RO' },
  iban: 'RO49AAAA1B31007593840000',
  country: 'RO',
}

export function customerInput(over: Partial<CustomerInput> = {}): CustomerInput {
  return {
    legalName: 'Supermercados García, S.L.',
    tradeName: 'Súper García',
    taxId: 'B76543214',
    address: { street: 'Avenida de Andalucía 4', city: 'Málaga', postalCode: '29002', region: 'Málaga', country: 'ES' },
    terms: { kind: 'net', days: 30 },
    ...over,
  }
}

/** A context with the Spanish company and one customer. */
export async function esSetup(): Promise<{ ctx: Ctx; customer: Customer }> {
  const ctx = freshCtx()
  await saveCompany(ctx, ES_COMPANY)
  const customer = await createCustomer(ctx, customerInput())
  return { ctx, customer }
}

/** Every row of every table, to prove that a refused write changed nothing. */
export async function dump(db: CobroDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const t of allTables(db)) out[t.name] = await t.toArray()
  return out
}

/** Runs `fn`, expects a DomainError with `code`, and that the database is exactly as before. */
export async function expectRefused(ctx: Ctx, fn: () => Promise<unknown>, code: string): Promise<DomainError> {
  const before = await dump(ctx.db)
  let caught: unknown
  try {
    await fn()
  } catch (e) {
    caught = e
  }
  expect(caught).toBeInstanceOf(DomainError)
  expect((caught as DomainError).code).toBe(code)
  expect(await dump(ctx.db)).toEqual(before)
  return caught as DomainError
}

export const line = (over: Record<string, unknown> = {}) => ({
  code: 'ACE5L',
  description: 'Aceite de oliva virgen extra 5 L',
  quantity: 2,
  unit: 'ud',
  unitPrice: 2500,
  vatRate: 400,
  ...over,
})
