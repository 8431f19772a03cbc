import { openDb, type Ctx } from '../db/context'
import { todayIso } from '../domain/dates'

/** The app's one database context. The signed-in user comes with the users feature; until then the owner. */
export const ctx: Ctx = { db: openDb(), user: 'owner', role: 'owner', now: () => new Date() }

/** Today's date in the user's time zone: the one place the UI reads the clock for business dates. */
export function today(): string {
  return todayIso(ctx.now())
}
