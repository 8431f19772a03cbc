/** Column mappings of CSV/XLSX bank exports, saved per bank by the user and offered again for the next file. */
import { z } from 'zod'
import type { ColumnMapping } from '../../../domain/bank/types'
import { DomainError } from '../../../domain/errors'
import { newId, type Ctx } from '../../context'
import { currencySchema, requiredText } from '../../inputs'
import { parseInput, requireIban } from '../../validate'
import { writeAudit } from '../audit'
import { requireRight } from '../../rights'

const column = z.number().int('notInteger').min(0, 'mustNotBeNegative').max(200, 'tooLarge')
const optionalColumn = column.nullable()

const mappingSchema = z.object({
  id: z.string().default(''),
  name: requiredText(80),
  skipRows: z.number().int('notInteger').min(0, 'mustNotBeNegative').max(100, 'tooLarge'),
  hasHeader: z.boolean(),
  delimiter: z.enum([';', ',', '\t']),
  decimalSeparator: z.enum([',', '.']),
  dateFormat: z.enum(['dd/mm/yyyy', 'dd.mm.yyyy', 'yyyy-mm-dd', 'dd-mm-yyyy', 'mm/dd/yyyy']),
  columns: z.object({
    bookingDate: column,
    valueDate: optionalColumn,
    amount: optionalColumn,
    credit: optionalColumn,
    debit: optionalColumn,
    remittance: z.array(column).max(6, 'tooMany'),
    counterpartyName: optionalColumn,
    counterpartyIban: optionalColumn,
    reference: optionalColumn,
    balance: optionalColumn,
  }),
  accountIban: z.string(),
  currency: currencySchema,
})

/** Saves (creates or replaces) a mapping; it needs a signed amount column or both credit and debit columns. */
export async function saveMapping(ctx: Ctx, input: ColumnMapping): Promise<ColumnMapping> {
  requireRight(ctx, 'bank.import')
  const v = parseInput(mappingSchema, input)
  const { amount, credit, debit } = v.columns
  if (amount === null && (credit === null || debit === null)) throw new DomainError('bankImport.mappingAmount')
  const mapping: ColumnMapping = { ...v, id: v.id || newId(), accountIban: requireIban(v.accountIban) }
  const { db } = ctx
  return db.transaction('rw', [db.bankMappings, db.audit], async () => {
    const before = await db.bankMappings.get(mapping.id)
    await db.bankMappings.put(mapping)
    await writeAudit(ctx, 'bankMapping', mapping.id, before ? 'update' : 'create', before ?? null, mapping)
    return mapping
  })
}

export async function listMappings(ctx: Ctx): Promise<ColumnMapping[]> {
  const all = await ctx.db.bankMappings.toArray()
  return all.sort((a, b) => a.name.localeCompare(b.name))
}
