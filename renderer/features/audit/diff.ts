/**
 * What an audit entry changed, field by field: nested objects are flattened to dotted paths (terms.days,
 * address.city), arrays compared whole; bookkeeping fields (search words, update time) are left out.
 */
import type { AuditEntry } from '../../domain/types'

export interface FieldChange {
  path: string
  before: unknown
  after: unknown
  /** The last segment names an amount in cents (formatted as money on screen). */
  money: boolean
  /** The last segment names a rate in basis points (formatted as a percentage on screen). */
  percent: boolean
}

const IGNORED = new Set(['searchWords', 'updatedAt'])
const MONEY_KEYS = new Set([
  'amount', 'balance', 'creditLimit', 'unitPrice', 'base', 'vat', 'recargo', 'total', 'paidAmount', 'discountTaken',
  'creditedAmount', 'openAmount', 'unallocated', 'discount', 'promiseAmount', 'totalAmount', 'writeOff', 'charges',
])

const PERCENT_KEYS = new Set(['lineDiscount', 'contractualRate', 'percent', 'vatRate', 'rate'])

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (!isPlainObject(value)) {
    if (prefix) out.set(prefix, value)
    return
  }
  for (const [k, v] of Object.entries(value)) {
    if (IGNORED.has(k) || v === undefined) continue
    flatten(v, prefix ? `${prefix}.${k}` : k, out)
  }
}

/** Absent and null are the same "no value" (a form may store null where an older row had no member). */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

/** The fields that differ between `before` and `after`, in a stable (alphabetical) order. */
export function changedFields(entry: Pick<AuditEntry, 'before' | 'after'>): FieldChange[] {
  const before = new Map<string, unknown>()
  const after = new Map<string, unknown>()
  flatten(entry.before, '', before)
  flatten(entry.after, '', after)
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort()
  return paths
    .filter((p) => !same(before.get(p), after.get(p)))
    .map((path) => {
      const last = path.slice(path.lastIndexOf('.') + 1)
      return { path, before: before.get(path), after: after.get(path), money: MONEY_KEYS.has(last), percent: PERCENT_KEYS.has(last) }
    })
}

function field(obj: unknown, ...path: string[]): string | undefined {
  let v: unknown = obj
  for (const k of path) v = isPlainObject(v) ? v[k] : undefined
  return typeof v === 'string' && v ? v : undefined
}

/** Where the entry's record can be opened in the app, if anywhere. */
export function entityLink(e: AuditEntry): string | undefined {
  const rec = e.after ?? e.before
  switch (e.entity) {
    case 'customer':
      return e.action === 'delete' ? undefined : `/customers/${e.entityId}`
    case 'invoice':
      return e.action === 'delete' ? undefined : `/invoices/${e.entityId}`
    case 'creditNote':
      return `/credit-notes/${e.entityId}`
    case 'allocation': {
      const invoiceId = field(rec, 'invoiceId')
      return invoiceId ? `/invoices/${invoiceId}` : undefined
    }
    case 'payment': {
      const customerId = field(rec, 'payment', 'customerId') ?? field(rec, 'customerId')
      return customerId ? `/customers/${customerId}` : '/payments'
    }
    case 'interaction':
    case 'dispute':
    case 'snooze':
    case 'balanceConfirmation': {
      const customerId = field(rec, 'customerId')
      return customerId ? `/customers/${customerId}` : undefined
    }
    default:
      return undefined
  }
}

/** A short human label of the record (number, name, code) when the entry carries one. */
export function entityLabel(e: AuditEntry): string {
  const rec = e.after ?? e.before
  return (
    field(rec, 'fullNumber') ??
    field(rec, 'payment', 'reference') ??
    field(rec, 'legalName') ??
    field(rec, 'company', 'legalName') ??
    field(rec, 'name') ??
    field(rec, 'grantedBy') ??
    field(rec, 'code') ??
    e.entityId.slice(0, 8)
  )
}
