import { useTranslation } from 'react-i18next'

export interface MismatchState {
  allowed: boolean
  note: string
}

/**
 * The payer (known by IBAN or tax id) is another customer than the invoices': shown in red, and the money is only
 * applied once the person ticks that the payer pays for the customer and says why.
 */
export function MismatchDecision({ payer, customer, value, onChange }: { payer: string; customer: string; value: MismatchState; onChange: (v: MismatchState) => void }) {
  const { t } = useTranslation('bankUi')
  return (
    <div className="bank-mismatch" role="alert" data-testid="bank-mismatch">
      <strong>{t('mismatch.title', { payer, customer })}</strong>
      <p>{t('mismatch.explain', { payer, customer })}</p>
      <label className="check">
        <input type="checkbox" checked={value.allowed} onChange={(e) => onChange({ ...value, allowed: e.target.checked })} data-testid="bank-allow-mismatch" />
        <span>{t('mismatch.allow', { payer, customer })}</span>
      </label>
      {value.allowed ? (
        <textarea
          rows={2}
          value={value.note}
          onChange={(e) => onChange({ ...value, note: e.target.value })}
          placeholder={t('mismatch.notePlaceholder')}
          aria-label={t('mismatch.note')}
          data-testid="bank-mismatch-note"
        />
      ) : null}
    </div>
  )
}

export function mismatchReady(v: MismatchState): boolean {
  return v.allowed && v.note.trim().length > 0
}
