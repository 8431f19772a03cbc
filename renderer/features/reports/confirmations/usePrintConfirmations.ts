import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { recordSent } from '../../../db/repos/reports/confirmations'
import type { BalanceConfirmationModel } from '../../../domain/reports/confirmation'
import type { Language } from '../../../domain/types'
import { cobro, hasBridge } from '../../../lib/bridge'
import { ctx } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useToasts } from '../../../stores/toasts'
import { useCompany } from '../../settings/hooks'

/** The file name of a saved document (the timeline keeps it). */
function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

/**
 * Prints balance confirmations as ONE PDF (documents folder, opened for printing; a batch renders off the main
 * event loop in main) and records each one as sent, with its timeline entry in the user's language.
 * Resolves to true when the PDF was saved.
 */
export function usePrintConfirmations() {
  const { t, i18n } = useTranslation('confirmations')
  const company = useCompany()
  const [busy, setBusy] = useState(false)

  async function print(models: BalanceConfirmationModel[]): Promise<boolean> {
    const toasts = useToasts.getState()
    const first = models[0]
    if (!first) {
      toasts.push('error', t('nothingSelected'))
      return false
    }
    if (!hasBridge()) {
      toasts.push('error', t('common:errors.bridgeUnavailable'))
      return false
    }
    if (!company) return false
    setBusy(true)
    try {
      const batchName = t('batchName', { date: first.asOf })
      const result = await cobro().saveBalanceConfirmationsPdf({ confirmations: models, company, mode: 'default', open: true, batchName })
      if (result.status !== 'saved') return false
      const documentName = fileNameOf(result.path)
      const language = (['es', 'ro', 'en'].includes(i18n.language) ? i18n.language : 'en') as Language
      const failed: string[] = []
      for (const model of models) {
        try {
          await recordSent(ctx, { model, documentName, language })
        } catch (err) {
          failed.push(`${model.customer.legalName}: ${errorMessage(t, err)}`)
        }
      }
      const recorded = models.length - failed.length
      if (models.length === 1) toasts.push('success', t('printedOne', { name: first.customer.legalName, file: documentName }))
      else if (recorded > 0) toasts.push('success', t('printed', { count: recorded, file: documentName }))
      if (failed.length > 0) toasts.push('error', t('someFailed', { list: failed.join(' · ') }))
      return true
    } catch (err) {
      toasts.push('error', errorMessage(t, err))
      return false
    } finally {
      setBusy(false)
    }
  }

  return { print, busy, ready: company !== undefined }
}
