/**
 * Bench-only data: the demo's timeline covers only the last weeks of collections work (about 5 interactions per
 * customer), while the large company has 60,000 interactions over its history. This adds past calls,
 * e-mails and notes (no promises, no invoices named) spread over each customer's buying years, deterministically,
 * so the interaction indexes hold the volume. Reported separately in the results.
 */
import { addDays, daysBetween } from '../domain/dates'
import { mixSeed, Rng } from '../domain/demo'
import type { Interaction } from '../domain/types'
import type { Ctx } from '../db/context'
import type { LoadRequest } from './protocol'
import { bulkPutInteractions, interactionWriteTables } from '../db/repos/lastContacts'

const KINDS: Array<Pick<Interaction, 'type' | 'outcome' | 'text'>> = [
  { type: 'call', outcome: 'reached', text: 'Llamada de seguimiento: confirma que la factura está en pago.' },
  { type: 'call', outcome: 'notReached', text: 'No contesta; se vuelve a llamar la semana próxima.' },
  { type: 'email', outcome: '', text: 'Enviado el duplicado de la factura por correo.' },
  { type: 'note', outcome: '', text: 'Cambio de persona de contacto en administración.' },
  { type: 'visit', outcome: 'reached', text: 'Visita comercial; revisado el extracto con el cliente.' },
]

export async function topUpInteractions(ctx: Ctx, req: LoadRequest): Promise<number> {
  const { db } = ctx
  const missing = req.interactionsTarget - (await db.interactions.count())
  if (missing <= 0) return 0
  const customers = await db.customers.toArray()
  const perCustomer = Math.ceil(missing / customers.length)
  const lastDay = addDays(req.today, -60)
  let added = 0
  for (let start = 0; start < customers.length && added < missing; start += 100) {
    const rows: Interaction[] = []
    customers.slice(start, start + 100).forEach((c, j) => {
      const rng = new Rng(mixSeed(req.seed, 97, start + j))
      const from = c.createdAt.slice(0, 10)
      const span = Math.max(0, daysBetween(from, lastDay))
      for (let i = 0; i < perCustomer && added + rows.length < missing; i++) {
        const kind = KINDS[rng.int(0, KINDS.length - 1)]!
        const day = addDays(from, rng.int(0, span))
        rows.push({
          id: `bench-int-${c.id}-${String(i).padStart(4, '0')}`,
          customerId: c.id,
          at: `${day}T${String(rng.int(8, 17)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`,
          invoiceIds: [],
          promiseDate: '',
          promiseAmount: null,
          user: 'demo',
          ...kind,
        })
      }
    })
    await db.transaction('rw', interactionWriteTables(db), () => bulkPutInteractions(db, rows))
    added += rows.length
  }
  return added
}
