import { useMemo, useState } from 'react'
import { FormProvider, useForm, useWatch, type FieldErrors } from 'react-hook-form'
import type { TFunction } from 'i18next'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { Button } from '../../../components/Button'
import { Card } from '../../../components/Card'
import { Field } from '../../../components/Field'
import { issueInvoice, saveDraft } from '../../../db/repos/invoices'
import { isValidIsoDate } from '../../../domain/dates'
import { issueProblems } from '../../../domain/invoiceRules'
import { computeTotals, VAT_RATES, zeroTotals } from '../../../domain/tax'
import { dueDate as computeDueDate } from '../../../domain/terms'
import type { Address, CompanySettings, Customer, Invoice, InvoiceLine, InvoiceTotals } from '../../../domain/types'
import { ctx, today } from '../../../lib/ctx'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'
import { withOwnerOverride } from '../../users/override'
import { useCustomerRisk } from '../hooks'
import { CustomerSection } from './CustomerSection'
import { DetailsSection } from './DetailsSection'
import { editorSchema, inputFormatters, isBlankLine, parseExchangeRate, toDraftInput, toInvoiceLine, type EditorValues } from './editorForm'
import { LinesTable } from './LinesTable'
import { IssueProblems, problemsOfError, type Problem } from './IssueProblems'
import { TotalsPanel } from './TotalsPanel'

export interface InvoiceEditorProps {
  company: CompanySettings
  draft: Invoice | null
  initialCustomer: Customer | null
  initialValues: EditorValues
  /** A new draft got its id (the page adopts it without reloading the editor). */
  onCreated: (id: string) => void
}

function safeTotals(lines: InvoiceLine[], recargo: boolean): InvoiceTotals {
  try {
    return computeTotals(lines, { recargoEquivalencia: recargo })
  } catch {
    return zeroTotals()
  }
}

function safeDueDate(issueDate: string, customer: Customer | null): string | null {
  if (!customer || !isValidIsoDate(issueDate)) return null
  try {
    return computeDueDate(issueDate, customer.terms, customer.paymentDays)
  } catch {
    return null
  }
}

const HEADER_FIELDS = ['customerId', 'issueDate', 'deliveryDate', 'deliveryNoteNumber', 'poNumber', 'contractRef', 'exchangeRate', 'notes'] as const
const LINE_FIELDS = ['code', 'description', 'quantity', 'unit', 'unitPrice', 'discount', 'vatRate'] as const

/** Form validation messages as a list (the fields are marked too). */
function validationProblems(t: TFunction, errors: FieldErrors<EditorValues>): Problem[] {
  const out: Problem[] = []
  for (const f of HEADER_FIELDS) {
    const m = errors[f]?.message
    if (m) out.push({ code: m, text: t('problems.field', { field: t(`fields.${f}`), problem: t(m) }) })
  }
  errors.lines?.forEach?.((line, i) => {
    for (const f of LINE_FIELDS) {
      const m = line?.[f]?.message
      if (m) out.push({ code: m, text: t('problems.lineField', { line: i + 1, field: t(`lines.${f}`), problem: t(m) }) })
    }
  })
  return out.length > 0 ? out : [{ code: 'validation.fixFields', text: t('validation.fixFields') }]
}

