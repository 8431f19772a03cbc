import { Navigate, Route, Routes } from 'react-router'
import { HomePage } from '../features/home/HomePage'
import { CustomersPage } from '../features/customers/CustomersPage'
import { CustomerPage } from '../features/customers/CustomerPage'
import { CustomerFormPage } from '../features/customers/CustomerFormPage'
import { ProductsPage } from '../features/products/ProductsPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { InvoicesPage } from '../features/invoices/InvoicesPage'
import { InvoiceEditorPage } from '../features/invoices/InvoiceEditorPage'
import { InvoicePage } from '../features/invoices/InvoicePage'
import { PaymentsPage } from '../features/payments/PaymentsPage'
import { PaymentFormPage } from '../features/payments/PaymentFormPage'
import { CreditNotePage } from '../features/creditNotes/CreditNotePage'
import { TodayPage } from '../features/collections/TodayPage'
import { AgingPage } from '../features/reports/AgingPage'
import { ConfirmationsPage } from '../features/reports/confirmations/ConfirmationsPage'
import { HealthPage } from '../features/reports/health/HealthPage'
import { DashboardPage } from '../features/reports/dashboard/DashboardPage'
import { ExportsPage } from '../features/reports/exports/ExportsPage'
import { BankPage } from '../features/bank/BankPage'
import { CollectionSettingsPage } from '../features/collections/settings/CollectionSettingsPage'
import { AuditPage } from '../features/audit/AuditPage'
import { BackupPage } from '../features/backup/BackupPage'
import { UsersPage } from '../features/users/UsersPage'
import { FiscalPage } from '../features/fiscal/FiscalPage'
import { EFacturaPage } from '../features/efactura/EFacturaPage'

/** Every screen of the app, by path. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/today" element={<TodayPage />} />
      <Route path="/collections/settings" element={<CollectionSettingsPage />} />
      <Route path="/customers" element={<CustomersPage />} />
      <Route path="/customers/new" element={<CustomerFormPage />} />
      <Route path="/customers/:id" element={<CustomerPage />} />
      <Route path="/customers/:id/edit" element={<CustomerFormPage />} />
      <Route path="/products" element={<ProductsPage />} />
      <Route path="/invoices" element={<InvoicesPage />} />
      <Route path="/invoices/new" element={<InvoiceEditorPage />} />
      <Route path="/invoices/:id" element={<InvoicePage />} />
      <Route path="/invoices/:id/edit" element={<InvoiceEditorPage />} />
      <Route path="/credit-notes/:id" element={<CreditNotePage />} />
      <Route path="/payments" element={<PaymentsPage />} />
      <Route path="/payments/new" element={<PaymentFormPage />} />
      <Route path="/bank" element={<BankPage />} />
      <Route path="/reports/aging" element={<AgingPage />} />
      <Route path="/reports/confirmations" element={<ConfirmationsPage />} />
      <Route path="/reports/health" element={<HealthPage />} />
      <Route path="/reports/dashboard" element={<DashboardPage />} />
      <Route path="/reports/exports" element={<ExportsPage />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="/audit" element={<AuditPage />} />
      <Route path="/backups" element={<BackupPage />} />
      <Route path="/users" element={<UsersPage />} />
      <Route path="/fiscal" element={<FiscalPage />} />
      <Route path="/efactura" element={<EFacturaPage />} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  )
}
