/** Customers: validation, codes, search, paging by name and the figures the screens show about one customer. */
import { checkPaymentDays } from '../../domain/terms'
import { DomainError } from '../../domain/errors'
import { queryWords } from '../../domain/search'
import type { Cents, CompanySettings, Customer, IsoDate, Language } from '../../domain/types'
import { newId, nowIso, type Ctx } from '../context'
import { customerInputSchema, type CustomerInput } from '../inputs'
import { customerWords } from '../stored'
import { parseInput, requireTaxId } from '../validate'
import { writeAudit } from './audit'
import { customerSummaryTables, noteBalanceChange, noteCustomerChange } from './customerSummaries'
import type { CobroDb } from '../schema'
import { requireRight } from '../rights'
import { changedTermsFields, defaultTermsFields, type CustomerTermsFields } from '../../domain/users/customerTerms'

export type { CustomerInput } from '../inputs'

type CustomerData = Omit<Customer, 'id' | 'balance' | 'searchWords' | 'createdAt' | 'updatedAt'>

function defaultLanguage(country: string): Language {
  return country === 'ES' ? 'es' : country === 'RO' ? 'ro' : 'en'
}

/** Validates a customer input (zod + tax id by the address's country + regime checks); writes nothing. */
export function customerFromInput(input: CustomerInput, company: CompanySettings | undefined): CustomerData {
  const v = parseInput(customerInputSchema, input)
  const country = v.address.country
  const taxId = requireTaxId(v.taxId, country)
  if (v.recargoEquivalencia && (country !== 'ES' || (company !== undefined && company.country !== 'ES'))) {
    throw new DomainError('data.customer.recargoOnlyEs')
  }
  return {
    ...v,
    taxId,
    language: v.language ?? defaultLanguage(country),
    terms: v.terms ?? company?.defaultTerms ?? { kind: 'net', days: 30 },
    paymentDays: checkPaymentDays(v.paymentDays),
  }
}

const CODE_RE = /^C(\d+)$/

/** The next free automatic code: C0001, C0002... (after the highest C-number in use). */
async function nextCustomerCode(ctx: Ctx): Promise<string> {
  const codes = (await ctx.db.customers.where('code').startsWith('C').keys()) as string[]
  let max = 0
  for (const code of codes) {
    const m = CODE_RE.exec(code)
    if (m) max = Math.max(max, Number(m[1]))
  }
  return `C${String(max + 1).padStart(4, '0')}`
}

async function assertCodeFree(ctx: Ctx, code: string, ownId: string | null): Promise<void> {
  const other = await ctx.db.customers.where('code').equals(code).first()
  if (other && other.id !== ownId) throw new DomainError('data.customer.codeTaken', { code })
}

/**
 * Terms, discounts, credit limit and collection profile are the owner's: a user without 'customers.terms' may create
 * a customer only with the defaults and edit everything else, never these.
 */
function requireTermsRight(ctx: Ctx, before: CustomerTermsFields, after: CustomerTermsFields): void {
  if (changedTermsFields(before, after).length > 0) requireRight(ctx, 'customers.terms')
}

export async function createCustomer(ctx: Ctx, input: CustomerInput): Promise<Customer> {
  requireRight(ctx, 'customers.write')
  const company = await ctx.db.company.get('company')
  const data = customerFromInput(input, company)
  requireTermsRight(ctx, defaultTermsFields(company?.defaultTerms ?? { kind: 'net', days: 30 }), data)
  return ctx.db.transaction('rw', ctx.db.customers, ctx.db.audit, async () => {
    const code = data.code || (await nextCustomerCode(ctx))
    await assertCodeFree(ctx, code, null)
    const at = nowIso(ctx)
    const base = { ...data, code, id: newId(), balance: 0, createdAt: at, updatedAt: at }
    const customer: Customer = { ...base, searchWords: customerWords(base) }
    await ctx.db.customers.add(customer)
    await writeAudit(ctx, 'customer', customer.id, 'create', null, customer)
    return customer
  })
}