/** The invoice editor form: customer, details, lines, live totals; Save draft and Issue. */
export function InvoiceEditor({ company, draft, initialCustomer, initialValues, onCreated }: InvoiceEditorProps) {
  const { t } = useTranslation('invoices')
  const fmt = useFormat()
  const navigate = useNavigate()
  const inputs = useMemo(() => inputFormatters(fmt.locale), [fmt.locale])
  const currencyChoice = company.country === 'RO'
  const schema = useMemo(() => editorSchema(fmt.locale, currencyChoice), [fmt.locale, currencyChoice])
  const form = useForm<EditorValues>({ resolver: zodResolver(schema), defaultValues: initialValues, mode: 'onSubmit' })
  const [customer, setCustomer] = useState<Customer | null>(initialCustomer)
  const [draftId, setDraftId] = useState<string | undefined>(draft?.id)
  const [problems, setProblems] = useState<Problem[]>([])
  const [busy, setBusy] = useState<'save' | 'issue' | null>(null)
  const savedDelivery: Address | null = draft?.deliveryAddress ?? null

  const vatRates = company.vatRegistered ? VAT_RATES[company.country] : [0]
  const lines = useWatch({ control: form.control, name: 'lines' })
  const issueDate = useWatch({ control: form.control, name: 'issueDate' })
  const currency = useWatch({ control: form.control, name: 'currency' })
  const parsedLines = lines.filter((l) => !isBlankLine(l)).map((l) => toInvoiceLine(l, fmt.locale)).filter((l): l is InvoiceLine => l !== null)
  const totals = safeTotals(parsedLines, customer?.recargoEquivalencia ?? false)
  const due = safeDueDate(issueDate, customer)
  const risk = useCustomerRisk(customer?.id, today())
  const discountText = customer?.lineDiscount ? inputs.percent(customer.lineDiscount) : ''
  const rate = parseExchangeRate(useWatch({ control: form.control, name: 'exchangeRate' }))
  const convertPrice =
    currency === company.currency || rate === null
      ? null
      : (price: number) => Math.round(company.currency === 'RON' ? price / rate : price * rate)

  function chooseCustomer(c: Customer) {
    const previous = customer?.lineDiscount ? inputs.percent(customer.lineDiscount) : ''
    const next = c.lineDiscount ? inputs.percent(c.lineDiscount) : ''
    setCustomer(c)
    form.setValue('customerId', c.id, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })
    form.setValue('deliveryChoice', 'billing')
    form.getValues('lines').forEach((l, i) => {
      if (l.discount === previous) form.setValue(`lines.${i}.discount`, next)
    })
    setProblems([])
    const firstEmpty = form.getValues('lines').findIndex((l) => isBlankLine(l))
    const target = c.requiresPO && !form.getValues('poNumber').trim() ? 'invoice-po' : firstEmpty >= 0 ? `invoice-line-${firstEmpty}-code` : null
    if (target) document.querySelector<HTMLElement>(`[data-testid="${target}"]`)?.focus()
  }

  async function save(values: EditorValues): Promise<Invoice> {
    const input = toDraftInput(values, { id: draftId, locale: fmt.locale, customer, savedDelivery, currencyChoice })
    const saved = await saveDraft(ctx, input)
    if (!draftId) {
      setDraftId(saved.id)
      onCreated(saved.id)
    }
    return saved
  }

  const onInvalid = (errors: FieldErrors<EditorValues>) => setProblems(validationProblems(t, errors))

  const onSaveDraft = form.handleSubmit(async (values) => {
    setBusy('save')
    setProblems([])
    try {
      await save(values)
      useToasts.getState().push('success', t('editor.draftSaved'))
    } catch (err) {
      setProblems(problemsOfError(err))
    } finally {
      setBusy(null)
    }
  }, onInvalid)

  const onIssue = form.handleSubmit(async (values) => {
    setBusy('issue')
    setProblems([])
    try {
      const saved = await save(values)
      const found = issueProblems(saved, company, { requiresPO: customer?.requiresPO ?? false })
      if (found.length > 0) {
        setProblems(found)
        return
      }
      // Over the credit limit a clerk needs the owner: the override dialog asks for the owner's password.
      const issued = await withOwnerOverride((c) => issueInvoice(c, saved.id, { today: today() }))
      if (!issued) return
      useToasts.getState().push('success', t('editor.issued', { number: issued.fullNumber }))
      void navigate(`/invoices/${issued.id}`)
    } catch (err) {
      setProblems(problemsOfError(err))
    } finally {
      setBusy(null)
    }
  }, onInvalid)

  const customerError = form.formState.errors.customerId?.message
  return (
    <FormProvider {...form}>
      <form className="invoice-editor" onSubmit={(e) => e.preventDefault()} noValidate>
        <div className="editor-top">
          <Card title={t('editor.customerCard')}>
            <CustomerSection
              customer={customer}
              onCustomer={chooseCustomer}
              error={customerError ? t(customerError) : undefined}
              risk={risk}
              invoiceTotal={totals.total}
              autoFocus={!customer}
            />
          </Card>
          <Card title={t('editor.detailsCard')}>
            <DetailsSection customer={customer} dueDate={due} savedDelivery={savedDelivery} currencyChoice={currencyChoice} />
          </Card>
        </div>
        <Card title={t('editor.linesCard')}>
          <LinesTable vatRates={vatRates} currency={currency} discountText={discountText} inputs={inputs} convertPrice={convertPrice} />
        </Card>
        <div className="editor-bottom">
          <Card title={t('editor.notes')} className="editor-notes">
            <Field label={t('editor.notesLabel')}>
              <textarea rows={4} data-testid="invoice-notes" {...form.register('notes')} />
            </Field>
          </Card>
          <Card title={t('totals.title')} className="editor-totals">
            <TotalsPanel totals={totals} currency={currency} testId="invoice-total" />
          </Card>
        </div>
        {problems.length > 0 ? <IssueProblems problems={problems} /> : null}
        <div className="form-footer editor-footer">
          <Button variant="ghost" onClick={() => void navigate(draftId ? `/invoices/${draftId}` : '/invoices')}>
            {t('common:actions.cancel')}
          </Button>
          <Button data-testid="invoice-save" busy={busy === 'save'} disabled={busy !== null} onClick={() => void onSaveDraft()}>
            {t('editor.saveDraft')}
          </Button>
          <Button variant="primary" data-testid="invoice-issue" busy={busy === 'issue'} disabled={busy !== null} onClick={() => void onIssue()}>
            {t('editor.issue')}
          </Button>
        </div>
      </form>
    </FormProvider>
  )
}
