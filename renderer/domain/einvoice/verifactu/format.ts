/** Value formats of the agency's record fields (pure). */
import type { Cents, IsoDate } from '../../types'

/** FechaExpedicionFactura: dd-mm-yyyy. */
export function aeatDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-')
  return `${d}-${m}-${y}`
}

/** Amounts as the XML carries them: a dot and two decimals, minus sign when negative ('-12.35'). */
export function aeatAmount(cents: Cents): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** A Spanish NIF as the records carry it: upper case, no 'ES' VAT prefix, no spaces or dashes. */
export function aeatNif(taxId: string): string {
  const clean = taxId.toUpperCase().replace(/[\s.-]/g, '')
  return clean.startsWith('ES') && clean.length > 9 ? clean.slice(2) : clean
}

/**
 * FechaHoraHusoGenRegistro: the local time of `at` with its UTC offset, to the second (2024-01-01T19:20:30+01:00).
 * `offsetMinutes` is east of UTC (Madrid in winter: 60), i.e. `-date.getTimezoneOffset()`.
 */
export function aeatTimestamp(at: Date, offsetMinutes: number): string {
  const local = new Date(at.getTime() + offsetMinutes * 60_000)
  const iso = local.toISOString().slice(0, 19)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return `${iso}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}
