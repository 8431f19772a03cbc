import { useCallback, useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { listAudit, verifyAudit, type AuditFilter } from '../../db/repos/auditLog'
import type { ChainResult } from '../../domain/audit/chain'
import type { AuditEntry } from '../../domain/types'
import { ctx } from '../../lib/ctx'

const PAGE_SIZE = 50

/** The entity types the filter offers (every audited table). */
export const AUDIT_ENTITIES: ReadonlyArray<AuditEntry['entity']> = [
  'customer', 'invoice', 'payment', 'allocation', 'creditNote', 'interaction', 'company', 'product', 'series',
  'collectionProfile', 'letterTemplate', 'interestRate', 'collectionSettings', 'stepRecord', 'dispute', 'snooze',
  'balanceConfirmation', 'bankImport', 'bankLine', 'payerAccount', 'bankMapping',
  'user', 'session', 'override', 'backup',
]

/** Audit entries matching `filter`, newest first, one key page more on each loadMore. */
export function useAuditPages(filter: AuditFilter) {
  const [state, setState] = useState({ key: '', pages: 1 })
  const key = JSON.stringify(filter)
  const pages = state.key === key ? state.pages : 1
  const stable = useMemo(() => JSON.parse(key) as AuditFilter, [key])
  const result = useLiveQuery(async () => {
    const rows: AuditEntry[] = []
    let beforeId: number | null = null
    let complete = true
    for (let i = 0; i < pages; i++) {
      const page = await listAudit(ctx, stable, beforeId, PAGE_SIZE)
      rows.push(...page.rows)
      beforeId = page.nextBeforeId
      complete = beforeId === null
      if (complete) break
    }
    return { key, rows, complete }
  }, [stable, key, pages])
  const current = result && result.key === key ? result : undefined
  const loadMore = useCallback(() => setState({ key, pages: pages + 1 }), [key, pages])
  return { rows: current?.rows, complete: current?.complete ?? true, loadMore }
}

/** Runs the chain check on demand. */
export function useVerifyAudit() {
  const [result, setResult] = useState<ChainResult | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const run = useCallback(async () => {
    setBusy(true)
    setError(null)
    try {
      setResult(await verifyAudit(ctx))
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }, [])
  return { result, busy, error, run }
}
