import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { PageHeader } from '../../../components/PageHeader'
import { useCompany } from '../../settings/hooks'
import { useCollectionSettings, useProfiles, useRates } from '../hooks'
import { ProfilesTab } from './ProfilesTab'
import { RatesTab } from './RatesTab'
import { SettingsTab } from './SettingsTab'
import { TemplatesTab } from './TemplatesTab'
import '../collections.css'

const TABS = ['profiles', 'templates', 'rates', 'settings'] as const
type Tab = (typeof TABS)[number]

/** /collections/settings — profiles (schedules), letter templates, interest rates and collection settings. */
export function CollectionSettingsPage() {
  const { t } = useTranslation('collections')
  const [params, setParams] = useSearchParams()
  const asked = params.get('tab')
  const tab: Tab = TABS.includes(asked as Tab) ? (asked as Tab) : 'profiles'
  const company = useCompany()
  const profiles = useProfiles()
  const rates = useRates()
  const settings = useCollectionSettings()
  const loading = <p className="muted">{t('common:app.loading')}</p>

  return (
    <div className="coll-settings" data-testid="collections-settings-page">
      <PageHeader
        title={t('settingsPage.title')}
        subtitle={t('settingsPage.subtitle')}
        actions={
          <Link to="/today" className="btn btn-ghost">
            {t('settingsPage.backToToday')}
          </Link>
        }
      />
      <div className="coll-tabs" role="tablist" aria-label={t('settingsPage.title')}>
        {TABS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={tab === k}
            className={`coll-tab ${tab === k ? 'is-active' : ''}`}
            onClick={() => setParams({ tab: k }, { replace: true })}
            data-testid={`collections-tab-${k}`}
          >
            {t(`settingsPage.tabs.${k}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'profiles' ? (profiles ? <ProfilesTab profiles={profiles} /> : loading) : null}
        {tab === 'templates' ? <TemplatesTab company={company} /> : null}
        {tab === 'rates' ? (rates ? <RatesTab rates={rates} defaultCountry={company?.country ?? 'ES'} /> : loading) : null}
        {tab === 'settings' ? (settings ? <SettingsTab key={settings.updatedAt} settings={settings} /> : loading) : null}
      </div>
    </div>
  )
}
