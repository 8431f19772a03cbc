import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from './errors'

/**
 * The state of one button's action: `busy` while it runs, its failure as a translated sentence. `run(fn)` clears
 * the previous error, runs `fn`, and keeps what it threw as the message (nothing else is lost: dialogs stay open).
 */
export function useAction(ns: string) {
  const { t } = useTranslation(ns)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(
    async (fn: () => Promise<void>) => {
      setBusy(true)
      setError(null)
      try {
        await fn()
      } catch (err) {
        setError(errorMessage(t, err))
      } finally {
        setBusy(false)
      }
    },
    [t],
  )
  return { busy, error, setError, run }
}
