/** STUB — replaced by the balance-confirmation work: zod schema of documents:saveBalanceConfirmationsPdf. */
import { z } from 'zod'
import type { BalanceConfirmationsPdfRequest } from './channels'

export const balanceConfirmationsPdfRequestSchema = z.custom<BalanceConfirmationsPdfRequest>(() => false)
