import { useEffect, useRef } from 'react'
import { useCompany } from '../features/settings/hooks'
import { setLanguage } from '../lib/i18n'

/** On start, the UI takes the language saved in the company settings (once; the switcher changes it afterwards). */
export function useSyncLanguageWithCompany(): void {
  const company = useCompany()
  const applied = useRef(false)
  useEffect(() => {
    if (company && !applied.current) {
      applied.current = true
      const stored = globalThis.localStorage?.getItem('cobro.uiLanguage')
      if (!stored) void setLanguage(company.uiLanguage)
    }
  }, [company])
}
