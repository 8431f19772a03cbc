/**
 * The reply form: agreed, or disputed with the customer's balance typed in the user's locale ("1.234,56"; negative
 * when they say the balance is in their favour), the reply date and a note. Messages are i18n keys.
 */
import { z } from 'zod'
import { parseMoney } from '../../../domain/money'
import type { IsoDate } from '../../../domain/types'

export const NOTE_MAX = 2000

export interface ReplyFormValues {
  reply: 'agreed' | 'disputed'
  amount: string
  repliedOn: string
  note: string
}

const M = {
  amountRequired: 'confirmations:reply.amountRequired',
  amountInvalid: 'confirmations:reply.amountInvalid',
  dateRequired: 'confirmations:reply.dateRequired',
  dateFuture: 'confirmations:reply.dateFuture',
  dateBeforeSent: 'confirmations:reply.dateBeforeSent',
  noteTooLong: 'confirmations:reply.noteTooLong',
} as const

/** The customer's amount in cents as typed (a leading minus allowed), or null when empty or not an amount. */
export function parseReplyAmount(text: string, locale: string): number | null {
  return text.trim() === '' ? null : parseMoney(text, locale)
}

export function makeReplySchema(locale: string, today: IsoDate, sentOn: IsoDate) {
  return z
    .object({
      reply: z.enum(['agreed', 'disputed']),
      amount: z.string(),
      repliedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, M.dateRequired),
      note: z.string().max(NOTE_MAX, M.noteTooLong),
    })
    .superRefine((v, ctx) => {
      if (v.reply === 'disputed') {
        if (v.amount.trim() === '') ctx.addIssue({ code: 'custom', path: ['amount'], message: M.amountRequired })
        else if (parseReplyAmount(v.amount, locale) === null) ctx.addIssue({ code: 'custom', path: ['amount'], message: M.amountInvalid })
      }
      if (v.repliedOn > today) ctx.addIssue({ code: 'custom', path: ['repliedOn'], message: M.dateFuture })
      else if (/^\d{4}-\d{2}-\d{2}$/.test(v.repliedOn) && v.repliedOn < sentOn) {
        ctx.addIssue({ code: 'custom', path: ['repliedOn'], message: M.dateBeforeSent })
      }
    })
}
