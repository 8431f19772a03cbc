/**
 * Who may do what. Three roles on the one PC:
 *  - owner: everything;
 *  - clerk: customers, invoices, payments, calls and letters; cannot delete (payments, customers...), cannot issue
 *    credit notes or write-offs, cannot change credit limits, terms or collection profiles, no settings, no users,
 *    no restore;
 *  - accountant: reads and exports; writes nothing.
 * Repositories call requireRight (renderer/db/rights.ts) before they write, so hiding a button is never the only
 * guard. An owner override (password + reason, logged) lets a clerk do one refused thing once.
 */
export const ROLES = ['owner', 'clerk', 'accountant'] as const
export type Role = (typeof ROLES)[number]

export const RIGHTS = [
  /** Create a customer and change its contact data. */
  'customers.write',
  /** Payment terms, discounts, credit limit, collection profile, contractual rate, archiving. */
  'customers.terms',
  /** Drafts and issuing invoices. */
  'invoices.write',
  /** Issue an invoice to a customer over its credit limit (the credit hold). */
  'invoices.overLimit',
  /**
   * Cancel (annul) an issued invoice nobody has paid or credited: it leaves the receivables and, in Spain, a
   * VERI*FACTU cancellation record is chained. The owner's alone (no override): it undoes a sale.
   */
  'invoices.cancel',
  /** Record and allocate payments (also from bank matching). */
  'payments.write',
  /** Delete (reverse) a recorded payment. */
  'payments.delete',
  'creditNotes.issue',
  /** Close a shortfall without money (bank charges). */
  'writeOffs',
  /** Calls, visits, promises, disputes, letters, snoozes, balance confirmations. */
  'interactions.write',
  'products.write',
  /** Import bank statements, ignore lines, save column mappings. */
  'bank.import',
  /** Company data, series, collection profiles, templates, interest rates, collection settings. */
  'settings.write',
  'users.manage',
  'backup.restore',
  /** Load the demo company or wipe the database. */
  'data.replace',
] as const
export type Right = (typeof RIGHTS)[number]

const CLERK: ReadonlySet<Right> = new Set<Right>([
  'customers.write',
  'invoices.write',
  'payments.write',
  'interactions.write',
  'products.write',
  'bank.import',
])

/** Whether a role holds a right (without any override). */
export function can(role: Role, right: Right): boolean {
  if (role === 'owner') return true
  if (role === 'clerk') return CLERK.has(right)
  return false
}

/** Rights an owner override may grant to a clerk for one action (never to an accountant, never users or restore). */
const OVERRIDABLE: ReadonlySet<Right> = new Set<Right>([
  'invoices.overLimit',
  'customers.terms',
  'payments.delete',
  'creditNotes.issue',
  'writeOffs',
])

export function overridable(role: Role, right: Right): boolean {
  return role === 'clerk' && OVERRIDABLE.has(right)
}

export function isRole(x: unknown): x is Role {
  return typeof x === 'string' && (ROLES as readonly string[]).includes(x)
}
