import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { Button } from '../../../components/Button'
import { Dialog } from '../../../components/Dialog'
import { Field } from '../../../components/Field'
import { issueCreditNote } from '../../../db/repos/creditNotes'
import { isValidIsoDate } from '../../../domain/dates'
import { creditNoteProblems } from '../../../domain/invoiceRules'
import { computeTotals, zeroTotals } from '../../../domain/tax'
import type { Invoice, InvoiceLine, InvoiceTotals } from '../../../domain/types'
import { today } from '../../../lib/ctx'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'
import { withOwnerOverride } from '../../users/override'
import { inputFormatters, parseQuantity } from '../editor/editorForm'
import { IssueProblems, problemsOfError, type Problem } from '../editor/IssueProblems'

interface CreditValues {
  whole: boolean
  reason: string
  issueDate: string
  quantities: string[]
}

function creditSchema(invoice: Invoice, locale: string) {
  return z
    .object({
      whole: z.boolean(),
      reason: z.string().trim().min(1, 'creditNote.reasonRequired').max(500, 'validation.tooLong'),
      issueDate: z.string().refine(isValidIsoDate, 'validation.date'),
      quantities: z.array(z.string()),
    })
    .superRefine((v, zc) => {
      if (v.whole) return
      v.quantities.forEach((q, i) => {
        const n = q.trim() ? parseQuantity(q, locale) : 0
        const max = invoice.lines[i]?.quantity ?? 0
        if (n === null || n < 0 || n > max) zc.addIssue({ code: 'custom', path: ['quantities', i], message: 'creditNote.quantityRange' })
      })
    })
}

/** The lines credited: each invoice line with the quantity chosen (lines left at 0 are skipped). */
function chosenLines(invoice: Invoice, v: CreditValues, locale: string): InvoiceLine[] {
  if (v.whole) return invoice.lines
  return invoice.lines.flatMap((l, i) => {
    const q = parseQuantity(v.quantities[i] ?? '', locale)
    return q && q > 0 && q <= l.quantity ? [{ ...l, quantity: q }] : []
  })
}

function safeTotals(lines: InvoiceLine[], recargo: boolean): InvoiceTotals {
  try {
    return computeTotals(lines, { recargoEquivalencia: recargo })
  } catch {
    return zeroTotals()
  }
}

/** Credit note for an issued invoice: the whole invoice or chosen quantities, a reason and an issue date. */
export function CreditNoteDialog({ invoice, open, onClose }: { invoice: Invoice; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('invoices')
  const fmt = useFormat()
  const navigate = useNavigate()
  const inputs = inputFormatters(fmt.locale)
  const [problems, setProblems] = useState<Problem[]>([])
  const form = useForm<CreditValues>({
    resolver: zodResolver(creditSchema(invoice, fmt.locale)),
    defaultValues: { whole: invoice.creditedAmount === 0, reason: '', issueDate: today(), quantities: invoice.lines.map(() => '') },
  })
  const values = useWatch({ control: form.control }) as CreditValues
  const lines = chosenLines(invoice, { ...values, quantities: values.quantities ?? [] }, fmt.locale)
  const totals = safeTotals(lines, invoice.recargoEquivalencia)
  const creditable = invoice.totals.total - invoice.creditedAmount
  const errors = form.formState.errors

  const submit = form.handleSubmit(async (v) => {
    setProblems([])
    const chosen = chosenLines(invoice, v, fmt.locale)
    const found = creditNoteProblems(invoice, chosen, v.reason, invoice.creditedAmount)
    if (found.length > 0) {
      setProblems(found)
      return
    }
    try {
      const note = await withOwnerOverride((c) =>
        issueCreditNote(
          c,
          v.whole
            ? { invoiceId: invoice.id, issueDate: v.issueDate, reason: v.reason.trim(), whole: true }
            : { invoiceId: invoice.id, issueDate: v.issueDate, reason: v.reason.trim(), lines: chosen },
        ),
      )
      if (!note) return
      useToasts.getState().push('success', t('creditNote.issued', { number: note.fullNumber }))
      onClose()
      void navigate(`/credit-notes/${note.id}`)
    } catch (err) {
      setProblems(problemsOfError(err))
    }
  })

  return (
    <Dialog
      open={open}
      onClose={onClose}
      wide
      title={t('creditNote.title', { number: invoice.fullNumber })}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button variant="primary" type="submit" form="credit-note-form" data-testid="creditnote-submit" busy={form.formState.isSubmitting}>
            {t('creditNote.submit', { amount: fmt.money(totals.total, invoice.currency) })}
          </Button>
        </>
      }
    >
      <form id="credit-note-form" className="form-section" onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">{t('creditNote.creditable', { amount: fmt.money(creditable, invoice.currency) })}</p>
        <label className="check">
          <input type="checkbox" data-testid="creditnote-whole" {...form.register('whole')} />
          {t('creditNote.whole')}
        </label>
        {!values.whole ? (
          <table className="table credit-lines">
            <thead>
              <tr>
                <th>{t('lines.description')}</th>
                <th className="num">{t('creditNote.invoiced')}</th>
                <th className="num">{t('creditNote.toCredit')}</th>
                <th className="num">{t('lines.unitPrice')}</th>
              </tr>
            </thead>
            <tbody>
              {invoice.lines.map((l, i) => (
                <tr key={i}>
                  <td>
                    <span className="muted">{l.code}</span> {l.description}
                  </td>
                  <td className="num">
                    {inputs.quantity(l.quantity)} {l.unit}
                  </td>
                  <td className="num">
                    <input
                      className="num credit-qty"
                      inputMode="decimal"
                      placeholder="0"
                      aria-label={t('creditNote.toCreditLine', { line: i + 1 })}
                      aria-invalid={errors.quantities?.[i] ? true : undefined}
                      title={errors.quantities?.[i]?.message ? t(errors.quantities[i].message) : undefined}
                      data-testid={`creditnote-line-${i}-quantity`}
                      {...form.register(`quantities.${i}`)}
                    />
                  </td>
                  <td className="num">{fmt.money(l.unitPrice, invoice.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <div className="grid-2">
          <Field label={t('creditNote.reason')} error={errors.reason?.message ? t(errors.reason.message) : undefined}>
            <input data-testid="creditnote-reason" autoFocus placeholder={t('creditNote.reasonPlaceholder')} {...form.register('reason')} />
          </Field>
          <Field label={t('creditNote.issueDate')} error={errors.issueDate?.message ? t(errors.issueDate.message) : undefined}>
            <input type="date" data-testid="creditnote-date" {...form.register('issueDate')} />
          </Field>
        </div>
        <div className="credit-total">
          {t('creditNote.total')}: <strong data-testid="creditnote-total">{fmt.money(totals.total, invoice.currency)}</strong>
        </div>
        {problems.length > 0 ? <IssueProblems problems={problems} title={t('creditNote.problemsTitle')} testId="creditnote-problems" /> : null}
      </form>
    </Dialog>
  )
}
