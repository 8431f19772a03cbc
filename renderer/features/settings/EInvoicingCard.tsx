import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Card } from '../../components/Card'
import type { Country } from '../../domain/types'

/**
 * What the e-invoicing files are for, in the company's country, and that Cobro claims no certification: Spain's
 * invoice records stay on this PC for an inspection; Romania's e-Factura XML is uploaded to SPV by the person.
 */
export function EInvoicingCard({ country }: { country: Country }) {
  const { t } = useTranslation('settings')
  return (
    <Card title={t('einvoicing.title')}>
      <div data-testid="settings-einvoicing">
        <p>{t(`einvoicing.${country}`)}</p>
        <p className="muted">{t('einvoicing.noClaim')}</p>
        <Link to={country === 'ES' ? '/fiscal' : '/efactura'}>{t(`einvoicing.open${country}`)}</Link>
      </div>
    </Card>
  )
}
