import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { Field } from '../../../components/Field'
import type { ColumnMapping } from '../../../domain/bank/types'
import type { CurrencyCode } from '../../../domain/types'
import { columnLetter, CURRENCIES, DATE_FORMAT_KEYS, DATE_FORMATS, DELIMITERS, mappingOf, mappingSchema, SINGLE_FIELDS, valuesOf, type MappingValues } from './mappingForm'
import { SampleTable } from './SampleTable'

export interface MappingEditorProps {
  format: 'csv' | 'xlsx'
  sample: string[][]
  initial: ColumnMapping | null
  saved: ColumnMapping[]
  defaults: { accountIban: string; currency: CurrencyCode }
  busy: boolean
  onSubmit: (mapping: ColumnMapping) => void
  onCancel: () => void
}

/** Which column of the bank's CSV/XLSX holds what: prefilled with the guess, saved per bank, reused later. */
export function MappingEditor({ format, sample, initial, saved, defaults, busy, onSubmit, onCancel }: MappingEditorProps) {
  const { t } = useTranslation('bankUi')
  const form = useForm<MappingValues>({ resolver: zodResolver(mappingSchema), defaultValues: valuesOf(initial, defaults) })
  const { register, control, formState } = form
  const values = useWatch({ control }) as MappingValues
  const err = (k: keyof MappingValues) => {
    const m = formState.errors[k]?.message
    return m ? t(m) : undefined
  }
  const width = Math.max(0, ...sample.map((r) => r.length))
  const skip = Number(values.skipRows) || 0
  const header = values.hasHeader ? (sample[skip] ?? []) : []
  const options = Array.from({ length: width }, (_, i) => ({ value: String(i), label: columnLabel(t, i, header[i]) }))

  const columnSelect = (name: keyof MappingValues, optional: boolean, testId: string) => (
    <select {...register(name)} data-testid={testId}>
      {optional ? <option value="">{t('mapping.none')}</option> : <option value="">{t('mapping.choose')}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  )

  const choose = (id: string) => {
    const m = saved.find((x) => x.id === id)
    form.reset(valuesOf(m ?? initial, defaults))
  }

  return (
    <form className="bank-mapping" data-testid="bank-mapping" onSubmit={form.handleSubmit((v) => onSubmit(mappingOf(v)))} noValidate>
      <p className="muted bank-mapping-intro">{t('mapping.intro', { format: format.toUpperCase() })}</p>
      {saved.length > 0 ? (
        <Field label={t('mapping.saved')} className="bank-mapping-choose">
          <select value={values.id} onChange={(e) => choose(e.target.value)} data-testid="bank-mapping-choose">
            <option value="">{t('mapping.newMapping')}</option>
            {saved.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <SampleTable sample={sample} values={values} />
      <div className="bank-mapping-grid">
        <fieldset className="bank-fieldset">
          <legend>{t('mapping.sections.file')}</legend>
          <Field label={t('mapping.name')} error={err('name')} hint={t('mapping.nameHint')}>
            <input {...register('name')} data-testid="bank-mapping-name" autoFocus />
          </Field>
          <div className="grid-2">
            <Field label={t('mapping.skipRows')} error={err('skipRows')}>
              <input {...register('skipRows')} inputMode="numeric" data-testid="bank-mapping-skip" />
            </Field>
            <label className="check bank-check">
              <input type="checkbox" {...register('hasHeader')} data-testid="bank-mapping-header" />
              <span>{t('mapping.hasHeader')}</span>
            </label>
          </div>
          <div className="grid-2">
            {format === 'csv' ? (
              <Field label={t('mapping.delimiter')}>
                <select {...register('delimiter')}>
                  {DELIMITERS.map((d) => (
                    <option key={d} value={d}>
                      {t(`mapping.delimiters.${d === '\t' ? 'tab' : d === ';' ? 'semicolon' : 'comma'}`)}
                    </option>
                  ))}
                </select>
              </Field>
            ) : null}
            <Field label={t('mapping.decimal')}>
              <select {...register('decimalSeparator')} data-testid="bank-mapping-decimal">
                <option value=",">{t('mapping.decimals.comma')}</option>
                <option value=".">{t('mapping.decimals.dot')}</option>
              </select>
            </Field>
            <Field label={t('mapping.dateFormat')}>
              <select {...register('dateFormat')} data-testid="bank-mapping-dateformat">
                {DATE_FORMATS.map((d) => (
                  <option key={d} value={d}>
                    {t(`mapping.dateFormats.${DATE_FORMAT_KEYS[d]}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('mapping.currency')} error={err('currency')}>
              <select {...register('currency')}>
                {CURRENCIES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <Field label={t('mapping.accountIban')} error={err('accountIban')}>
            <input {...register('accountIban')} data-testid="bank-mapping-iban" />
          </Field>
        </fieldset>
        <fieldset className="bank-fieldset">
          <legend>{t('mapping.sections.columns')}</legend>
          <div className="grid-2">
            <Field label={t('mapping.fields.bookingDate')} error={err('bookingDate')}>
              {columnSelect('bookingDate', false, 'bank-mapping-bookingDate')}
            </Field>
            <Field label={t('mapping.fields.valueDate')}>{columnSelect('valueDate', true, 'bank-mapping-valueDate')}</Field>
          </div>
          <div className="bank-amount-mode" role="radiogroup" aria-label={t('mapping.amountMode')}>
            <label className="check">
              <input type="radio" value="single" {...register('amountMode')} data-testid="bank-mapping-mode-single" />
              <span>{t('mapping.modes.single')}</span>
            </label>
            <label className="check">
              <input type="radio" value="split" {...register('amountMode')} data-testid="bank-mapping-mode-split" />
              <span>{t('mapping.modes.split')}</span>
            </label>
          </div>
          {values.amountMode === 'single' ? (
            <Field label={t('mapping.fields.amount')} error={err('amount')}>
              {columnSelect('amount', false, 'bank-mapping-amount')}
            </Field>
          ) : (
            <div className="grid-2">
              <Field label={t('mapping.fields.credit')} error={err('credit')}>
                {columnSelect('credit', false, 'bank-mapping-credit')}
              </Field>
              <Field label={t('mapping.fields.debit')} error={err('debit')}>
                {columnSelect('debit', false, 'bank-mapping-debit')}
              </Field>
            </div>
          )}
          <div className="grid-2">
            {SINGLE_FIELDS.filter((f) => f !== 'valueDate').map((f) => (
              <Field key={f} label={t(`mapping.fields.${f}`)}>
                {columnSelect(f, true, `bank-mapping-${f}`)}
              </Field>
            ))}
          </div>
          <fieldset className="bank-fieldset bank-remittance">
            <legend>{t('mapping.fields.remittance')}</legend>
            <div className="bank-remittance-options">
              {options.map((o) => (
                <label key={o.value} className="check">
                  <input type="checkbox" value={o.value} {...register('remittance')} data-testid={`bank-mapping-remittance-${o.value}`} />
                  <span>{o.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </fieldset>
      </div>
      <div className="form-footer">
        <Button variant="ghost" onClick={onCancel}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="primary" type="submit" busy={busy} data-testid="bank-mapping-save">
          {t('mapping.save')}
        </Button>
      </div>
    </form>
  )
}

function columnLabel(t: TFunction, index: number, header: string | undefined): string {
  const letter = columnLetter(index)
  return header && header.trim() ? t('mapping.columnNamed', { letter, name: header.trim().slice(0, 40) }) : t('mapping.column', { letter })
}
