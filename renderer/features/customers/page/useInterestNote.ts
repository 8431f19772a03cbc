/**
 * Prints a customer's interest note (late-payment interest and compensation still owed, also on invoices paid late):
 * builds the LetterModel from interestNoteInputs, has main save the PDF (default folder, opened for printing), then
 * records it on the timeline. Errors go to a toast.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { interestNoteInputs, recordInterestNote } from '../../../db/repos/collections/interestNotes'
import { buildInterestNoteModel, INTEREST_NOTE_TEMPLATE_KEY } from '../../../domain/collections/interestNote'
import { DomainError } from '../../../domain/errors'
import { cobro, hasBridge } from '../../../lib/bridge'
import { ctx } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'
import { fileNameOf } from '../../collections/today/letterFor'

export function useInterestNote(customerId: string, today: string) {
  const { t } = useTranslation('customers')
  const fmt = useFormat()
  const [busy, setBusy] = useState(false)

  async function print() {
    const toasts = useToasts.getState()
    if (!hasBridge()) {
      toasts.push('error', t('common:errors.bridgeUnavailable'))
      return
    }
    setBusy(true)
    try {
      const inputs = await interestNoteInputs(ctx, customerId, today)
      const template = inputs.templates[INTEREST_NOTE_TEMPLATE_KEY]
      if (!template) throw new DomainError('collections:errors.templateMissing', { key: INTEREST_NOTE_TEMPLATE_KEY, language: inputs.language })
      const letter = buildInterestNoteModel({ ...inputs, template })
      const result = await cobro().saveLetterPdf({ letter, mode: 'default', open: true })
      if (result.status !== 'saved') return
      const documentName = fileNameOf(result.path)
      const money = (c: number) => fmt.money(c, letter.currency)
      await recordInterestNote(ctx, {
        customerId,
        invoiceIds: letter.invoices.map((r) => r.invoiceId),
        documentName,
        today,
        interest: letter.interest,
        compensation: letter.compensation,
        text: t('interest.noteTimeline', { interest: money(letter.interest), compensation: money(letter.compensation), total: money(letter.totalClaimed) }),
      })
      toasts.push('success', t('interest.notePrinted', { file: documentName }))
    } catch (err) {
      toasts.push('error', errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  return { busy, print }
}
