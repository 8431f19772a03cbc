import { useTranslation } from 'react-i18next'
import { LANGUAGES, setLanguage } from '../lib/i18n'
import type { Language } from '../domain/types'

/** Switches the UI language at any time; documents keep the customer's language. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common')
  return (
    <label className="language-switcher">
      <span>{t('language.label')}</span>
      <select value={i18n.language} onChange={(e) => void setLanguage(e.target.value as Language)} data-testid="language-switcher">
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
