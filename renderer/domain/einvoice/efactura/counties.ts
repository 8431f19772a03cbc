/**
 * Romanian counties as ISO 3166-2:RO codes, and the resolver from what our addresses hold (free text typed by a
 * person: 'Cluj', 'jud. Iași', 'Iasi', 'Sector 6', 'București') to what CIUS-RO asks for in a postal address:
 * CountrySubentity 'RO-CJ' (BR-RO-110/111) and, in Bucharest, 'RO-B' with the sector as the city, 'SECTOR1' ..
 * 'SECTOR6' (BR-RO-100/101). The code list is the one of the CIUS-RO 1.0.9 schematron (ISO-3166-RO-CODES).
 */
import { queryWords } from '../../search'
import type { Address } from '../../types'

/** ISO 3166-2:RO suffix -> county name with diacritics (comma-below ș/ț, as written today). */
export const RO_COUNTIES: Readonly<Record<string, string>> = {
  AB: 'Alba', AR: 'Arad', AG: 'Argeș', BC: 'Bacău', BH: 'Bihor', BN: 'Bistrița-Năsăud', BT: 'Botoșani',
  BR: 'Brăila', BV: 'Brașov', B: 'București', BZ: 'Buzău', CL: 'Călărași', CS: 'Caraș-Severin', CJ: 'Cluj',
  CT: 'Constanța', CV: 'Covasna', DB: 'Dâmbovița', DJ: 'Dolj', GL: 'Galați', GR: 'Giurgiu', GJ: 'Gorj',
  HR: 'Harghita', HD: 'Hunedoara', IL: 'Ialomița', IS: 'Iași', IF: 'Ilfov', MM: 'Maramureș', MH: 'Mehedinți',
  MS: 'Mureș', NT: 'Neamț', OT: 'Olt', PH: 'Prahova', SJ: 'Sălaj', SM: 'Satu Mare', SB: 'Sibiu', SV: 'Suceava',
  TR: 'Teleorman', TM: 'Timiș', TL: 'Tulcea', VL: 'Vâlcea', VS: 'Vaslui', VN: 'Vrancea',
}

/** Every valid CountrySubentity for a Romanian address: 'RO-AB' ... 'RO-VN', 'RO-B'. */
export const RO_SUBENTITIES: ReadonlySet<string> = new Set(Object.keys(RO_COUNTIES).map((c) => `RO-${c}`))

export const BUCHAREST_SECTORS = ['SECTOR1', 'SECTOR2', 'SECTOR3', 'SECTOR4', 'SECTOR5', 'SECTOR6'] as const

/**
 * Lower case, without diacritics (both the cedilla ş/ţ and the comma-below ș/ț forms decompose under NFD),
 * punctuation and hyphens as spaces, spaces collapsed: 'Bistrița-Năsăud' -> 'bistrita nasaud'.
 */
export function foldRo(s: string): string {
  return queryWords(s).join(' ')
}

const BY_NAME = new Map<string, string>(Object.entries(RO_COUNTIES).map(([code, name]) => [foldRo(name), code]))
BY_NAME.set('bucharest', 'B')
BY_NAME.set('municipiul bucuresti', 'B')
BY_NAME.set('mun bucuresti', 'B')

/** Words people put before a county name: 'jud. Cluj', 'Județul Iași', 'judet Alba', 'County Cluj'. */
const COUNTY_PREFIX = /^(judetul|judet|jud|county)\s+/

const SECTOR_RE = /\bsector(?:ul)?\s*([1-6])\b/

/** The Bucharest sector named in a text ('Sector 2', 'sectorul 6', 'SECTOR3', 'Sect. 4' is not), or null. */
export function sectorIn(text: string): number | null {
  const m = SECTOR_RE.exec(foldRo(text))
  return m ? Number(m[1]) : null
}

/**
 * The county code ('CJ', 'B') a free text names, or null: a county name with or without diacritics and with or
 * without 'jud.', an ISO code ('CJ', 'RO-CJ'), a Bucharest sector ('Sector 6' means Bucharest).
 */
export function countyCodeOf(text: string): string | null {
  const raw = text.trim().toUpperCase().replace(/^RO-/, '')
  if (raw in RO_COUNTIES) return raw
  const folded = foldRo(text).replace(COUNTY_PREFIX, '')
  if (folded === '') return null
  const byName = BY_NAME.get(folded)
  if (byName) return byName
  if (/^sector(?:ul)?\s*[1-6]$/.test(folded)) return 'B'
  return null
}

export interface ResolvedAddress {
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode: string
  /** 'RO-CJ' for Romania; the region as typed elsewhere; null when nothing usable. */
  countrySubentity: string | null
  /** The city, or 'SECTORn' in Bucharest. */
  cityName: string
  /** Romania only: the county could not be recognised (BR-RO-110/111) or Bucharest has no sector (BR-RO-100/101). */
  problem: 'county' | 'sector' | null
}

/**
 * What an address becomes in the XML. Romania: the county from the region, else from the city (county seats
 * such as 'Iași' share the county's name); Bucharest: the sector from the region, the city or the street, in that
 * order, else `problem: 'sector'` and the city left as typed.
 */
export function resolveAddress(a: Address): ResolvedAddress {
  const countryCode = a.country.trim().toUpperCase()
  const city = a.city.trim()
  if (countryCode !== 'RO') {
    return { countryCode, countrySubentity: a.region.trim() || null, cityName: city, problem: null }
  }
  const code = countyCodeOf(a.region) ?? countyCodeOf(city)
  if (!code) return { countryCode, countrySubentity: null, cityName: city, problem: 'county' }
  if (code !== 'B') return { countryCode, countrySubentity: `RO-${code}`, cityName: city, problem: null }
  const sector = sectorIn(a.region) ?? sectorIn(city) ?? sectorIn(a.street)
  if (sector === null) return { countryCode, countrySubentity: 'RO-B', cityName: city, problem: 'sector' }
  return { countryCode, countrySubentity: 'RO-B', cityName: `SECTOR${sector}`, problem: null }
}
