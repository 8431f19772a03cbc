import { useTranslation } from 'react-i18next'
import type { InvoiceStatus } from '../domain/types'

export function StatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation('common')
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>
}

export function Badge({ tone = 'neutral', children }: { tone?: 'neutral' | 'good' | 'warn' | 'bad' | 'info'; children: React.ReactNode }) {
  return <span className={`badge badge-tone-${tone}`}>{children}</span>
}
