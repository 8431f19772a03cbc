import type { Language } from './types'

/** The Intl locale used for numbers, money and dates in each UI / document language. */
const LOCALES: Record<Language, string> = { es: 'es-ES', ro: 'ro-RO', en: 'en-GB' }

export function localeOf(lang: Language): string {
  return LOCALES[lang]
}
