/** Real places for demo addresses: Spanish provinces and cities, Romanian counties, cities and Bucharest sectors. */
import type { Address, Country } from '../types'
import type { Rng } from './prng'

export interface City {
  city: string
  region: string
  /** Postal codes [first, last] (numbers; ES 5 digits, RO 6 digits with leading zeros). */
  postal: [number, number]
  /** ES: INE province code (first digits of the postal code); RO: Registrul Comerțului county number. */
  code: string
  /** Landline prefix. */
  phone: string
  weight: number
}

export const ES_CITIES: readonly City[] = [
  { city: 'Madrid', region: 'Madrid', postal: [28001, 28055], code: '28', phone: '91', weight: 10 },
  { city: 'Alcalá de Henares', region: 'Madrid', postal: [28801, 28807], code: '28', phone: '91', weight: 2 },
  { city: 'Getafe', region: 'Madrid', postal: [28901, 28909], code: '28', phone: '91', weight: 2 },
  { city: 'Alcobendas', region: 'Madrid', postal: [28100, 28109], code: '28', phone: '91', weight: 2 },
  { city: 'Barcelona', region: 'Barcelona', postal: [8001, 8042], code: '08', phone: '93', weight: 5 },
  { city: 'Sabadell', region: 'Barcelona', postal: [8201, 8208], code: '08', phone: '937', weight: 1 },
  { city: 'València', region: 'Valencia', postal: [46001, 46026], code: '46', phone: '963', weight: 3 },
  { city: 'Gandia', region: 'Valencia', postal: [46700, 46702], code: '46', phone: '962', weight: 1 },
  { city: 'Sevilla', region: 'Sevilla', postal: [41001, 41020], code: '41', phone: '954', weight: 3 },
  { city: 'Dos Hermanas', region: 'Sevilla', postal: [41700, 41704], code: '41', phone: '955', weight: 1 },
  { city: 'Málaga', region: 'Málaga', postal: [29001, 29018], code: '29', phone: '952', weight: 2 },
  { city: 'Marbella', region: 'Málaga', postal: [29600, 29604], code: '29', phone: '952', weight: 1 },
  { city: 'Zaragoza', region: 'Zaragoza', postal: [50001, 50018], code: '50', phone: '976', weight: 2 },
  { city: 'Bilbao', region: 'Bizkaia', postal: [48001, 48015], code: '48', phone: '944', weight: 2 },
  { city: 'Murcia', region: 'Murcia', postal: [30001, 30012], code: '30', phone: '968', weight: 1 },
  { city: 'Cartagena', region: 'Murcia', postal: [30201, 30205], code: '30', phone: '968', weight: 1 },
  { city: 'Alicante', region: 'Alicante', postal: [3001, 3016], code: '03', phone: '965', weight: 1 },
  { city: 'Benidorm', region: 'Alicante', postal: [3501, 3503], code: '03', phone: '966', weight: 1 },
  { city: 'A Coruña', region: 'A Coruña', postal: [15001, 15011], code: '15', phone: '981', weight: 1 },
  { city: 'Santiago de Compostela', region: 'A Coruña', postal: [15701, 15707], code: '15', phone: '981', weight: 1 },
  { city: 'Gijón', region: 'Asturias', postal: [33201, 33213], code: '33', phone: '985', weight: 1 },
  { city: 'Granada', region: 'Granada', postal: [18001, 18015], code: '18', phone: '958', weight: 1 },
  { city: 'Valladolid', region: 'Valladolid', postal: [47001, 47016], code: '47', phone: '983', weight: 1 },
  { city: 'Jerez de la Frontera', region: 'Cádiz', postal: [11401, 11408], code: '11', phone: '956', weight: 1 },
  { city: 'Palma', region: 'Illes Balears', postal: [7001, 7015], code: '07', phone: '971', weight: 1 },
  { city: 'Pamplona', region: 'Navarra', postal: [31001, 31016], code: '31', phone: '948', weight: 1 },
]

