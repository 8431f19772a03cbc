import type { ReactNode } from 'react'
import { NavLink } from 'react-router'
import { useTranslation } from 'react-i18next'
import { LanguageSwitcher } from '../components/LanguageSwitcher'
import { useCompany } from '../features/settings/hooks'

const NAV = [
  { to: '/', key: 'home', end: true },
  { to: '/today', key: 'today' },
  { to: '/customers', key: 'customers' },
  { to: '/invoices', key: 'invoices' },
  { to: '/payments', key: 'payments' },
  { to: '/reports/aging', key: 'reports' },
  { to: '/products', key: 'products' },
  { to: '/collections/settings', key: 'collections' },
  { to: '/settings', key: 'settings' },
] as const

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common')
  const company = useCompany()
  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            €
          </span>
          <div>
            <div className="brand-name">{t('app.name')}</div>
            <div className="brand-company" title={company?.legalName}>
              {company?.tradeName || company?.legalName}
            </div>
          </div>
        </div>
        <nav aria-label={t('nav.label')}>
          {NAV.map((item) => (
            <NavLink key={item.to} to={item.to} end={'end' in item ? item.end : false} className={({ isActive }) => `nav-link ${isActive ? 'is-active' : ''}`}>
              {t(`nav.${item.key}`)}
            </NavLink>
          ))}
        </nav>
        <div className="sidebar-footer">
          <LanguageSwitcher />
        </div>
      </aside>
      <main className="content">{children}</main>
    </div>
  )
}
