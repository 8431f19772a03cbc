/** People and business names for the demo customers, Spanish and Romanian. */
import type { Country } from '../types'
import type { Rng } from './prng'

const ES_FIRST = [
  'María', 'Carmen', 'Josefa', 'Isabel', 'Ana', 'Laura', 'Lucía', 'Cristina', 'Marta', 'Pilar', 'Rocío', 'Nuria',
  'Antonio', 'José', 'Manuel', 'Francisco', 'Javier', 'David', 'Juan', 'Miguel', 'Alejandro', 'Rafael', 'Pedro', 'Íñigo',
]
const ES_SURNAMES = [
  'García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez',
  'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Navarro', 'Torres', 'Domínguez', 'Ortega',
  'Castaño', 'Iglesias', 'Núñez', 'Peña', 'Ibáñez', 'Etxeberria', 'Vidal', 'Serrano',
]
const RO_FIRST = [
  'Maria', 'Elena', 'Ioana', 'Ana', 'Mihaela', 'Andreea', 'Cristina', 'Gabriela', 'Alina', 'Roxana', 'Daniela',
  'Ion', 'Gheorghe', 'Andrei', 'Mihai', 'Alexandru', 'Ștefan', 'Constantin', 'Vasile', 'Adrian', 'Bogdan', 'Răzvan',
]
const RO_SURNAMES = [
  'Popescu', 'Ionescu', 'Popa', 'Dumitrescu', 'Stan', 'Stoica', 'Gheorghe', 'Matei', 'Ciobanu', 'Rusu', 'Munteanu',
  'Constantinescu', 'Mureșan', 'Dobre', 'Florea', 'Nistor', 'Lazăr', 'Tănase', 'Bălan', 'Șerban', 'Moldovan', 'Țurcanu',
]

export interface Person {
  first: string
  last: string
  full: string
}

export function person(rng: Rng, country: Country): Person {
  if (country === 'ES') {
    const first = rng.pick(ES_FIRST)
    const last = `${rng.pick(ES_SURNAMES)} ${rng.pick(ES_SURNAMES)}`
    return { first, last, full: `${first} ${last}` }
  }
  const first = rng.pick(RO_FIRST)
  const last = rng.pick(RO_SURNAMES)
  return { first, last, full: `${first} ${last}` }
}

export type BusinessKind = 'company' | 'soleTrader' | 'public'

const ES_COMPANY_PATTERNS: readonly (readonly [string, string])[] = [
  ['Supermercados {S}, S.L.', 'Supermercados {S}'],
  ['Autoservicio {S} e Hijos, S.L.', 'Autoservicio {S}'],
  ['Hostelería {S}, S.L.', 'Restaurante Casa {S}'],
  ['Restauración {P}, S.L.', 'Restaurante {P}'],
  ['Cafetería {P}, S.L.', 'Cafetería {P}'],
  ['Hoteles {P}, S.A.', 'Hotel {P}'],
  ['Catering {S} y Asociados, S.L.', 'Catering {S}'],
  ['Distribuciones {P}, S.L.', 'Distribuciones {P}'],
  ['Mesón {S}, S.L.', 'Mesón {S}'],
  ['Cervecería {P}, S.L.', 'Cervecería {P}'],
  ['Grupo Hostelero {P}, S.L.', 'Taberna {P}'],
  ['Frutas y Verduras {S}, S.L.', 'Frutería {S}'],
  ['Pastelería {S}, S.L.', 'Pastelería {S}'],
]
const ES_PLACE_WORDS = [
  'El Puerto', 'La Alameda', 'Los Arcos', 'Mediterráneo', 'Del Sur', 'La Plaza', 'Sierra', 'El Olivo', 'La Marina',
  'Los Naranjos', 'Santa Cruz', 'El Faro', 'La Estación', 'Triana', 'Cantábrico', 'La Huerta',
]
const ES_SHOPS = ['Alimentación', 'Ultramarinos', 'Comestibles', 'Tienda', 'Bar', 'Frutería', 'Carnicería', 'Panadería']