/** Replaces the customer's data; the maintained balance, id and creation time stay. */
export async function updateCustomer(ctx: Ctx, id: string, input: CustomerInput): Promise<Customer> {
  requireRight(ctx, 'customers.write')
  const company = await ctx.db.company.get('company')
  const data = customerFromInput(input, company)
  return ctx.db.transaction('rw', [ctx.db.customers, ...customerSummaryTables(ctx.db), ctx.db.audit], async () => {
    const before = await ctx.db.customers.get(id)
    if (!before) throw new DomainError('data.customer.notFound')
    const code = data.code || before.code
    await assertCodeFree(ctx, code, id)
    // A form without the contractual rate field leaves the stored rate as it was.
    const kept = data.contractualRate === undefined && before.contractualRate !== undefined ? { contractualRate: before.contractualRate } : {}
    requireTermsRight(ctx, before, { ...data, ...kept })
    const base = { ...data, ...kept, code, id, balance: before.balance, createdAt: before.createdAt, updatedAt: nowIso(ctx) }
    const customer: Customer = { ...base, searchWords: customerWords(base) }
    await ctx.db.customers.put(customer)
    await noteCustomerChange(ctx.db, customer)
    await writeAudit(ctx, 'customer', id, 'update', before, customer)
    return customer
  })
}

export async function getCustomer(ctx: Ctx, id: string): Promise<Customer | undefined> {
  return ctx.db.customers.get(id)
}

export async function requireCustomer(ctx: Ctx, id: string): Promise<Customer> {
  const c = await ctx.db.customers.get(id)
  if (!c) throw new DomainError('data.customer.notFound')
  return c
}

/** Above this many index hits for the most selective word, results are read in name order instead. */
const SEARCH_KEY_LIMIT = 2000

/**
 * Customers whose search words start with every word of the query (code, names, tax id, city), by legal name.
 * Empty query: the first customers by legal name.
 */
export async function searchCustomers(ctx: Ctx, query: string, limit = 50): Promise<Customer[]> {
  const words = queryWords(query)
  if (words.length === 0) return ctx.db.customers.orderBy('[legalName+id]').limit(limit).toArray()
  const probe = words.reduce((a, b) => (b.length > a.length ? b : a))
  const matchesAll = (c: Customer) => words.every((w) => c.searchWords.some((sw) => sw.startsWith(w)))
  const keys = await ctx.db.customers.where('searchWords').startsWith(probe).limit(SEARCH_KEY_LIMIT + 1).primaryKeys()
  if (keys.length <= SEARCH_KEY_LIMIT) {
    const rows = await ctx.db.customers.bulkGet([...new Set(keys)])
    return rows
      .filter((c): c is Customer => c !== undefined && matchesAll(c))
      .sort((a, b) => a.legalName.localeCompare(b.legalName) || (a.id < b.id ? -1 : 1))
      .slice(0, limit)
  }
  // A very common prefix: walk the name index, the page fills quickly.
  return ctx.db.customers.orderBy('[legalName+id]').filter(matchesAll).limit(limit).toArray()
}

/** A page of customers by legal name (then id), after the last row of the previous page. */
export async function listCustomersPage(
  ctx: Ctx,
  opts: { afterName?: string; afterId?: string; limit: number },
): Promise<Customer[]> {
  if (opts.afterName === undefined) return ctx.db.customers.orderBy('[legalName+id]').limit(opts.limit).toArray()
  return ctx.db.customers
    .where('[legalName+id]')
    .above([opts.afterName, opts.afterId ?? '\uffff'])
    .limit(opts.limit)
    .toArray()
}

/** Sum of what is open on the customer's invoices due before `asOf`. */
export async function customerOverdue(ctx: Ctx, customerId: string, asOf: IsoDate): Promise<Cents> {
  const open = await ctx.db.invoices.where('[customerId+isOpen]').equals([customerId, 1]).toArray()
  return open.reduce((sum, inv) => (inv.dueDate < asOf ? sum + inv.openAmount : sum), 0)
}

/**
 * Sets the customer's balance, in its row and in its summary (customerSummaries.ts), in the caller's transaction,
 * which must include `customers` and `summaryBuckets` (every invoice or payment write has both). Every balance
 * change goes through here.
 */
export async function setCustomerBalance(db: CobroDb, customerId: string, balance: Cents): Promise<void> {
  await db.customers.update(customerId, { balance })
  await noteBalanceChange(db, customerId, balance)
}

/** The customers who owe the most (index `balance`), largest balance first. */
export async function topDebtors(ctx: Ctx, limit = 10): Promise<Customer[]> {
  return ctx.db.customers.where('balance').above(0).reverse().limit(limit).toArray()
}

export async function customerExposure(
  ctx: Ctx,
  customerId: string,
): Promise<{ balance: Cents; creditLimit: Cents | null; overLimit: boolean }> {
  const c = await requireCustomer(ctx, customerId)
  return { balance: c.balance, creditLimit: c.creditLimit, overLimit: c.creditLimit !== null && c.balance > c.creditLimit }
}
