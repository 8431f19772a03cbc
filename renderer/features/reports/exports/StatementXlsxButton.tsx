import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { customerStatementModel, statementSource } from '../../../db/repos/reports/exports'
import { getCustomer } from '../../../db/repos/customers'
import { ctx } from '../../../lib/ctx'
import { useCompany } from '../../settings/hooks'
import { exportRequest } from './exportTexts'
import { useExportRunner } from './useExportRunner'

/**
 * The customer's statement as an Excel sheet, for the same period and from the same model as the statement PDF,
 * in the customer's language (it is usually sent to the customer).
 */
export function StatementXlsxButton({ customerId, from, to, disabled }: { customerId: string; from: string; to: string; disabled?: boolean }) {
  const { t } = useTranslation('exports')
  const company = useCompany()
  const { state, run } = useExportRunner()
  const onClick = () => {
    if (!company) return
    void run(async () => {
      const [model, customer] = await Promise.all([customerStatementModel(ctx, company, customerId, { from, to }), getCustomer(ctx, customerId)])
      if (!model || !customer) return null
      const request = exportRequest({
        kind: 'statement',
        language: model.language,
        format: 'xlsx',
        company,
        from,
        to,
        customer: { legalName: customer.legalName, taxId: customer.taxId, country: customer.address.country },
      })
      return { source: statementSource(model), request }
    })
  }
  return (
    <Button busy={state.phase !== 'idle'} disabled={disabled || !company} onClick={onClick} data-testid="customer-statement-xlsx">
      {t('statement.exportXlsx')}
    </Button>
  )
}
