import { useMemo, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { Alert, EmptyState } from '../../components/Alert'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Field } from '../../components/Field'
import { recordPayment } from '../../db/repos/payments'
import { allocatedTotal, validateAllocations } from '../../domain/allocation'
import { parseMoney } from '../../domain/money'
import type { Customer } from '../../domain/types'
import { ctx, today } from '../../lib/ctx'
import { useFormat } from '../../lib/format'
import { useToasts } from '../../stores/toasts'
import { CustomerPicker } from '../invoices/components/CustomerPicker'
import { IssueProblems, problemsOfError, type Problem } from '../invoices/editor/IssueProblems'
import { inputFormatters } from '../invoices/editor/editorForm'
import { AllocationTable } from './AllocationTable'
import { useOpenInvoices } from './hooks'
import { linesOf, METHODS, openItemOf, paymentSchema, proposeAllocation, rowsOf, type AllocationRow, type AllocationRows, type PaymentValues } from './paymentForm'

export interface PaymentFormProps {
  initialCustomer: Customer | null
  initialValues: PaymentValues
  /** The invoice the user came from: allocated first. */
  preferredInvoice: string | null
}

/** Record a payment: who paid, when, how much and how; then which invoices it settles. */
export function PaymentForm({ initialCustomer, initialValues, preferredInvoice }: PaymentFormProps) {
  const { t } = useTranslation('payments')
  const fmt = useFormat()
  const navigate = useNavigate()
  const inputs = useMemo(() => inputFormatters(fmt.locale), [fmt.locale])
  const form = useForm<PaymentValues>({ resolver: zodResolver(paymentSchema(fmt.locale)), defaultValues: initialValues })
  const [customer, setCustomer] = useState<Customer | null>(initialCustomer)
  const [problems, setProblems] = useState<Problem[]>([])
  const invoices = useOpenInvoices(customer?.id)
  const amountText = useWatch({ control: form.control, name: 'amount' })
  const date = useWatch({ control: form.control, name: 'date' })
  const amount = parseMoney(amountText.trim(), fmt.locale) ?? 0
  const items = useMemo(() => (invoices ?? []).map((inv) => openItemOf(inv, date)), [invoices, date])

  // The proposal is redone when the customer, the amount, the date or the open invoices change; edits by hand
  // last until then.
  const proposalKey = `${customer?.id}|${amount}|${date}|${items.map((i) => `${i.invoiceId}:${i.openAmount}:${i.discountAvailable}`).join(',')}`
  const [rowsState, setRowsState] = useState<{ key: string; rows: AllocationRows }>({ key: '', rows: {} })
  let rows = rowsState.rows
  if (invoices && rowsState.key !== proposalKey) {
    rows = rowsOf(proposeAllocation(amount, items, preferredInvoice), items, inputs.money)
    setRowsState({ key: proposalKey, rows })
  }
  const { lines, invalid } = linesOf(rows, items, fmt.locale)
  const allocated = allocatedTotal(lines)
  const discounts = lines.reduce((s, l) => s + l.discount, 0)
  const unallocated = amount - allocated

  function setRow(invoiceId: string, row: AllocationRow) {
    setRowsState((s) => ({ ...s, rows: { ...s.rows, [invoiceId]: row } }))
  }

  function chooseCustomer(c: Customer) {
    setCustomer(c)
    setProblems([])
    form.setValue('customerId', c.id, { shouldValidate: form.formState.isSubmitted })
    setTimeout(() => form.setFocus('amount'), 0)
  }

  const submit = form.handleSubmit(async (v) => {
    setProblems([])
    const paid = parseMoney(v.amount.trim(), fmt.locale) ?? 0
    if (invalid.length > 0) {
      setProblems([{ code: 'payments:validation.allocationAmounts' }])
      return
    }
    const found = validateAllocations(paid, lines, items)
    if (found.length > 0) {
      setProblems(found.map((e) => ({ code: e.code, params: e.params })))
      return
    }
    try {
      await recordPayment(ctx, {
        customerId: v.customerId,
        date: v.date,
        amount: paid,
        method: v.method,
        reference: v.reference.trim(),
        notes: v.notes.trim(),
        allocations: lines,
      })
      useToasts.getState().push('success', t('form.saved', { amount: fmt.money(paid), customer: customer?.legalName ?? '' }))
      void navigate(`/customers/${v.customerId}`)
    } catch (err) {
      setProblems(problemsOfError(err))
    }
  })

  const e = form.formState.errors
  const msg = (m: string | undefined) => (m ? t(m) : undefined)
  return (
    <form className="payment-form" onSubmit={(ev) => void submit(ev)} noValidate>
      <Card title={t('form.paymentCard')}>
        <div className="form-grid payment-grid">
          <Field label={t('form.customer')} error={msg(e.customerId?.message)} className="inv-span-2">
            <CustomerPicker value={customer} onChange={chooseCustomer} testId="payment-customer" autoFocus={!customer} />
          </Field>
          <Field label={t('form.date')} error={msg(e.date?.message)}>
            <input type="date" data-testid="payment-date" {...form.register('date')} />
          </Field>
          <Field label={t('form.amount')} error={msg(e.amount?.message)}>
            <input className="num amount-input" inputMode="decimal" autoFocus={Boolean(customer)} data-testid="payment-amount" {...form.register('amount')} />
          </Field>
          <Field label={t('form.method')}>
            <select data-testid="payment-method" {...form.register('method')}>
              {METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`common:paymentMethods.${m}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('form.reference')} error={msg(e.reference?.message)}>
            <input data-testid="payment-reference" placeholder={t('form.referencePlaceholder')} {...form.register('reference')} />
          </Field>
          <Field label={t('form.notes')} error={msg(e.notes?.message)} className="inv-span-2">
            <input data-testid="payment-notes" {...form.register('notes')} />
          </Field>
        </div>
      </Card>
      <Card title={t('alloc.title')}>
        {!customer ? (
          <EmptyState>{t('alloc.pickCustomer')}</EmptyState>
        ) : invoices === undefined ? (
          <p className="muted">{t('common:app.loading')}</p>
        ) : invoices.length === 0 ? (
          <Alert tone="info">{t('alloc.noOpenInvoices')}</Alert>
        ) : (
          <AllocationTable invoices={invoices} items={items} rows={rows} invalid={invalid} asOf={today()} onRow={setRow} formatInput={inputs.money} />
        )}
        <div className="alloc-summary">
          <div>
            <span className="muted">{t('alloc.allocated')}</span> <strong>{fmt.money(allocated)}</strong>
          </div>
          {discounts > 0 ? (
            <div>
              <span className="muted">{t('alloc.discounts')}</span> <strong>{fmt.money(discounts)}</strong>
            </div>
          ) : null}
          <div data-testid="payment-unallocated" data-cents={unallocated} className={unallocated < 0 ? 'is-bad' : unallocated > 0 ? 'is-credit' : ''}>
            {unallocated > 0
              ? t('alloc.staysAsCredit', { amount: fmt.money(unallocated) })
              : unallocated < 0
                ? t('alloc.overAllocated', { amount: fmt.money(-unallocated) })
                : t('alloc.fullyAllocated')}
          </div>
        </div>
      </Card>
      {problems.length > 0 ? <IssueProblems problems={problems} title={t('form.problemsTitle')} testId="payment-problems" /> : null}
      <div className="form-footer">
        <Button variant="ghost" onClick={() => void navigate(-1)}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="primary" type="submit" data-testid="payment-submit" busy={form.formState.isSubmitting}>
          {t('form.submit')}
        </Button>
      </div>
    </form>
  )
}
