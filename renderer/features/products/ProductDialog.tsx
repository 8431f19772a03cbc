import { useMemo, useState } from 'react'
import { useForm, type FieldPath } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { createProduct, updateProduct } from '../../db/repos/products'
import { ctx } from '../../lib/ctx'
import { errorMessage } from '../../lib/errors'
import { useFormat } from '../../lib/format'
import { useToasts } from '../../stores/toasts'
import type { BasisPoints, Product } from '../../domain/types'
import { CheckField } from '../settings/forms/CheckField'
import { fieldOfError, SERVER_ERROR, useErrorText } from '../settings/forms/errorText'
import { makeProductSchema, productToValues, valuesToProductInput, type ProductFormValues } from './productSchema'

type Path = FieldPath<ProductFormValues>
const FIELDS = new Set<string>(['code', 'name', 'unit', 'unitPrice', 'vatRate', 'active'])
const ERROR_FIELDS: ReadonlyArray<readonly [string, Path]> = [
  ['data.product.codeTaken', 'code'],
  ['data.product.vatRate', 'vatRate'],
]

export interface ProductDialogProps {
  /** null: a new product. */
  product: Product | null
  vatRates: BasisPoints[]
  onClose: () => void
}

/** Create or edit a product in a dialog (Escape closes it, Enter saves). */
export function ProductDialog({ product, vatRates, onClose }: ProductDialogProps) {
  const { t } = useTranslation('products')
  const fmt = useFormat()
  const errorText = useErrorText()
  const [topError, setTopError] = useState<string | null>(null)
  const schema = useMemo(() => makeProductSchema(fmt.locale), [fmt.locale])
  const { register, handleSubmit, setError, formState } = useForm<ProductFormValues>({
    resolver: zodResolver(schema),
    defaultValues: productToValues(product, fmt.locale, vatRates[0] ?? 0, t('defaultUnit')),
  })
  const { errors, isSubmitting } = formState

  async function submit(values: ProductFormValues) {
    setTopError(null)
    try {
      const input = valuesToProductInput(values, fmt.locale)
      const saved = product ? await updateProduct(ctx, product.id, input) : await createProduct(ctx, input)
      useToasts.getState().push('success', t(product ? 'saved' : 'created', { name: saved.name }))
      onClose()
    } catch (err) {
      const field = fieldOfError(err, ERROR_FIELDS, (p): p is Path => FIELDS.has(p))
      const message = errorMessage(t, err)
      if (field) setError(field, { type: SERVER_ERROR, message }, { shouldFocus: true })
      else setTopError(message)
    }
  }

  return (
    <Dialog open title={product ? t('editTitle', { name: product.name }) : t('newTitle')} onClose={onClose}>
      <form className="product-form" onSubmit={handleSubmit(submit)} data-testid="product-form" noValidate>
        {topError ? <Alert tone="error">{topError}</Alert> : null}
        <div className="product-form-grid">
          <Field label={t('fields.name')} error={errorText(errors.name)} className="span-2">
            <input {...register('name')} data-testid="product-name" autoFocus />
          </Field>
          <Field label={t('fields.code')} error={errorText(errors.code)} hint={product ? undefined : t('codeHint')}>
            <input {...register('code')} data-testid="product-code" />
          </Field>
          <Field label={t('fields.unit')} error={errorText(errors.unit)}>
            <input {...register('unit')} data-testid="product-unit" />
          </Field>
          <Field label={t('fields.unitPrice')} error={errorText(errors.unitPrice)} hint={t('priceHint')}>
            <input inputMode="decimal" {...register('unitPrice')} data-testid="product-unitPrice" />
          </Field>
          <Field label={t('fields.vatRate')} error={errorText(errors.vatRate)}>
            <select {...register('vatRate')} data-testid="product-vatRate">
              {vatRates.map((r) => (
                <option key={r} value={String(r)}>
                  {fmt.percent(r)}
                </option>
              ))}
            </select>
          </Field>
          <CheckField label={t('fields.active')} hint={t('activeHint')} {...register('active')} data-testid="product-active" className="span-2" />
        </div>
        <div className="product-form-footer">
          <Button onClick={onClose} data-testid="product-cancel">
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={isSubmitting} data-testid="product-submit">
            {t('common:actions.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
