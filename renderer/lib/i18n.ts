import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../domain/types'

/** Every locales/<lang>/<namespace>.json, bundled at build time (the app never loads anything remote). */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json', { eager: true })

export const LANGUAGES: Language[] = ['es', 'ro', 'en']
export const FALLBACK_LANGUAGE: Language = 'en'

export function buildResources(): Record<string, Record<string, Record<string, unknown>>> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {}
  for (const [path, mod] of Object.entries(files)) {
    const match = /locales\/([a-z]{2})\/([A-Za-z0-9_-]+)\.json$/.exec(path)
    if (!match) continue
    const [, lang, ns] = match as unknown as [string, string, string]
    resources[lang] ??= {}
    resources[lang][ns] = mod.default
  }
  return resources
}

export function initI18n(language: Language = initialLanguage()): i18n {
  const resources = buildResources()
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    ns: Object.keys(resources[FALLBACK_LANGUAGE] ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  document.documentElement.lang = language
  return i18next
}

const STORAGE_KEY = 'cobro.uiLanguage'

export function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY)
  if (stored === 'es' || stored === 'ro' || stored === 'en') return stored
  const nav = globalThis.navigator?.language?.slice(0, 2)
  return nav === 'ro' ? 'ro' : nav === 'en' ? 'en' : 'es'
}

export async function setLanguage(language: Language): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, language)
  document.documentElement.lang = language
  await i18next.changeLanguage(language)
}