const RO_COMPANY_PATTERNS: readonly (readonly [string, string])[] = [
  ['Magazin Alimentar {S} SRL', 'Magazin {S}'],
  ['{P} Market SRL', '{P} Market'],
  ['Restaurant {P} SRL', 'Restaurant {P}'],
  ['Bistro {P} SRL', 'Bistro {P}'],
  ['Cofetăria {P} SRL', 'Cofetăria {P}'],
  ['Hotel {P} SA', 'Hotel {P}'],
  ['Pensiunea {P} SRL', 'Pensiunea {P}'],
  ['{S} Catering SRL', 'Catering {S}'],
  ['Casa {S} Gastro SRL', 'Casa {S}'],
  ['Supermarket {P} SRL', 'Supermarket {P}'],
  ['Brutăria {S} SRL', 'Brutăria {S}'],
  ['{P} Distribuție SRL', '{P} Distribuție'],
]
const RO_PLACE_WORDS = [
  'Bucovina', 'Transilvania', 'Dunărea', 'Carpați', 'Mureș', 'Someș', 'Olt', 'Ceahlău', 'Delta', 'Maramureș',
  'Bărăgan', 'Țara Hațegului', 'Crișana', 'Făgăraș', 'Herăstrău', 'Lipscani',
]
const RO_SHOPS = ['Magazin', 'Minimarket', 'Alimentara', 'Chioșc', 'Bufet']

export interface BusinessName {
  legalName: string
  tradeName: string
  /** The owner, for sole traders. */
  owner: Person | null
}

export function businessName(rng: Rng, country: Country, kind: BusinessKind, city: string): BusinessName {
  if (kind === 'public') {
    if (country === 'ES') {
      return rng.chance(0.5)
        ? { legalName: `Ayuntamiento de ${city}`, tradeName: 'Escuela Infantil Municipal', owner: null }
        : { legalName: `Consorcio Sanitario de ${city}`, tradeName: `Hospital Comarcal de ${city}`, owner: null }
    }
    return rng.chance(0.5)
      ? { legalName: `Spitalul Municipal ${city}`, tradeName: 'Blocul alimentar', owner: null }
      : { legalName: `Școala Gimnazială nr. ${rng.int(2, 40)} ${city}`, tradeName: 'Cantina școlară', owner: null }
  }
  if (kind === 'soleTrader') {
    const owner = person(rng, country)
    if (country === 'ES') return { legalName: owner.full, tradeName: `${rng.pick(ES_SHOPS)} ${owner.first}`, owner }
    return rng.chance(0.5)
      ? { legalName: `${owner.last} ${owner.first} PFA`, tradeName: `${rng.pick(RO_SHOPS)} ${owner.first}`, owner }
      : { legalName: `${owner.last} ${owner.first} Întreprindere Individuală`, tradeName: `${rng.pick(RO_SHOPS)} ${owner.last}`, owner }
  }
  const [legal, trade] = rng.pick(country === 'ES' ? ES_COMPANY_PATTERNS : RO_COMPANY_PATTERNS)
  const surname = rng.pick(country === 'ES' ? ES_SURNAMES : RO_SURNAMES)
  const place = rng.pick(country === 'ES' ? ES_PLACE_WORDS : RO_PLACE_WORDS)
  const fill = (s: string) => s.replace('{S}', surname).replace('{P}', place)
  return { legalName: fill(legal), tradeName: fill(trade), owner: null }
}

/** 'Restaurante Casa Núñez' -> 'casanunez' (for e-mail domains). */
export function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/(restaurante|supermercados|autoservicio|cafeteria|restaurant|magazin|srl|s\.l\.|s\.a\.)/g, '')
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 18)
}

export function emailUser(p: Person): string {
  return (slug(p.first).slice(0, 10) || 'contacto') + '.' + (slug(p.last.split(' ')[0] ?? p.last) || 'x')
}

/** An e-mail domain from a trade name: 'Mesón Núñez' -> 'mesonnunez.es'. */
export function emailDomain(tradeName: string, country: Country): string {
  return `${slug(tradeName) || 'cliente'}.${country === 'ES' ? 'es' : 'ro'}`
}
