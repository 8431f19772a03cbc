/**
 * What a statement line says about who pays and for what, gathered per customer through the index: payer identity
 * (IBAN, tax id, name), invoice numbers in the remittance, a promise of that amount, or only the amount itself.
 */
import { daysBetween } from '../../dates'
import type { BankLine } from '../types'
import { amountKey, fullKey, ibanKey, taxIdKey, yearNumberKey, type MatchIndex } from './matchIndex'
import { findByName } from './names'
import { POINTS, reason, warning } from './proposal'
import { referencesIn } from './memo'
import type { ReferenceCandidate } from './references'
import type { MatchInvoice, MatchPromise, MatchReason, MatchWarning, SettledInvoice } from './types'

export interface Evidence {
  customerId: string
  /** payerIban / payerTaxId / payerName reasons. */
  payer: MatchReason[]
  nameScore: number
  /** Open invoices named in the remittance, with the points of the strongest way each was named. */
  named: Map<string, { invoice: MatchInvoice; points: number }>
  /** Settled invoices named in the remittance: number -> points of the way it was named. */
  paidNumbers: Map<string, number>
  promise: MatchPromise | null
  warnings: MatchWarning[]
  /** Only the amount points to this customer. */
  amountOnly: boolean
}

export interface LineEvidence {
  byCustomer: Map<string, Evidence>
  /** Customers identified by the IBAN or tax id of the line (the payer). */
  payers: Set<string>
  /** Customers with an open invoice of the line's amount (also less an early discount), counted once each. */
  amountOnlyCount: number
}

export interface EvidenceOptions {
  minNameScore: number
  promiseWindowDays: number
  /** Most customers looked at by name and by amount alone. */
  maxCandidates: number
}

function evidenceFor(map: Map<string, Evidence>, customerId: string): Evidence {
  let e = map.get(customerId)
  if (!e) {
    e = { customerId, payer: [], nameScore: 0, named: new Map(), paidNumbers: new Map(), promise: null, warnings: [], amountOnly: false }
    map.set(customerId, e)
  }
  return e
}

/** Tax ids written in the remittance ('NIF B12345674', 'CUI RO14399840') that belong to customers. */
function taxIdsInText(index: MatchIndex, text: string): Set<string> {
  const out = new Set<string>()
  for (const word of text.toUpperCase().split(/[\s,;:()]+/)) {
    if (word.length < 8 || word.length > 14 || !/[0-9]{5}/.test(word)) continue
    for (const id of index.payerByTaxId.get(taxIdKey(word)) ?? []) out.add(id)
  }
  return out
}

const seriesOf = (fullNumber: string, series: string) => fullNumber.startsWith(series) && /^[0-9]/.test(fullNumber.slice(series.length))

/** The open invoices a reference names (with its points), or the settled ones, or nothing when ambiguous. */
function resolve(
  index: MatchIndex,
  ref: ReferenceCandidate,
  scope: ReadonlySet<string>,
): { open: MatchInvoice[]; points: number; settled: SettledInvoice[] } {
  const none = { open: [], points: 0, settled: [] }
  const inScope = (list: readonly MatchInvoice[]) => list.filter((i) => scope.has(i.customerId))
  const unique = (list: readonly MatchInvoice[]): MatchInvoice[] => {
    if (list.length === 1) return [...list]
    const mine = inScope(list)
    return mine.length === 1 ? mine : []
  }
  const P = POINTS.reference
  switch (ref.kind) {
    case 'full': {
      const key = fullKey(ref.series ?? '', ref.year ?? 0, ref.number)
      const open = index.byFull.get(key) ?? []
      if (open.length > 0) return { open, points: P.full, settled: [] }
      return { ...none, points: P.full, settled: index.settledByFull.get(key) ?? [] }
    }
    case 'yearNumber': {
      const key = yearNumberKey(ref.year ?? 0, ref.number)
      const open = unique(index.byYearNumber.get(key) ?? [])
      if (open.length > 0) return { open, points: P.yearNumber, settled: [] }
      const settled = index.settledByYearNumber.get(key) ?? []
      return { ...none, points: P.yearNumber, settled: settled.length === 1 ? settled : [] }
    }
    case 'seriesNumber':
      return { open: unique((index.byNumber.get(ref.number) ?? []).filter((i) => seriesOf(i.fullNumber, ref.series ?? ''))), points: P.seriesNumber, settled: [] }
    case 'number': {
      const all = index.byNumber.get(ref.number) ?? []
      const mine = inScope(all)
      if (mine.length === 1) return { open: mine, points: P.number, settled: [] }
      return all.length === 1 ? { open: all, points: P.numberGlobal, settled: [] } : none
    }
    case 'bareNumber': {
      const mine = inScope(index.byNumber.get(ref.number) ?? [])
      return mine.length === 1 ? { open: mine, points: P.bareNumber, settled: [] } : none
    }
  }
}

