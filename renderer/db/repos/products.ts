/** The product catalog: codes, prices, the VAT rate of the company's country, search. */
import { DomainError } from '../../domain/errors'
import { queryWords } from '../../domain/search'
import { isAllowedVatRate } from '../../domain/tax'
import type { CompanySettings, Product } from '../../domain/types'
import { newId, nowIso, type Ctx } from '../context'
import { productInputSchema, type ProductInput } from '../inputs'
import { productWords } from '../stored'
import { parseInput } from '../validate'
import { writeAudit } from './audit'
import { requireRight } from '../rights'

export type { ProductInput } from '../inputs'

type ProductData = Omit<Product, 'id' | 'searchWords' | 'createdAt' | 'updatedAt'>

export function productFromInput(input: ProductInput, company: CompanySettings | undefined): ProductData {
  const v = parseInput(productInputSchema, input)
  if (company && !isAllowedVatRate(company.country, v.vatRate)) {
    throw new DomainError('data.product.vatRateNotAllowed', { rate: v.vatRate, country: company.country })
  }
  return v
}

const CODE_RE = /^P(\d+)$/

async function nextProductCode(ctx: Ctx): Promise<string> {
  const codes = (await ctx.db.products.where('code').startsWith('P').keys()) as string[]
  let max = 0
  for (const code of codes) {
    const m = CODE_RE.exec(code)
    if (m) max = Math.max(max, Number(m[1]))
  }
  return `P${String(max + 1).padStart(4, '0')}`
}

async function assertCodeFree(ctx: Ctx, code: string, ownId: string | null): Promise<void> {
  const other = await ctx.db.products.where('code').equals(code).first()
  if (other && other.id !== ownId) throw new DomainError('data.product.codeTaken', { code })
}

export async function createProduct(ctx: Ctx, input: ProductInput): Promise<Product> {
  requireRight(ctx, 'products.write')
  const data = productFromInput(input, await ctx.db.company.get('company'))
  return ctx.db.transaction('rw', ctx.db.products, ctx.db.audit, async () => {
    const code = data.code || (await nextProductCode(ctx))
    await assertCodeFree(ctx, code, null)
    const at = nowIso(ctx)
    const base = { ...data, code, id: newId(), createdAt: at, updatedAt: at }
    const product: Product = { ...base, searchWords: productWords(base) }
    await ctx.db.products.add(product)
    await writeAudit(ctx, 'product', product.id, 'create', null, product)
    return product
  })
}

export async function updateProduct(ctx: Ctx, id: string, input: ProductInput): Promise<Product> {
  requireRight(ctx, 'products.write')
  const data = productFromInput(input, await ctx.db.company.get('company'))
  return ctx.db.transaction('rw', ctx.db.products, ctx.db.audit, async () => {
    const before = await ctx.db.products.get(id)
    if (!before) throw new DomainError('data.product.notFound')
    const code = data.code || before.code
    await assertCodeFree(ctx, code, id)
    const base = { ...data, code, id, createdAt: before.createdAt, updatedAt: nowIso(ctx) }
    const product: Product = { ...base, searchWords: productWords(base) }
    await ctx.db.products.put(product)
    await writeAudit(ctx, 'product', id, 'update', before, product)
    return product
  })
}

export async function getProduct(ctx: Ctx, id: string): Promise<Product | undefined> {
  return ctx.db.products.get(id)
}

/**
 * Products whose words start with every word of the query, by name; active ones unless `includeInactive`.
 * Empty query: the first products by name.
 */
export async function searchProducts(
  ctx: Ctx,
  query: string,
  limit = 50,
  opts: { includeInactive?: boolean } = {},
): Promise<Product[]> {
  const words = queryWords(query)
  const wanted = (p: Product) =>
    (opts.includeInactive || p.active) && words.every((w) => p.searchWords.some((sw) => sw.startsWith(w)))
  let rows: Product[]
  if (words.length === 0) {
    // `active` is a boolean, which IndexedDB cannot index: walk the code index and stop at `limit` matches.
    rows = await ctx.db.products.orderBy('code').filter(wanted).limit(limit).toArray()
  } else {
    const probe = words.reduce((a, b) => (b.length > a.length ? b : a))
    const keys = await ctx.db.products.where('searchWords').startsWith(probe).primaryKeys()
    rows = (await ctx.db.products.bulkGet([...new Set(keys)])).filter((p): p is Product => p !== undefined && wanted(p))
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name)).slice(0, limit)
}
