import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { getEffectiveTemplate } from '../../../db/repos/collections/templates'
import { TEMPLATE_KEYS } from '../../../domain/collections/templates'
import type { CompanySettings, Language } from '../../../domain/types'
import { ctx } from '../../../lib/ctx'
import { TemplateEditor } from './TemplateEditor'

const LANGUAGES: Language[] = ['es', 'ro', 'en']

/** Letter templates per step (courtesy, reminders 1-3, formal demand) and language, with a live preview. */
export function TemplatesTab({ company }: { company: CompanySettings | undefined }) {
  const { t } = useTranslation('collections')
  const [key, setKey] = useState<string>('reminder1')
  const [language, setLanguage] = useState<Language>(company?.country === 'RO' ? 'ro' : 'es')
  const template = useLiveQuery(async () => ({ key, language, value: await getEffectiveTemplate(ctx, key, language) }), [key, language])
  const current = template && template.key === key && template.language === language ? template.value : undefined

  return (
    <div className="coll-templates">
      <nav className="coll-template-list" aria-label={t('templates.list')}>
        {TEMPLATE_KEYS.map((k) => (
          <button key={k} type="button" className={`coll-template-key ${k === key ? 'is-active' : ''}`} onClick={() => setKey(k)} data-testid={`template-key-${k}`}>
            <span className="strong">{t(`templates.keys.${k}`)}</span>
            <span className="muted small">{t(`templates.about.${k}`)}</span>
          </button>
        ))}
      </nav>
      <div className="coll-stack">
        <div className="coll-tabs" role="tablist" aria-label={t('templates.language')}>
          {LANGUAGES.map((lang) => (
            <button
              key={lang}
              type="button"
              role="tab"
              aria-selected={lang === language}
              className={`coll-tab ${lang === language ? 'is-active' : ''}`}
              onClick={() => setLanguage(lang)}
              data-testid={`template-lang-${lang}`}
            >
              {t(`common:language.${lang}`)}
            </button>
          ))}
        </div>
        {current ? (
          <TemplateEditor key={`${key}-${language}-${current.updatedAt}`} template={current} company={company} />
        ) : (
          <p className="muted">{t('common:app.loading')}</p>
        )}
      </div>
    </div>
  )
}