export const RO_CITIES: readonly City[] = [
  { city: 'București', region: 'Sector 1', postal: [10011, 16999], code: '40', phone: '21', weight: 3 },
  { city: 'București', region: 'Sector 2', postal: [20011, 26999], code: '40', phone: '21', weight: 3 },
  { city: 'București', region: 'Sector 3', postal: [30011, 36999], code: '40', phone: '21', weight: 3 },
  { city: 'București', region: 'Sector 4', postal: [40011, 46999], code: '40', phone: '21', weight: 2 },
  { city: 'București', region: 'Sector 5', postal: [50011, 56999], code: '40', phone: '21', weight: 2 },
  { city: 'București', region: 'Sector 6', postal: [60011, 66999], code: '40', phone: '21', weight: 3 },
  { city: 'Voluntari', region: 'Ilfov', postal: [77190, 77191], code: '23', phone: '21', weight: 1 },
  { city: 'Otopeni', region: 'Ilfov', postal: [75100, 75101], code: '23', phone: '21', weight: 1 },
  { city: 'Cluj-Napoca', region: 'Cluj', postal: [400001, 400699], code: '12', phone: '264', weight: 3 },
  { city: 'Timișoara', region: 'Timiș', postal: [300001, 300699], code: '35', phone: '256', weight: 2 },
  { city: 'Iași', region: 'Iași', postal: [700001, 700699], code: '22', phone: '232', weight: 2 },
  { city: 'Constanța', region: 'Constanța', postal: [900001, 900699], code: '13', phone: '241', weight: 2 },
  { city: 'Brașov', region: 'Brașov', postal: [500001, 500499], code: '08', phone: '268', weight: 2 },
  { city: 'Ploiești', region: 'Prahova', postal: [100001, 100599], code: '29', phone: '244', weight: 1 },
  { city: 'Craiova', region: 'Dolj', postal: [200001, 200799], code: '16', phone: '251', weight: 1 },
  { city: 'Oradea', region: 'Bihor', postal: [410001, 410599], code: '05', phone: '259', weight: 1 },
  { city: 'Sibiu', region: 'Sibiu', postal: [550001, 550399], code: '32', phone: '269', weight: 1 },
  { city: 'Pitești', region: 'Argeș', postal: [110001, 110499], code: '03', phone: '248', weight: 1 },
  { city: 'Suceava', region: 'Suceava', postal: [720001, 720299], code: '33', phone: '230', weight: 1 },
  { city: 'Galați', region: 'Galați', postal: [800001, 800699], code: '17', phone: '236', weight: 1 },
  { city: 'Târgu Mureș', region: 'Mureș', postal: [540001, 540599], code: '26', phone: '265', weight: 1 },
]

const ES_STREETS = [
  'Calle Mayor', 'Calle Real', 'Avenida de la Constitución', 'Calle San Francisco', 'Gran Vía', 'Avenida de Andalucía',
  'Calle del Sol', 'Calle de Cervantes', 'Calle de Goya', 'Plaza de la Paz', 'Calle del Carmen', 'Calle Santa Ana',
  'Calle del Mercado', 'Paseo de Colón', 'Avenida Blasco Ibáñez', 'Calle Reyes Católicos', 'Calle Doctor Fleming',
  'Avenida de la Estación', 'Calle de la Iglesia', 'Paseo Marítimo', 'Calle Nueva', 'Avenida de Europa',
  'Calle Hernán Cortés', 'Calle Alfonso XIII', 'Ronda de Poniente', 'Calle de los Olivos', 'Polígono Industrial El Pinar, nave',
]
const ES_FLOOR = ['', '', '', ', bajo', ', local 2', ', 1.º A', ', esquina']

const RO_STREETS = [
  'Str. Mihai Eminescu', 'Str. Avram Iancu', 'Bd. Ștefan cel Mare', 'Str. Libertății', 'Bd. Republicii',
  'Bd. Independenței', 'Str. Mihai Viteazu', 'Bd. Unirii', 'Str. Florilor', 'Calea Victoriei', 'Str. Tudor Vladimirescu',
  'Str. Nicolae Bălcescu', 'Str. Decebal', 'Bd. Traian', 'Str. Gării', 'Str. Morii', 'Str. Primăverii',
  'Șos. Pantelimon', 'Calea Moșilor', 'Str. Lipscani', 'Șos. Berceni', 'Bd. Iuliu Maniu', 'Str. Zizinului',
]
const RO_EXTRA = ['', '', '', ', bl. A3, sc. 1, parter', ', parter', ', hala 2']

export function citiesOf(country: Country): readonly City[] {
  return country === 'ES' ? ES_CITIES : RO_CITIES
}

export function pickCity(rng: Rng, country: Country, near?: City): City {
  const all = citiesOf(country)
  if (near && rng.chance(0.7)) return rng.pick(all.filter((c) => c.region === near.region || c.code === near.code))
  return rng.weighted(all.map((c) => [c, c.weight] as const))
}

function postalCode(rng: Rng, country: Country, city: City): string {
  return String(rng.int(city.postal[0], city.postal[1])).padStart(country === 'ES' ? 5 : 6, '0')
}

export function address(rng: Rng, country: Country, city: City): Address {
  const street =
    country === 'ES'
      ? `${rng.pick(ES_STREETS)}, ${rng.int(1, 180)}${rng.pick(ES_FLOOR)}`
      : `${rng.pick(RO_STREETS)} nr. ${rng.int(1, 250)}${rng.pick(RO_EXTRA)}`
  return { street, city: city.city, postalCode: postalCode(rng, country, city), region: city.region, country }
}

export function landline(rng: Rng, country: Country, city: City): string {
  const rest = rng.digits(9 - city.phone.length)
  if (country === 'ES') return `+34 ${city.phone}${rest}`.replace(/^(\+34 )(\d{3})(\d{3})(\d{3})$/, '$1$2 $3 $4')
  return `+40 ${city.phone} ${rest.slice(0, 3)} ${rest.slice(3)}`
}

export function mobile(rng: Rng, country: Country): string {
  return country === 'ES'
    ? `+34 6${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`
    : `+40 7${rng.int(2, 6)}${rng.digits(1)} ${rng.digits(3)} ${rng.digits(3)}`
}
