import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitcher } from '../../components/LanguageSwitcher'
import { saveCompany } from '../../db/repos/company'
import { ctx } from '../../lib/ctx'
import { setLanguage } from '../../lib/i18n'
import type { Country, Language } from '../../domain/types'
import { CompanyForm } from '../settings/companyForm/CompanyForm'
import { emptyCompanyValues, type CompanyInputValues } from '../settings/companyForm/companySchema'
import { DemoCompanyCard } from './DemoCompanyCard'
import { SetupRestoreCard } from '../backup/SetupRestoreCard'
import './setup.css'

const BRAND_MARK = '€'

function currentLanguage(lang: string): Language {
  return lang === 'ro' || lang === 'en' ? lang : 'es'
}

/**
 * First run: the company's data (it goes on every invoice) or a demo company. Once saved, the app switches to the
 * shell by itself (useSetupState is a live query).
 */
export function SetupPage() {
  const { t, i18n } = useTranslation('setup')
  const [initial] = useState(() => {
    const lang = currentLanguage(i18n.language)
    const country: Country = lang === 'ro' ? 'RO' : 'ES'
    return emptyCompanyValues(country, lang)
  })

  async function save(input: CompanyInputValues) {
    await saveCompany(ctx, input)
    if (input.uiLanguage !== i18n.language) await setLanguage(input.uiLanguage)
  }

  return (
    <div className="setup-page">
      <header className="setup-topbar">
        <div className="setup-brand">
          <span className="brand-mark" aria-hidden="true">
            {BRAND_MARK}
          </span>
          <span className="setup-brand-name">{t('common:app.name')}</span>
        </div>
        <LanguageSwitcher />
      </header>
      <main className="setup-main">
        <section className="setup-hero">
          <h1>{t('welcome')}</h1>
          <p>{t('intro')}</p>
        </section>
        <DemoCompanyCard />
        <SetupRestoreCard />
        <div className="setup-divider">
          <span>{t('orOwnCompany')}</span>
        </div>
        <CompanyForm initial={initial} onSubmit={save} submitLabel={t('submit')} testIdPrefix="setup" followUiLanguage />
        <p className="setup-footnote muted">{t('laterInSettings')}</p>
      </main>
    </div>
  )
}
