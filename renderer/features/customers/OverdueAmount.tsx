import { useFormat } from '../../lib/format'
import { useCustomerOverdue } from './hooks'

const PENDING = '…'
const NONE = '—'

/** A customer's overdue amount as of today (one indexed query per rendered row). */
export function OverdueAmount({ customerId }: { customerId: string }) {
  const fmt = useFormat()
  const overdue = useCustomerOverdue(customerId)
  if (overdue === undefined) return <span className="muted">{PENDING}</span>
  return overdue > 0 ? <span className="amount-bad">{fmt.money(overdue)}</span> : <span className="muted">{NONE}</span>
}
