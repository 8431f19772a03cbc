/**
 * Interest notes (issue 3): what a note is built from (every issued invoice of the customer past its due date, open
 * or paid, with its reductions — the domain keeps those with interest or compensation to claim) and recording a
 * printed note on the timeline. No table of its own: a note is ONE timeline Interaction (type 'letter', with the
 * document name, the invoices and a text naming the note and its amount) plus its audit row.
 */
import Dexie from 'dexie'
import { z } from 'zod'
import type { Reduction } from '../../../domain/collections/interest'
import { DomainError } from '../../../domain/errors'
import { localeOf } from '../../../domain/locale'
import { formatMoney } from '../../../domain/money'
import type { Interaction, Invoice, IsoDate, Language } from '../../../domain/types'
import { newId, nowIso, type Ctx } from '../../context'
import { isoDate, nonNegativeMoney, optionalText, requiredText } from '../../inputs'
import { parseInput } from '../../validate'
import { writeAudit } from '../audit'
import { addInteraction, interactionWriteTables } from '../lastContacts'
import { requireCompany } from '../company'
import { requireCustomer } from '../customers'
import { reductionsOfCustomer } from './interest'
import type { LetterInputs } from './letters'
import { listRates } from './rates'
import { getCollectionSettings } from './settings'
import { effectiveTemplates } from './templates'
import { requireRight } from '../../rights'

/**
 * Like letterInputs, but `invoices` are the customer's issued invoices due before `today`, open or paid (paid late
 * ones still owe interest and compensation), oldest due first, each with its reductions.
 */
export async function interestNoteInputs(ctx: Ctx, customerId: string, today: IsoDate): Promise<LetterInputs> {
  const { db } = ctx
  const tables = [
    db.company, db.customers, db.invoices, db.allocations, db.creditNotes, db.interestRates, db.collectionSettings,
    db.letterTemplates,
  ]
  return db.transaction('r', tables, async () => {
    const [company, customer] = await Promise.all([requireCompany(ctx), requireCustomer(ctx, customerId)])
    const [all, reductions, settings, rates, templates] = await Promise.all([
      db.invoices.where('[customerId+issueDate]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey], true, true).toArray(),
      reductionsOfCustomer(ctx, customerId),
      getCollectionSettings(ctx),
      listRates(ctx),
      effectiveTemplates(ctx, customer.language),
    ])
    const invoices = all
      .filter((i) => i.lifecycle === 'issued' && i.dueDate < today)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.fullNumber.localeCompare(b.fullNumber))
      .map((invoice): { invoice: Invoice; reductions: Reduction[] } => ({ invoice, reductions: reductions.get(invoice.id) ?? [] }))
    return { company, customer, invoices, settings, rates, templates, language: customer.language, today }
  })
}

export const interestNoteSchema = z.object({
  customerId: requiredText(100),
  invoiceIds: z.array(z.string().min(1, 'required')).min(1, 'required').max(500, 'tooMany'),
  documentName: optionalText(300),
  today: isoDate,
  interest: nonNegativeMoney,
  compensation: nonNegativeMoney,
  /** The timeline text (the UI passes it translated); default: the note's name and amount in the customer's language. */
  text: optionalText(4000),
})
export type InterestNoteInput = z.input<typeof interestNoteSchema>

const NOTE_NAME: Record<Language, string> = {
  es: 'Nota de liquidación de intereses de demora',
  ro: 'Notă de calcul al penalităților de întârziere',
  en: 'Late payment interest note',
}

/**
 * Records a printed interest note: one timeline interaction (type 'letter', with the document name and the
 * invoices) and its audit row, in one transaction. Refused (nothing written) without invoices, with an amount that
 * is not whole non-negative cents, with nothing claimed, or with an invoice of another customer.
 */
export async function recordInterestNote(ctx: Ctx, input: InterestNoteInput): Promise<Interaction> {
  requireRight(ctx, 'interactions.write')
  const v = parseInput(interestNoteSchema, input)
  if (v.interest + v.compensation === 0) throw new DomainError('letters.nothingToClaim')
  const { db } = ctx
  return db.transaction('rw', [...interactionWriteTables(db), db.invoices, db.customers, db.audit], async () => {
    const customer = await requireCustomer(ctx, v.customerId)
    const invoiceIds = [...new Set(v.invoiceIds)]
    let currency = ''
    for (const id of invoiceIds) {
      const inv = await db.invoices.get(id)
      if (!inv) throw new DomainError('data.invoice.notFound')
      if (inv.customerId !== customer.id) throw new DomainError('data.interaction.foreignInvoice', { invoice: inv.fullNumber })
      currency ||= inv.currency
    }
    const amount = formatMoney(v.interest + v.compensation, currency as Invoice['currency'], localeOf(customer.language))
    const interaction: Interaction = {
      id: newId(),
      customerId: customer.id,
      type: 'letter',
      at: nowIso(ctx),
      outcome: '',
      text: v.text || `${NOTE_NAME[customer.language]}: ${amount}`,
      invoiceIds,
      promiseDate: '',
      promiseAmount: null,
      user: ctx.user,
      ...(v.documentName ? { documentName: v.documentName } : {}),
    }
    await addInteraction(db, interaction)
    await writeAudit(ctx, 'interaction', interaction.id, 'create', null, interaction)
    return interaction
  })
}
