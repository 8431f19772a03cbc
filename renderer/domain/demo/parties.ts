/** The demo company and its customers: valid tax ids and IBANs, real places, mixed terms and habits. */
import { addDays, addMonths, daysBetween } from '../dates'
import type { CompanySettings, Contact, Country, Customer, IsoDate, PaymentTerms } from '../types'
import { romanianCui, romanianIban, spanishCif, spanishIban, spanishNif } from './identifiers'
import { businessName, emailDomain, emailUser, person, type BusinessKind, type BusinessName } from './names'
import { address, landline, mobile, pickCity } from './places'
import type { Rng } from './prng'

export function demoCompany(rng: Rng, country: Country, createdAt: string): CompanySettings {
  const common = { vatRegistered: true, logoDataUrl: '', defaultTerms: { kind: 'net', days: 30 } as PaymentTerms, createdAt, updatedAt: createdAt }
  if (country === 'ES') {
    return {
      ...common,
      id: 'company',
      legalName: 'Distribuciones Alimentarias Sierra Norte, S.L.',
      tradeName: 'Sierra Norte Distribución',
      taxId: spanishCif(rng, 'B', '28'),
      tradeRegister: `Registro Mercantil de Madrid, tomo ${rng.int(20000, 39999)}, folio ${rng.int(1, 220)}, hoja M-${rng.int(100000, 699999)}`,
      address: { street: 'Calle de la Industria, 14, nave 3', city: 'Alcobendas', postalCode: '28108', region: 'Madrid', country: 'ES' },
      iban: spanishIban(rng, '2100'),
      bankName: 'CaixaBank',
      email: 'administracion@sierranorte.es',
      phone: '+34 916 234 870',
      country,
      currency: 'EUR',
      uiLanguage: 'es',
      invoiceSeries: 'F',
      creditNoteSeries: 'R',
    }
  }
  return {
    ...common,
    id: 'company',
    legalName: 'Carpați Food Distribuție SRL',
    tradeName: 'Carpați Food',
    taxId: `RO${romanianCui(rng)}`,
    tradeRegister: `J40/${rng.int(1000, 19999)}/2014`,
    address: { street: 'Șos. Berceni nr. 104, hala 3', city: 'București', postalCode: '041919', region: 'Sector 4', country: 'RO' },
    iban: romanianIban(rng, 'BTRL'),
    bankName: 'Banca Transilvania',
    email: 'contabilitate@carpatifood.ro',
    phone: '+40 21 332 45 10',
    country,
    currency: 'RON',
    uiLanguage: 'ro',
    invoiceSeries: 'CFD',
    creditNoteSeries: 'ST',
  }
}

export type PayBehaviour = 'punctual' | 'late' | 'partial' | 'stopped'

export interface DemoCustomer {
  customer: Customer
  behaviour: PayBehaviour
  /** Relative size: how much and how often the customer buys (mean 1 over all customers after scaling). */
  size: number
  /** First and last day the customer buys in the period. */
  from: IsoDate
  /** Stopped paying invoices issued from this day on ('stopped' customers). */
  stopPayingFrom: IsoDate | null
  /** Pays several invoices with one transfer on the same day. */
  groupsPayments: boolean
}

const ROLES = {
  ES: { approver: ['Administración', 'Director financiero', 'Gerente'], other: ['Compras', 'Jefe de cocina', 'Encargado de tienda'] },
  RO: { approver: ['Contabil-șef', 'Director economic', 'Administrator'], other: ['Achiziții', 'Bucătar-șef', 'Șef magazin'] },
} as const

function contacts(rng: Rng, country: Country, domain: string, kind: BusinessKind): Contact[] {
  const n = kind === 'soleTrader' ? 1 : rng.int(1, 3)
  const out: Contact[] = []
  for (let i = 0; i < n; i++) {
    const p = person(rng, country)
    const approver = i === 0
    out.push({
      name: p.full,
      role: approver ? rng.pick(ROLES[country].approver) : rng.pick(ROLES[country].other),
      email: `${emailUser(p)}@${domain}`,
      phone: mobile(rng, country),
      approvesInvoices: approver,
    })
  }
  return out
}

function terms(rng: Rng, country: Country, kind: BusinessKind): { terms: PaymentTerms; paymentDays: number[] } {
  if (kind === 'public') return { terms: { kind: 'net', days: 30 }, paymentDays: [] }
  if (country === 'ES') {
    return rng.weighted<{ terms: PaymentTerms; paymentDays: number[] }>([
      [{ terms: { kind: 'net', days: 30 }, paymentDays: [] }, 35],
      [{ terms: { kind: 'net', days: 60 }, paymentDays: [] }, 15],
      [{ terms: { kind: 'endOfMonth', days: 30 }, paymentDays: [] }, 15],
      [{ terms: { kind: 'net', days: 30 }, paymentDays: [10, 25] }, 15],
      [{ terms: { kind: 'net', days: 45 }, paymentDays: [5] }, 5],
      [{ terms: { kind: 'immediate' }, paymentDays: [] }, kind === 'soleTrader' ? 30 : 3],
    ])
  }
  return rng.weighted<{ terms: PaymentTerms; paymentDays: number[] }>([
    [{ terms: { kind: 'net', days: 15 }, paymentDays: [] }, 20],
    [{ terms: { kind: 'net', days: 30 }, paymentDays: [] }, 40],
    [{ terms: { kind: 'net', days: 45 }, paymentDays: [] }, 12],
    [{ terms: { kind: 'net', days: 60 }, paymentDays: [] }, 8],
    [{ terms: { kind: 'endOfMonth', days: 30 }, paymentDays: [] }, 5],
    [{ terms: { kind: 'net', days: 30 }, paymentDays: [15] }, 5],
    [{ terms: { kind: 'immediate' }, paymentDays: [] }, kind === 'soleTrader' ? 30 : 3],
  ])
}

