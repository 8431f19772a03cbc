/** Postal address lines of letters (the window envelope and the parties). */
import type { Address } from '../../../../renderer/domain/types'
import type { DocFormat } from './i18n'

/** Recipient lines as the post wants them: street, postal code and city, province when not the city, country if abroad. */
export function recipientLines(a: Address, senderCountry: string, fmt: DocFormat): string[] {
  const cityLine = [a.postalCode, a.city].filter((s) => s.trim() !== '').join(' ')
  const lines = [a.street, cityLine]
  if (a.region.trim() && a.region.trim().toLowerCase() !== a.city.trim().toLowerCase()) lines.push(a.region)
  if (a.country && a.country !== senderCountry) {
    lines.push((new Intl.DisplayNames([fmt.locale], { type: 'region' }).of(a.country) ?? a.country).toUpperCase())
  }
  return lines.filter((s) => s.trim() !== '')
}
