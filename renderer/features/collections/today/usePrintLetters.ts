import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { recordLetterSent } from '../../../db/repos/collections/steps'
import type { WorkQueueItem } from '../../../domain/collections/queue'
import type { DeliveryMethod, LetterModel } from '../../../domain/collections/types'
import { cobro, hasBridge } from '../../../lib/bridge'
import { ctx } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useToasts } from '../../../stores/toasts'
import { stepName } from '../explain'
import { fileNameOf, letterModelFor, letterModelsFor, letterSentInput } from './letterFor'

/** What is waiting for the user's confirmation before printing. */
export interface PendingPrint {
  items: WorkQueueItem[]
  demands: number
}

const isDemand = (item: WorkQueueItem) => item.letters[0]?.step.kind === 'demand'
const isEmail = (item: WorkQueueItem) => item.letters[0]?.step.channel === 'email'

/**
 * Print one letter or every letter due today: build each LetterModel, have main save the PDF (default folder,
 * opened for printing), then record each letter as sent (StepRecords + timeline entry with the document name).
 * Before printing, a confirmation is asked when the bank import is stale or a formal demand is included.
 */
export function usePrintLetters(today: string, needsBankConfirm: boolean) {
  const { t } = useTranslation('collections')
  const [pending, setPending] = useState<PendingPrint | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const toasts = useToasts.getState()

  const timelineText = (item: WorkQueueItem) => {
    const step = item.letters[0]?.step
    return step ? t('print.timelineText', { step: stepName(t, step), count: item.letters[0]?.invoiceIds.length ?? 0 }) : ''
  }
  const methodFor = (item: WorkQueueItem, demandMethod: DeliveryMethod): DeliveryMethod =>
    isEmail(item) ? 'email' : isDemand(item) ? demandMethod : 'print'

  async function printOne(item: WorkQueueItem, demandMethod: DeliveryMethod) {
    setBusy(item.customerId)
    try {
      const letter = await letterModelFor(ctx, item, today)
      let documentName = ''
      if (isEmail(item)) {
        await navigator.clipboard.writeText([letter.subject, ...letter.paragraphs].join('\n\n'))
      } else {
        const result = await cobro().saveLetterPdf({ letter, mode: 'default', open: true })
        if (result.status !== 'saved') return
        documentName = fileNameOf(result.path)
      }
      await recordLetterSent(ctx, letterSentInput(item, today, documentName, methodFor(item, demandMethod), timelineText(item)))
      toasts.push('success', isEmail(item) ? t('print.emailCopied', { name: item.customerName }) : t('print.printed', { name: item.customerName, file: documentName }))
    } catch (err) {
      toasts.push('error', errorMessage(t, err))
    } finally {
      setBusy(null)
    }
  }

  async function printAll(items: WorkQueueItem[], demandMethod: DeliveryMethod) {
    setBusy('all')
    try {
      const built: Array<{ item: WorkQueueItem; letter: LetterModel }> = []
      const failed: string[] = []
      for (const b of await letterModelsFor(ctx, items, today)) {
        if ('letter' in b) built.push(b)
        else failed.push(`${b.item.customerName}: ${errorMessage(t, b.error)}`)
      }
      if (built.length === 0) {
        if (failed.length > 0) toasts.push('error', failed.join(' · '))
        return
      }
      const result = await cobro().saveLettersBatchPdf({ letters: built.map((b) => b.letter), mode: 'default', open: true, batchName: t('print.batchName', { date: today }) })
      if (result.status !== 'saved') return
      const documentName = fileNameOf(result.path)
      let recorded = 0
      for (const { item } of built) {
        try {
          await recordLetterSent(ctx, letterSentInput(item, today, documentName, methodFor(item, demandMethod), timelineText(item)))
          recorded++
        } catch (err) {
          failed.push(`${item.customerName}: ${errorMessage(t, err)}`)
        }
      }
      toasts.push('success', t('print.batchPrinted', { count: recorded, file: documentName }))
      if (failed.length > 0) toasts.push('error', t('print.someFailed', { list: failed.join(' · ') }))
    } catch (err) {
      toasts.push('error', errorMessage(t, err))
    } finally {
      setBusy(null)
    }
  }

  function run(items: WorkQueueItem[], demandMethod: DeliveryMethod) {
    setPending(null)
    if (items.length === 1 && items[0]) void printOne(items[0], demandMethod)
    else void printAll(items, demandMethod)
  }

  /** Starts printing `items` (one customer or the whole day), asking first when needed. */
  function request(items: WorkQueueItem[]) {
    if (items.length === 0) return
    const printable = items.filter((i) => !isEmail(i))
    if (printable.length > 0 && !hasBridge()) {
      toasts.push('error', t('common:errors.bridgeUnavailable'))
      return
    }
    const demands = items.filter(isDemand).length
    if (needsBankConfirm || demands > 0) setPending({ items, demands })
    else run(items, 'burofax')
  }

  return {
    pending,
    busy,
    request,
    confirm: (method: DeliveryMethod) => pending && run(pending.items, method),
    cancel: () => setPending(null),
  }
}