const NOTES = {
  ES: ['', '', '', 'Entregar por la puerta trasera antes de las 10:00.', 'Cerrado los lunes.', 'Pedidos por WhatsApp al encargado.', 'Exigen albarán firmado y sellado.'],
  RO: ['', '', '', 'Livrare doar dimineața, între 7 și 10.', 'Închis duminica.', 'Comenzile se fac telefonic la șeful de magazin.', 'Cer aviz de însoțire semnat și ștampilat.'],
} as const

/** A business name no other demo customer has (adds the city, then a number, when the lists run out). */
function uniqueName(rng: Rng, country: Country, kind: BusinessKind, city: string, taken: Set<string>): BusinessName {
  let name = businessName(rng, country, kind, city)
  for (let i = 0; i < 8 && taken.has(name.legalName); i++) name = businessName(rng, country, kind, city)
  if (taken.has(name.legalName)) {
    const m = /^(.*?)(,? (?:S\.L\.|S\.A\.|SRL|SA|PFA))$/.exec(name.legalName)
    name = { ...name, legalName: m ? `${m[1]} ${city}${m[2]}` : `${name.legalName} ${city}` }
  }
  for (let n = 2; taken.has(name.legalName); n++) name = { ...name, legalName: `${name.legalName.replace(/ \(\d+\)$/, '')} (${n})` }
  taken.add(name.legalName)
  return name
}

/** Customer number `index` (0-based) of a demo company. Balance is filled in once its history is known. */
export function demoCustomer(
  rng: Rng,
  company: CompanySettings,
  index: number,
  periodStart: IsoDate,
  today: IsoDate,
  taken: Set<string> = new Set(),
): DemoCustomer {
  const country = company.country
  const kind: BusinessKind = rng.weighted<BusinessKind>([
    ['company', 70],
    ['soleTrader', 26],
    ['public', 4],
  ])
  const city = pickCity(rng, country)
  const name = uniqueName(rng, country, kind, city.city, taken)
  const taxId =
    country === 'ES'
      ? kind === 'soleTrader'
        ? spanishNif(rng)
        : spanishCif(rng, kind === 'public' ? (name.legalName.startsWith('Ayuntamiento') ? 'P' : 'Q') : name.legalName.endsWith('S.A.') ? 'A' : 'B', city.code)
      : (kind === 'company' && rng.chance(0.8) ? 'RO' : '') + romanianCui(rng)
  const domain = emailDomain(name.tradeName, country)
  const size = rng.weighted([[0.3, 3], [0.5, 4], [0.8, 5], [1, 5], [1.3, 4], [1.8, 3], [2.5, 2], [4, 1]] as const)
  const { terms: t, paymentDays } = terms(rng, country, kind)
  const behaviour: PayBehaviour =
    kind === 'public' ? 'late' : rng.weighted<PayBehaviour>([['punctual', 50], ['late', 28], ['partial', 12], ['stopped', 10]])
  const span = daysBetween(periodStart, today)
  const joinedLate = rng.chance(0.15) && span > 90
  const from = joinedLate ? addDays(periodStart, rng.int(30, span - 45)) : periodStart
  const delivery = kind === 'company' && size >= 1.8 ? [address(rng, country, pickCity(rng, country, city)), address(rng, country, pickCity(rng, country, city))] : []
  const creditLimit = rng.chance(0.8) ? Math.round(size * rng.int(3, 15)) * (country === 'ES' ? 100_000 : 500_000) : null
  const createdAt = `${from}T08:00:00.000Z`
  const language = rng.chance(0.05) ? 'en' : country === 'ES' ? 'es' : 'ro'
  const customer: Customer = {
    id: `demo-c-${String(index + 1).padStart(5, '0')}`,
    code: `C${String(index + 1).padStart(4, '0')}`,
    legalName: name.legalName,
    tradeName: name.tradeName,
    taxId,
    tradeRegister: country === 'RO' && kind === 'company' ? `J${city.code}/${rng.int(100, 19999)}/${rng.int(1994, 2022)}` : '',
    address: address(rng, country, city),
    deliveryAddresses: delivery,
    contacts: contacts(rng, country, domain, kind),
    email: `${country === 'ES' ? 'administracion' : 'contabilitate'}@${domain}`,
    phone: landline(rng, country, city),
    language,
    terms: t,
    paymentDays,
    earlyDiscount: kind === 'company' && rng.chance(0.2) ? { percent: 200, days: 10 } : null,
    lineDiscount: rng.chance(0.3) ? rng.int(4, 16) * 50 : 0,
    creditLimit,
    requiresPO: kind === 'public' || (kind === 'company' && size >= 2.5) || rng.chance(0.05),
    requiresPrepayment: false,
    recargoEquivalencia: country === 'ES' && kind === 'soleTrader',
    collectionProfile: kind === 'public' ? 'publicAdmin' : kind === 'soleTrader' ? 'smallShop' : 'business',
    notes: rng.pick(NOTES[country]),
    balance: 0,
    searchWords: [],
    archived: false,
    createdAt,
    updatedAt: createdAt,
  }
  const stopPayingFrom = behaviour === 'stopped' ? addDays(today, -rng.int(50, 120)) : null
  return { customer, behaviour, size, from, stopPayingFrom, groupsPayments: paymentDays.length > 0 || rng.chance(0.25) }
}

/** The first day of the demo period: `months` before today. */
export function periodStartOf(today: IsoDate, months: number): IsoDate {
  return addDays(addMonths(today, -months), 1)
}
