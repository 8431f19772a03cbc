import { it } from 'vitest'
import { demoChunks, planDemo } from '../../../renderer/domain/demo'
import { toStoredInvoice } from '../../../renderer/db/stored'
it('x', () => {
  const plan = planDemo({ country: 'RO', today: '2026-11-23', customers: 200, months: 12, invoicesPerCustomerMonth: 8.33 })
  const t1 = Date.now()
  const chunks = [...demoChunks(plan, 50)]
  const t2 = Date.now()
  for (const ch of chunks) ch.invoices.map(toStoredInvoice)
  console.log('gen', t2 - t1, 'stored', Date.now() - t2)
}, 120000)
