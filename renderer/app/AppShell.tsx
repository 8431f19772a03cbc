import type { ReactNode } from 'react'
import { NavLink } from 'react-router'
import { useTranslation } from 'react-i18next'
import { LanguageSwitcher } from '../components/LanguageSwitcher'
import { useCompany } from '../features/settings/hooks'
import { OverrideDialog } from '../features/users/OverrideDialog'
import { UserMenu } from '../features/users/UserMenu'
import { FiscalBanner } from '../features/fiscal/FiscalBanner'

/** `country`: shown only to companies of that country (Spain's invoice records). */
type NavItem = { to: string; key: string; end?: boolean; country?: 'ES' | 'RO' }

/** The sidebar: daily work first, then the reports, then the setup screens (groups carry a heading). */
const NAV: { group: '' | 'groupReports' | 'groupSetup'; items: NavItem[] }[] = [
  {
    group: '',
    items: [
      { to: '/', key: 'home', end: true },
      { to: '/today', key: 'today' },
      { to: '/customers', key: 'customers' },
      { to: '/invoices', key: 'invoices' },
      { to: '/efactura', key: 'efactura', country: 'RO' },
      { to: '/payments', key: 'payments' },
      { to: '/bank', key: 'bank' },
    ],
  },
  {
    group: 'groupReports',
    items: [
      { to: '/reports/dashboard', key: 'dashboard' },
      { to: '/reports/aging', key: 'reports' },
      { to: '/reports/health', key: 'health' },
      { to: '/reports/confirmations', key: 'confirmations' },
      { to: '/reports/exports', key: 'exports' },
    ],
  },
  {
    group: 'groupSetup',
    items: [
      { to: '/products', key: 'products' },
      { to: '/collections/settings', key: 'collections' },
      { to: '/audit', key: 'audit' },
      { to: '/fiscal', key: 'fiscal', country: 'ES' },
      { to: '/backups', key: 'backups' },
      { to: '/users', key: 'users' },
      { to: '/settings', key: 'settings' },
    ],
  },
]

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
          {NAV.map(({ group, items }) => (
            <div key={group || 'main'} className="nav-group">
              {group && <div className="nav-heading">{t(`nav.${group}`)}</div>}
              {items.filter((item) => !item.country || item.country === company?.country).map((item) => (
                <NavLink key={item.to} to={item.to} end={item.end ?? false} className={({ isActive }) => `nav-link ${isActive ? 'is-active' : ''}`}>
                  {t(`nav.${item.key}`)}
                </NavLink>
              ))}
            </div>
          ))}
        </nav>
        <div className="sidebar-footer">
          <UserMenu />
          <LanguageSwitcher />
        </div>
      </aside>
      <main className="content">
        <FiscalBanner />
        {children}
      </main>
      <OverrideDialog />
    </div>
  )
}
