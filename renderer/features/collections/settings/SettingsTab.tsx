import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Card } from '../../../components/Card'
import { Field } from '../../../components/Field'
import { saveCollectionSettings } from '../../../db/repos/collections/settings'
import type { CollectionSettings, DayCount } from '../../../domain/collections/types'
import { formatAmount, parseMoney } from '../../../domain/money'
import { ctx } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'

type Key = 'compensation' | 'eurToRon' | 'bankImportMaxAgeDays' | 'promiseGraceDays' | 'noContactDays'

interface Values {
  dayCount: DayCount
  compensation: string
  eurToRon: string
  bankImportMaxAgeDays: string
  promiseGraceDays: string
  noContactDays: string
}

function toValues(s: CollectionSettings, locale: string): Values {
  return {
    dayCount: s.dayCount,
    compensation: formatAmount(s.compensationEur, locale),
    eurToRon: new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false }).format(s.eurToRon),
    bankImportMaxAgeDays: String(s.bankImportMaxAgeDays),
    promiseGraceDays: String(s.promiseGraceDays),
    noContactDays: String(s.noContactDays),
  }
}

const wholeDays = (s: string): number | null => (/^[0-9]{1,4}$/.test(s.trim()) ? Number(s.trim()) : null)

/** "4,9750" or "4.975" -> 4.975; null when not a positive number with up to 4 decimals. */
function parseRate(s: string): number | null {
  const m = /^([0-9]{1,3})(?:[.,]([0-9]{1,4}))?$/.exec(s.trim())
  if (!m) return null
  const n = Number(`${m[1]}.${m[2] ?? '0'}`)
  return n > 0 ? n : null
}

/** Day count, compensation, EUR->RON, bank import age, promise grace days and no-contact days. */
export function SettingsTab({ settings }: { settings: CollectionSettings }) {
  const { t } = useTranslation('collections')
  const fmt = useFormat()
  const [values, setValues] = useState<Values>(() => toValues(settings, fmt.locale))
  const [errors, setErrors] = useState<Partial<Record<Key | 'top', string>>>({})
  const [busy, setBusy] = useState(false)
  const set = (k: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }))

  async function submit(e: FormEvent) {
    e.preventDefault()
    const found: Partial<Record<Key, string>> = {}
    const compensation = parseMoney(values.compensation, fmt.locale)
    if (compensation === null || compensation < 0) found.compensation = t('settings.invalidMoney')
    const eurToRon = parseRate(values.eurToRon)
    if (eurToRon === null) found.eurToRon = t('settings.invalidRate')
    const days = {
      bankImportMaxAgeDays: wholeDays(values.bankImportMaxAgeDays),
      promiseGraceDays: wholeDays(values.promiseGraceDays),
      noContactDays: wholeDays(values.noContactDays),
    }
    for (const [k, v] of Object.entries(days)) if (v === null) found[k as Key] = t('settings.invalidDays')
    if (Object.keys(found).length > 0) return setErrors(found)
    setErrors({})
    setBusy(true)
    try {
      const saved = await saveCollectionSettings(ctx, {
        dayCount: values.dayCount,
        compensationEur: compensation ?? 0,
        eurToRon: eurToRon ?? 0,
        bankImportMaxAgeDays: days.bankImportMaxAgeDays ?? 0,
        promiseGraceDays: days.promiseGraceDays ?? 0,
        noContactDays: days.noContactDays ?? 0,
      })
      setValues(toValues(saved, fmt.locale))
      useToasts.getState().push('success', t('settings.saved'))
    } catch (err) {
      const field = (err as { params?: { field?: unknown } }).params?.field
      const map: Record<string, Key> = { compensationEur: 'compensation', eurToRon: 'eurToRon', bankImportMaxAgeDays: 'bankImportMaxAgeDays', promiseGraceDays: 'promiseGraceDays', noContactDays: 'noContactDays' }
      const key = typeof field === 'string' ? map[field] : undefined
      setErrors({ [key ?? 'top']: errorMessage(t, err) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card title={t('settings.title')}>
      <form className="form-section" onSubmit={(e) => void submit(e)} noValidate data-testid="collections-settings-form">
        {errors.top ? <Alert tone="error">{errors.top}</Alert> : null}
        <div className="form-grid">
          <Field label={t('settings.dayCount')} hint={t('settings.dayCountHint')}>
            <select value={values.dayCount} onChange={set('dayCount')} data-testid="collections-dayCount">
              <option value="act365">{t('settings.act365')}</option>
              <option value="act360">{t('settings.act360')}</option>
            </select>
          </Field>
          <Field label={t('settings.compensation')} hint={t('settings.compensationHint')} error={errors.compensation}>
            <input inputMode="decimal" value={values.compensation} onChange={set('compensation')} data-testid="collections-compensation" />
          </Field>
          <Field label={t('settings.eurToRon')} hint={t('settings.eurToRonHint')} error={errors.eurToRon}>
            <input inputMode="decimal" value={values.eurToRon} onChange={set('eurToRon')} data-testid="collections-eurToRon" />
          </Field>
          <Field label={t('settings.bankImportMaxAgeDays')} hint={t('settings.bankImportMaxAgeDaysHint')} error={errors.bankImportMaxAgeDays}>
            <input inputMode="numeric" value={values.bankImportMaxAgeDays} onChange={set('bankImportMaxAgeDays')} data-testid="collections-bankImportMaxAgeDays" />
          </Field>
          <Field label={t('settings.promiseGraceDays')} hint={t('settings.promiseGraceDaysHint')} error={errors.promiseGraceDays}>
            <input inputMode="numeric" value={values.promiseGraceDays} onChange={set('promiseGraceDays')} data-testid="collections-promiseGraceDays" />
          </Field>
          <Field label={t('settings.noContactDays')} hint={t('settings.noContactDaysHint')} error={errors.noContactDays}>
            <input inputMode="numeric" value={values.noContactDays} onChange={set('noContactDays')} data-testid="collections-noContactDays" />
          </Field>
        </div>
        <p className="muted">
          {settings.lastBankImportOn ? t('settings.lastBankImport', { date: fmt.date(settings.lastBankImportOn) }) : t('settings.noBankImport')}
        </p>
        <div className="form-footer">
          <Button type="submit" variant="primary" busy={busy} data-testid="collections-settings-save">
            {t('common:actions.save')}
          </Button>
        </div>
      </form>
    </Card>
  )
}
