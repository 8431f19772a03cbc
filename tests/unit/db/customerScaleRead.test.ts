/** Per-customer rows for many customers: one read of the table or one get per key, the same rows in the same order. */
import { describe, expect, it } from 'vitest'
import { rowsOfCustomers } from '../../../renderer/db/repos/customerScaleRead'
import { createCustomer } from '../../../renderer/db/repos/customers'
import { customerInput, esSetup } from './helpers'

describe('rowsOfCustomers', () => {
  it('returns the rows of the keys in their order, undefined for a missing one, whichever way it reads', async () => {
    const { ctx, customer } = await esSetup()
    const other = await createCustomer(ctx, customerInput({ legalName: 'Ferretería López, S.L.', taxId: 'B12345674' }))
    const keys = [other.id, 'missing', customer.id, other.id]
    const byGets = await rowsOfCustomers(ctx.db.customers, keys, (c) => c.id, 10)
    const byScan = await rowsOfCustomers(ctx.db.customers, keys, (c) => c.id, 1)
    expect(byGets.map((c) => c?.legalName)).toEqual(['Ferretería López, S.L.', undefined, customer.legalName, 'Ferretería López, S.L.'])
    expect(byScan).toEqual(byGets)
  })
})
