import { useRef, type KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { lineAmount } from '../../../domain/tax'
import type { BasisPoints, Cents, CurrencyCode, InvoiceLine, Product } from '../../../domain/types'
import { useFormat } from '../../../lib/format'
import { emptyLine, parseQuantity, toInvoiceLine, type EditorValues, type InputFormatters, type LineValues } from './editorForm'
import { ProductCodeInput } from './ProductCodeInput'

type LineField = keyof Omit<LineValues, 'productId'>
/** The order Enter walks through a line. */
const CROSS = '\u00d7'
const DASH = '\u2014'
const ORDER: LineField[] = ['code', 'description', 'quantity', 'unit', 'unitPrice', 'discount', 'vatRate']

function safeLineAmount(line: InvoiceLine): Cents | null {
  try {
    return lineAmount(line)
  } catch {
    return null
  }
}

export interface LinesTableProps {
  vatRates: BasisPoints[]
  currency: CurrencyCode
  /** The customer's standing discount, as typed in the discount cell ('' when none). */
  discountText: string
  inputs: InputFormatters
  /** Catalog prices are in the company's currency: converts them for an invoice in the other one (null: as is). */
  convertPrice: ((price: Cents) => Cents) | null
}

/** The invoice lines: catalog or free lines, driven from the keyboard (Enter moves on, and adds a line at the end). */
export function LinesTable({ vatRates, currency, discountText, inputs, convertPrice }: LinesTableProps) {
  const { t } = useTranslation('invoices')
  const fmt = useFormat()
  const { control, register, setValue, getValues, formState } = useFormContext<EditorValues>()
  const { fields, append, remove } = useFieldArray({ control, name: 'lines' })
  const lines = useWatch({ control, name: 'lines' })
  const defaultRate = vatRates[0] ?? 0
  const descriptionAtEnter = useRef('')

  const tableRef = useRef<HTMLTableElement>(null)

  /** Focus moves synchronously (react-hook-form's setFocus waits a tick, and fast typing would land in the old cell). */
  function focusField(i: number, field: LineField, select = field !== 'vatRate' && field !== 'code') {
    const el = tableRef.current?.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-testid="invoice-line-${i}-${field}"]`)
    el?.focus()
    if (select && el instanceof HTMLInputElement) el.select()
  }

  function addLine() {
    const index = getValues('lines').length
    flushSync(() => append(emptyLine(defaultRate, discountText), { shouldFocus: false }))
    focusField(index, 'code')
  }

  /** Enter: next field; from the last field (or the quantity of a catalog line) to the next line, adding one at the end. */
  function next(i: number, field: LineField) {
    const isCatalogQty = field === 'quantity' && Boolean(getValues(`lines.${i}.productId`))
    const idx = ORDER.indexOf(field)
    if (!isCatalogQty && idx < ORDER.length - 1) {
      focusField(i, ORDER[idx + 1] as LineField)
      return
    }
    if (i < getValues('lines').length - 1) focusField(i + 1, 'code')
    else addLine()
  }

  function onEnter(i: number, field: LineField) {
    return (e: KeyboardEvent<HTMLElement>) => {
      if (e.key !== 'Enter' || e.nativeEvent.isComposing) return
      e.preventDefault()
      next(i, field)
    }
  }

  /** Fills line i from the catalog; `typedAhead` (typed while it was being looked up) becomes the quantity. */
  function pickProduct(i: number, p: Product, typedAhead = '') {
    const opts = { shouldDirty: true, shouldValidate: formState.isSubmitted }
    setValue(`lines.${i}.productId`, p.id, opts)
    setValue(`lines.${i}.code`, p.code, opts)
    setValue(`lines.${i}.description`, p.name, opts)
    setValue(`lines.${i}.unit`, p.unit, opts)
    setValue(`lines.${i}.unitPrice`, inputs.money(convertPrice ? convertPrice(p.unitPrice) : p.unitPrice), opts)
    setValue(`lines.${i}.vatRate`, String(vatRates.includes(p.vatRate) ? p.vatRate : defaultRate), opts)
    const ahead = typedAhead.trim()
    if (ahead && parseQuantity(ahead, fmt.locale) !== null) setValue(`lines.${i}.quantity`, ahead, opts)
    else if (!getValues(`lines.${i}.quantity`).trim()) setValue(`lines.${i}.quantity`, '1', opts)
    focusField(i, 'quantity', !ahead)
  }

  /** Enter on a code whose lookup was still running moved on to the description; the product arrived. */
  function latePick(i: number, p: Product, descriptionAtEnter: string) {
    const now = getValues(`lines.${i}.description`)
    const typed = now.startsWith(descriptionAtEnter) ? now.slice(descriptionAtEnter.length) : now
    pickProduct(i, p, typed)
  }

  const err = (i: number, f: LineField): string | undefined => {
    const m = formState.errors.lines?.[i]?.[f]?.message
    return m ? t(m) : undefined
  }
  const cellProps = (i: number, f: LineField) => {
    const e = err(i, f)
    return { 'aria-invalid': e ? true : undefined, title: e, 'data-testid': `invoice-line-${i}-${f}`, 'aria-label': t(`lines.${f}`) }
  }

  return (
    <div className="lines">
      <table ref={tableRef} className="table lines-table">
        <thead>
          <tr>
            <th className="col-code">{t('lines.code')}</th>
            <th>{t('lines.description')}</th>
            <th className="col-qty num">{t('lines.quantity')}</th>
            <th className="col-unit">{t('lines.unit')}</th>
            <th className="col-price num">{t('lines.unitPrice')}</th>
            <th className="col-disc num">{t('lines.discount')}</th>
            <th className="col-vat">{t('lines.vatRate')}</th>
            <th className="col-amount num">{t('lines.amount')}</th>
            <th className="col-remove" aria-label={t('lines.remove')} />
          </tr>
        </thead>
        <tbody>
          {fields.map((field, i) => {
            const values = lines[i]
            const parsed = values ? toInvoiceLine(values, fmt.locale) : null
            const amount = parsed ? safeLineAmount(parsed) : null
            return (
              <tr key={field.id} className={parsed || !values ? '' : 'has-error'}>
                <td>
                  <Controller
                    control={control}
                    name={`lines.${i}.code`}
                    render={({ field: f }) => (
                      <ProductCodeInput
                        value={f.value}
                        onChange={(text) => {
                          f.onChange(text)
                          if (getValues(`lines.${i}.productId`)) setValue(`lines.${i}.productId`, null)
                        }}
                        onPick={(p) => pickProduct(i, p)}
                        onEnterWithoutPick={() => {
                          descriptionAtEnter.current = getValues(`lines.${i}.description`)
                          next(i, 'code')
                        }}
                        onLatePick={(p) => latePick(i, p, descriptionAtEnter.current)}
                        onBlur={f.onBlur}
                        inputRef={f.ref}
                        testId={`invoice-line-${i}-code`}
                        ariaLabel={t('lines.code')}
                      />
                    )}
                  />
                </td>
                <td>
                  <input {...register(`lines.${i}.description`)} {...cellProps(i, 'description')} onKeyDown={onEnter(i, 'description')} />
                </td>
                <td>
                  <input className="num" inputMode="decimal" {...register(`lines.${i}.quantity`)} {...cellProps(i, 'quantity')} onKeyDown={onEnter(i, 'quantity')} />
                </td>
                <td>
                  <input {...register(`lines.${i}.unit`)} {...cellProps(i, 'unit')} onKeyDown={onEnter(i, 'unit')} />
                </td>
                <td>
                  <input className="num" inputMode="decimal" {...register(`lines.${i}.unitPrice`)} {...cellProps(i, 'unitPrice')} onKeyDown={onEnter(i, 'unitPrice')} />
                </td>
                <td>
                  <input className="num" inputMode="decimal" placeholder="0" {...register(`lines.${i}.discount`)} {...cellProps(i, 'discount')} onKeyDown={onEnter(i, 'discount')} />
                </td>
                <td>
                  <select {...register(`lines.${i}.vatRate`)} {...cellProps(i, 'vatRate')} onKeyDown={onEnter(i, 'vatRate')}>
                    {vatRates.map((r) => (
                      <option key={r} value={String(r)}>
                        {fmt.percent(r)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="num line-amount" data-testid={`invoice-line-${i}-amount`}>
                  {amount === null ? DASH : fmt.money(amount, currency)}
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-ghost line-remove"
                    aria-label={t('lines.removeLine', { n: i + 1 })}
                    title={t('lines.removeLine', { n: i + 1 })}
                    data-testid={`invoice-line-${i}-remove`}
                    onClick={() => remove(i)}
                  >
                    {CROSS}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className="lines-footer">
        <button type="button" className="btn btn-secondary" data-testid="invoice-line-add" onClick={addLine}>
          {t('lines.add')}
        </button>
        <span className="muted lines-hint">{t('lines.hint')}</span>
      </div>
    </div>
  )
}
