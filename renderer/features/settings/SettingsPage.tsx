import { useTranslation } from 'react-i18next'
import { EInvoicingCard } from './EInvoicingCard'
import { PageHeader } from '../../components/PageHeader'
import { saveCompany } from '../../db/repos/company'
import { ctx } from '../../lib/ctx'
import { setLanguage } from '../../lib/i18n'
import { useToasts } from '../../stores/toasts'
import { CompanyForm } from './companyForm/CompanyForm'
import { companyToValues, type CompanyInputValues } from './companyForm/companySchema'
import { useCompany } from './hooks'

/** The company's data, editable at any time after the first run. */
export function SettingsPage() {
  const { t, i18n } = useTranslation('settings')
  const company = useCompany()

  async function save(input: CompanyInputValues) {
    const before = company?.uiLanguage
    await saveCompany(ctx, input)
    if (input.uiLanguage !== before && input.uiLanguage !== i18n.language) await setLanguage(input.uiLanguage)
    useToasts.getState().push('success', t('saved'))
  }

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {company ? (
        <>
          <EInvoicingCard country={company.country} />
          <CompanyForm key={company.id} initial={companyToValues(company)} onSubmit={save} submitLabel={t('common:actions.save')} testIdPrefix="settings" />
        </>
      ) : (
        <p className="muted" role="status">
          {t('common:app.loading')}
        </p>
      )}
    </>
  )
}
