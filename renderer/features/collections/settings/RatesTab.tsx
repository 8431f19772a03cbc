import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Card } from '../../../components/Card'
import { Field } from '../../../components/Field'
import { addRate } from '../../../db/repos/collections/rates'
import type { InterestRatePeriod } from '../../../domain/collections/types'
import { parseScaled } from '../../../domain/money'
import type { Country } from '../../../domain/types'
import { ctx, today } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'

/** "2026-07-01" -> "2026 H2". */
export function halfYearOf(from: string): { year: number; half: 1 | 2 } {
  return { year: Number(from.slice(0, 4)), half: from.slice(5, 7) === '07' ? 2 : 1 }
}

/** The half-year after the latest one in the table for the country (what the user most likely adds next). */
function nextHalfYear(rates: InterestRatePeriod[], country: Country): { year: string; half: '1' | '2' } {
  const last = rates.filter((r) => r.country === country).map((r) => r.from).sort().pop()
  if (!last) return { year: today().slice(0, 4), half: today().slice(5, 7) >= '07' ? '2' : '1' }
  const { year, half } = halfYearOf(last)
  return half === 1 ? { year: String(year), half: '2' } : { year: String(year + 1), half: '1' }
}

type ErrKey = 'year' | 'referenceRate' | 'statutoryRate' | 'top'

/** The statutory late-payment rate table (reference rate + 8 points per half-year) and a form to add a half-year. */
export function RatesTab({ rates, defaultCountry }: { rates: InterestRatePeriod[]; defaultCountry: Country }) {
  const { t } = useTranslation('collections')
  const fmt = useFormat()
  const [country, setCountry] = useState<Country>(defaultCountry)
  const suggested = nextHalfYear(rates, country)
  const [year, setYear] = useState(suggested.year)
  const [half, setHalf] = useState<'1' | '2'>(suggested.half)
  const [reference, setReference] = useState('')
  const [statutory, setStatutory] = useState('')
  const [source, setSource] = useState('')
  const [errors, setErrors] = useState<Partial<Record<ErrKey, string>>>({})
  const [busy, setBusy] = useState(false)

  function chooseCountry(c: Country) {
    setCountry(c)
    const next = nextHalfYear(rates, c)
    setYear(next.year)
    setHalf(next.half)
  }

  const parseRate = (s: string) => parseScaled(s, fmt.locale, 2)
  const referenceBp = parseRate(reference)
  const impliedStatutory = referenceBp === null ? '' : fmt.percent(referenceBp + 800)

  async function submit(e: FormEvent) {
    e.preventDefault()
    const found: Partial<Record<ErrKey, string>> = {}
    if (!/^(19|20)[0-9]{2}$/.test(year.trim())) found.year = t('rates.invalidYear')
    if (referenceBp === null) found.referenceRate = t('rates.invalidRate')
    const statutoryBp = statutory.trim() === '' ? undefined : parseRate(statutory)
    if (statutoryBp === null) found.statutoryRate = t('rates.invalidRate')
    if (Object.keys(found).length > 0) return setErrors(found)
    setErrors({})
    setBusy(true)
    try {
      const row = await addRate(ctx, {
        country,
        from: `${year.trim()}-${half === '1' ? '01' : '07'}-01`,
        referenceRate: referenceBp ?? 0,
        ...(statutoryBp === undefined || statutoryBp === null ? {} : { statutoryRate: statutoryBp }),
        source: source.trim(),
      })
      setReference('')
      setStatutory('')
      setSource('')
      const next = nextHalfYear([...rates, row], country)
      setYear(next.year)
      setHalf(next.half)
      useToasts.getState().push('success', t('rates.added'))
    } catch (err) {
      setErrors({ top: errorMessage(t, err) })
    } finally {
      setBusy(false)
    }
  }

  const countries: Country[] = ['ES', 'RO']
  return (
    <div className="coll-stack">
      {countries.map((c) => {
        const rows = rates.filter((r) => r.country === c).sort((a, b) => b.from.localeCompare(a.from))
        return (
          <Card key={c} title={t('rates.tableTitle', { country: t(`common:countries.${c}`) })}>
            <p className="muted coll-intro">{t(`rates.basis.${c}`)}</p>
            <table className="table" data-testid={`rates-table-${c}`}>
              <thead>
                <tr>
                  <th>{t('rates.halfYear')}</th>
                  <th>{t('rates.from')}</th>
                  <th className="num">{t('rates.referenceRate')}</th>
                  <th className="num">{t('rates.statutoryRate')}</th>
                  <th>{t('rates.source')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const h = halfYearOf(r.from)
                  return (
                    <tr key={r.id}>
                      <td className="strong">{t('rates.halfYearLabel', { year: h.year, half: h.half })}</td>
                      <td>{fmt.date(r.from)}</td>
                      <td className="num">{fmt.percent(r.referenceRate)}</td>
                      <td className="num strong">{fmt.percent(r.statutoryRate)}</td>
                      <td className="muted">{r.source}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </Card>
        )
      })}
      <Card title={t('rates.addTitle')}>
        <form className="form-section" onSubmit={(e) => void submit(e)} noValidate data-testid="rates-add-form">
          {errors.top ? <Alert tone="error">{errors.top}</Alert> : null}
          <div className="form-grid">
            <Field label={t('rates.country')}>
              <select value={country} onChange={(e) => chooseCountry(e.target.value as Country)} data-testid="rates-country">
                {countries.map((c) => (
                  <option key={c} value={c}>
                    {t(`common:countries.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('rates.year')} error={errors.year}>
              <input inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} data-testid="rates-year" />
            </Field>
            <Field label={t('rates.half')}>
              <select value={half} onChange={(e) => setHalf(e.target.value as '1' | '2')} data-testid="rates-half">
                <option value="1">{t('rates.firstHalf')}</option>
                <option value="2">{t('rates.secondHalf')}</option>
              </select>
            </Field>
            <Field label={t('rates.referenceRate')} error={errors.referenceRate} hint={t(`rates.referenceHint.${country}`)}>
              <input inputMode="decimal" value={reference} onChange={(e) => setReference(e.target.value)} data-testid="rates-reference" placeholder="2,15" />
            </Field>
            <Field
              label={t('rates.statutoryRate')}
              error={errors.statutoryRate}
              hint={impliedStatutory ? t('rates.statutoryImplied', { rate: impliedStatutory }) : t('rates.statutoryHint')}
            >
              <input inputMode="decimal" value={statutory} onChange={(e) => setStatutory(e.target.value)} data-testid="rates-statutory" />
            </Field>
            <Field label={t('rates.source')} className="span-2">
              <input value={source} onChange={(e) => setSource(e.target.value)} data-testid="rates-source" placeholder={t(`rates.sourcePlaceholder.${country}`)} />
            </Field>
          </div>
          <div className="form-footer">
            <Button type="submit" variant="primary" busy={busy} data-testid="rates-add">
              {t('rates.add')}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  )
}
