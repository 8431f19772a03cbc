import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportKind } from '../../../../electron/contract/exports'
import type { ExportSource } from '../../../db/repos/reports/exports'
import { hasBridge } from '../../../lib/bridge'
import { errorMessage } from '../../../lib/errors'
import { useToasts } from '../../../stores/toasts'
import type { ExportRequestBase } from './exportTexts'
import { runExport, type ExportProgress } from './runExport'

export type ExportPhase = 'idle' | 'reading' | 'writing'

export interface ExportRunnerState {
  phase: ExportPhase
  progress: ExportProgress | null
  /** Translated message of the last failure (cleared by the next run). */
  error: string | null
  /** The last file written and its data rows. */
  saved: { path: string; rows: number } | null
}

/** What to export, read when the person asks (may take a moment: the phase is 'reading' meanwhile). */
export type PrepareExport<K extends ExportKind> = () => Promise<{ source: ExportSource<K>; request: ExportRequestBase } | null>

/**
 * Runs exports from a screen: reads the data, streams it to main with progress, and says how it went (a toast with
 * the saved file; nothing for a cancelled save dialog; an info toast when there is nothing to export; the error,
 * translated, in `state.error` and as a toast).
 */
export function useExportRunner() {
  const { t } = useTranslation('exports')
  const [state, setState] = useState<ExportRunnerState>({ phase: 'idle', progress: null, error: null, saved: null })
  const controller = useRef<AbortController | null>(null)

  const run = useCallback(
    async <K extends ExportKind>(prepare: PrepareExport<K>, opts: { open?: boolean } = {}): Promise<void> => {
      const toasts = useToasts.getState()
      if (!hasBridge()) {
        toasts.push('error', t('common:errors.bridgeUnavailable'))
        return
      }
      const abort = new AbortController()
      controller.current = abort
      setState({ phase: 'reading', progress: null, error: null, saved: null })
      try {
        const prepared = await prepare()
        if (!prepared) return
        if (prepared.source.total === 0) {
          toasts.push('info', t('result.empty'))
          return
        }
        const result = await runExport({
          request: prepared.request,
          source: prepared.source,
          open: opts.open ?? false,
          signal: abort.signal,
          onProgress: (progress) => setState((s) => ({ ...s, phase: 'writing', progress })),
        })
        if (result.status === 'saved') {
          setState((s) => ({ ...s, saved: { path: result.path, rows: result.rows } }))
          toasts.push('success', t('result.saved', { count: result.rows, path: result.path }))
        } else if (abort.signal.aborted) {
          toasts.push('info', t('result.cancelled'))
        }
      } catch (err) {
        const message = errorMessage(t, err)
        setState((s) => ({ ...s, error: message }))
        toasts.push('error', message)
      } finally {
        controller.current = null
        setState((s) => ({ ...s, phase: 'idle', progress: null }))
      }
    },
    [t],
  )

  const cancel = useCallback(() => controller.current?.abort(), [])

  return { state, run, cancel }
}
