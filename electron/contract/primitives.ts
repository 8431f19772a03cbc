/**
 * The building blocks of the IPC schemas (zod 4): bounded text, integer cents and basis points, calendar dates,
 * closed enums, addresses, logos, save modes. Shared by schemas.ts and letterSchemas.ts. No electron import.
 */
import { z } from 'zod'

export const SHORT = 200
export const LONG = 4000

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0, 12)).getUTCDate()
}

/** True for 'YYYY-MM-DD' strings naming a real calendar day. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)
}

export const text = (max = SHORT) => z.string().max(max)
export const centsSchema = z.int({ error: 'must be a whole number of cents' })
export const basisPointsSchema = z.int({ error: 'must be whole basis points' }).min(0).max(10000)
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date YYYY-MM-DD' })
  .refine(isCalendarDate, { error: 'must be a real calendar date' })
export const isoDateTimeSchema = z.string().max(40)
export const quantitySchema = z
  .number()
  .refine((q) => Number.isFinite(q) && Math.abs(q) < 1e9, { error: 'must be a finite number' })
  .refine((q) => Math.abs(Math.round(q * 1000) - q * 1000) < 1e-6, { error: 'must have at most 3 decimals' })

export const countrySchema = z.enum(['ES', 'RO'])
export const currencySchema = z.enum(['EUR', 'RON'])
export const languageSchema = z.enum(['es', 'ro', 'en'])

export const addressSchema = z.object({
  street: text(),
  city: text(),
  postalCode: text(20),
  region: text(),
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'must be a 2-letter country code' }),
})

export const logoSchema = z
  .string()
  .max(3_000_000, { error: 'logo is too large' })
  .refine((s) => s === '' || /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=\s]+$/.test(s), {
    error: 'must be empty or a PNG/JPEG data URL',
  })

export const saveModeSchema = z.enum(['ask', 'default'])
