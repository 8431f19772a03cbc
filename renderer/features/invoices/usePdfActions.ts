import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SaveMode, SaveResult } from '../../../electron/contract/channels'
import { hasBridge } from '../../lib/bridge'
import { errorMessage } from '../../lib/errors'
import { useToasts } from '../../stores/toasts'

/**
 * Export (save dialog) and Print (default folder, opened in the system viewer) for a document; reports the
 * saved path in a toast. `save` calls the bridge method of the document kind.
 */
export function usePdfActions(save: (mode: SaveMode, open: boolean) => Promise<SaveResult>) {
  const { t } = useTranslation('invoices')
  const [busy, setBusy] = useState<'export' | 'print' | null>(null)

  async function run(kind: 'export' | 'print') {
    const toasts = useToasts.getState()
    if (!hasBridge()) {
      toasts.push('error', t('common:errors.bridgeUnavailable'))
      return
    }
    setBusy(kind)
    try {
      const result = kind === 'export' ? await save('ask', false) : await save('default', true)
      if (result.status === 'saved') {
        toasts.push('success', kind === 'export' ? t('pdf.saved', { path: result.path }) : t('pdf.sentToPrint', { path: result.path }))
      }
    } catch (err) {
      toasts.push('error', errorMessage(t, err))
    } finally {
      setBusy(null)
    }
  }

  return { busy, exportPdf: () => void run('export'), printPdf: () => void run('print') }
}

