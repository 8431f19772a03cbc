import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Alert } from '../../components/Alert'
import { countUnreported, mostUrgent } from '../../db/repos/einvoice/reports'
import { workingDaysLeft } from '../../domain/einvoice/efactura'
import { ctx, today } from '../../lib/ctx'

/** On the invoice list of a Romanian company: how many documents wait for e-Factura and the nearest deadline. */
export function UnreportedBanner() {
  const { t } = useTranslation('efactura')
  const data = useLiveQuery(async () => ({ count: await countUnreported(ctx), first: await mostUrgent(ctx) }), [])
  if (!data || data.count === 0 || !data.first) return null
  const left = workingDaysLeft(today(), data.first.deadline)
  return (
    <div className="efactura-banner" data-testid="efactura-banner">
      <Alert tone={left <= 1 ? 'warn' : 'info'}>
        <Link to="/efactura">
          {t('banner.text', { count: data.count })}{' '}
          {left < 0 ? t('banner.late', { number: data.first.number, days: -left }) : t('banner.next', { number: data.first.number, days: left })}
        </Link>
      </Alert>
    </div>
  )
}
