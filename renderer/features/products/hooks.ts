import { useLiveQuery } from 'dexie-react-hooks'
import { searchProducts } from '../../db/repos/products'
import { ctx } from '../../lib/ctx'

/** The catalog (inactive products too), by name; prefix search through the index when a query is given. */
export function useProductList(query: string, limit: number) {
  return useLiveQuery(() => searchProducts(ctx, query.trim(), limit, { includeInactive: true }), [query, limit])
}