const nameOf = (index: MatchIndex, id: string) => {
  const c = index.customers.get(id)
  return c ? c.legalName || c.tradeName || c.code : id
}

export function customerName(index: MatchIndex, id: string): string {
  return nameOf(index, id)
}

/** Customers the line's IBAN and tax id (given, or written in the remittance) belong to. */
export function payersOf(index: MatchIndex, line: BankLine): { ibanIds: ReadonlySet<string>; taxIds: ReadonlySet<string> } {
  const ibanIds = index.payerByIban.get(ibanKey(line.counterpartyIban)) ?? new Set<string>()
  const taxIds = new Set([...(index.payerByTaxId.get(taxIdKey(line.counterpartyTaxId)) ?? []), ...taxIdsInText(index, line.remittance)])
  return { ibanIds, taxIds }
}

export function gatherEvidence(index: MatchIndex, line: BankLine, opts: EvidenceOptions): LineEvidence {
  const byCustomer = new Map<string, Evidence>()
  const date = line.valueDate || line.bookingDate
  const currency = String(line.currency || '').toUpperCase()

  const { ibanIds, taxIds } = payersOf(index, line)
  for (const id of ibanIds) evidenceFor(byCustomer, id).payer.push(reason('match.payerIban', {}, POINTS.payerIban))
  for (const id of taxIds) evidenceFor(byCustomer, id).payer.push(reason('match.payerTaxId', {}, POINTS.payerTaxId))
  const payers = new Set([...ibanIds, ...taxIds])

  const nameHits = line.counterpartyName ? findByName(index.names, line.counterpartyName, opts.minNameScore).slice(0, opts.maxCandidates) : []
  for (const hit of nameHits) {
    const e = evidenceFor(byCustomer, hit.customerId)
    e.nameScore = hit.score
    e.payer.push(reason('match.payerName', { score: hit.score }, Math.round(hit.score * POINTS.payerNameFactor)))
  }

  const scope = new Set([...payers, ...nameHits.map((h) => h.customerId)])
  for (const ref of referencesIn(index, line.remittance)) {
    const r = resolve(index, ref, scope)
    for (const inv of r.open) {
      const e = evidenceFor(byCustomer, inv.customerId)
      if (currency && inv.currency !== currency) {
        e.warnings.push(warning('match.currencyMismatch', { number: inv.fullNumber, currency: inv.currency }))
        continue
      }
      const before = e.named.get(inv.id)
      if (!before || before.points < r.points) e.named.set(inv.id, { invoice: inv, points: r.points })
    }
    for (const inv of r.settled) evidenceFor(byCustomer, inv.customerId).paidNumbers.set(inv.fullNumber, r.points)
  }

  const bestPromise = new Map<string, number>()
  for (const p of index.promisesByAmount.get(line.amount) ?? []) {
    const gap = Math.abs(daysBetween(p.promiseDate, date))
    if (gap > opts.promiseWindowDays || gap >= (bestPromise.get(p.customerId) ?? Infinity)) continue
    bestPromise.set(p.customerId, gap)
    evidenceFor(byCustomer, p.customerId).promise = p
  }

  let amountOnlyCount = 0
  if (payers.size === 0 && ![...byCustomer.values()].some((e) => e.named.size > 0 || e.paidNumbers.size > 0)) {
    const customers = new Set<string>()
    for (const cur of currency ? [currency] : ['EUR', 'RON']) {
      for (const inv of index.byAmount.get(amountKey(cur, line.amount)) ?? []) customers.add(inv.customerId)
    }
    amountOnlyCount = customers.size
    let taken = 0
    for (const id of customers) {
      if (byCustomer.has(id)) continue
      if (taken++ >= opts.maxCandidates) break
      evidenceFor(byCustomer, id).amountOnly = true
    }
  }
  return { byCustomer, payers, amountOnlyCount }
}
