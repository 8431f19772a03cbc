import { useCallback, useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { checkAuditHead, lastRestoreAt, listAudit, verifyAudit, type AuditFilter, type HeadCheck } from '../../db/repos/auditLog'
import { cobro } from '../../lib/bridge'
import type { ChainResult } from '../../domain/audit/chain'
import type { AuditEntry } from '../../domain/types'
import { ctx } from '../../lib/ctx'

const PAGE_SIZE = 50

/** The entity types the filter offers (every audited table). */
export const AUDIT_ENTITIES: ReadonlyArray<AuditEntry['entity']> = [
  'customer', 'invoice', 'payment', 'allocation', 'creditNote', 'interaction', 'company', 'product', 'series',
  'collectionProfile', 'letterTemplate', 'interestRate', 'collectionSettings', 'stepRecord', 'dispute', 'snooze',
  'balanceConfirmation', 'bankImport', 'bankLine', 'payerAccount', 'bankMapping',
  'user', 'session', 'override', 'backup', 'einvoiceReport',
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
  const [head, setHead] = useState<HeadCheck | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const run = useCallback(async () => {
    setBusy(true)
    setError(null)
    setHead(null)
    try {
      const chain = await verifyAudit(ctx)
      setResult(chain)
      if (chain.ok) setHead(await checkAgainstNewestBackup())
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }, [])
  return { result, head, busy, error, run }
}

/**
 * The chain cannot show that its newest entries were deleted: the newest backup taken since the last restore
 * remembers the head of the log, and that entry must still be there, unchanged. Null when there is no such backup.
 */
async function checkAgainstNewestBackup(): Promise<HeadCheck | null> {
  const since = await lastRestoreAt(ctx)
  const { entries } = await cobro().listBackups()
  const newest = entries.find((e) => e.header?.auditHead && e.header.createdAt > since)
  const header = newest?.header
  if (!header?.auditHead) return null
  return checkAuditHead(ctx, header.auditHead, header.createdAt)
}
