import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Alert } from '../../components/Alert'
import { useFiscalCheck } from './check'

/** On every screen while the start check found the invoice records broken (Spain): the owner must know at once. */
export function FiscalBanner() {
  const { t } = useTranslation('fiscal')
  const result = useFiscalCheck((s) => s.result)
  if (!result || (result.records.ok && result.events.ok)) return null
  return (
    <div className="fiscal-banner" data-testid="fiscal-banner">
      <Alert tone="error">
        <Link to="/fiscal">{t('banner.broken')}</Link>
      </Alert>
    </div>
  )
}
