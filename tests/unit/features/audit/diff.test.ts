import { describe, expect, it } from 'vitest'
import { changedFields, entityLabel, entityLink } from '../../../../renderer/features/audit/diff'
import type { AuditEntry } from '../../../../renderer/domain/types'

const base: AuditEntry = { id: 7, at: '2026-11-23T10:00:00.000Z', user: 'ana', entity: 'customer', entityId: 'c1', action: 'update', before: null, after: null }

describe('changedFields', () => {
  it('lists only the changed fields, flattened, with money and rates flagged', () => {
    const before = { legalName: 'Súper García', terms: { kind: 'net', days: 30 }, creditLimit: 500000, lineDiscount: 0, searchWords: ['a'], updatedAt: 'x' }
    const after = { legalName: 'Súper García', terms: { kind: 'net', days: 60 }, creditLimit: 750000, lineDiscount: 250, contractualRate: null, searchWords: ['b'], updatedAt: 'y' }
    expect(changedFields({ before, after })).toEqual([
      { path: 'creditLimit', before: 500000, after: 750000, money: true, percent: false },
      { path: 'lineDiscount', before: 0, after: 250, money: false, percent: true },
      { path: 'terms.days', before: 30, after: 60, money: false, percent: false },
    ])
  })

  it('shows every field of a created record and compares arrays whole', () => {
    expect(changedFields({ before: null, after: { payment: { amount: 4000, method: 'cash' }, allocations: [{ amount: 4000 }] } }).map((c) => c.path)).toEqual([
      'allocations',
      'payment.amount',
      'payment.method',
    ])
  })
})

describe('entityLink / entityLabel', () => {
  it('links each record to its screen', () => {
    expect(entityLink(base)).toBe('/customers/c1')
    expect(entityLink({ ...base, entity: 'invoice', entityId: 'i1', after: { fullNumber: 'F2026-0007' } })).toBe('/invoices/i1')
    expect(entityLink({ ...base, entity: 'invoice', action: 'delete', entityId: 'i1' })).toBeUndefined()
    expect(entityLink({ ...base, entity: 'creditNote', entityId: 'n1' })).toBe('/credit-notes/n1')
    expect(entityLink({ ...base, entity: 'payment', entityId: 'p1', after: { payment: { customerId: 'c9' } } })).toBe('/customers/c9')
    expect(entityLink({ ...base, entity: 'allocation', entityId: 'a1', after: { invoiceId: 'i3' } })).toBe('/invoices/i3')
    expect(entityLink({ ...base, entity: 'series', entityId: 's1' })).toBeUndefined()
  })

  it('names the record by number, name or a short id', () => {
    expect(entityLabel({ ...base, entity: 'invoice', after: { fullNumber: 'F2026-0007' } })).toBe('F2026-0007')
    expect(entityLabel({ ...base, after: { legalName: 'Frutas Úbeda' } })).toBe('Frutas Úbeda')
    expect(entityLabel({ ...base, entityId: '0123456789abcdef' })).toBe('01234567')
  })
})
