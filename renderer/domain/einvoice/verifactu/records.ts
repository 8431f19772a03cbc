/**
 * Building the registration record of an issued invoice or credit note (pure): the next link of the chain.
 * A credit note is a corrective invoice "by differences" (R1: LIVA art. 80 Uno, Dos y Seis — returns, discounts,
 * errors; R3 when the ground is an unpaid debt, art. 80 Cuatro), with negative amounts.
 */
import type { CreditNote, Invoice, IsoDateTime } from '../../types'
import { aeatNif } from './format'
import { recordHash } from './hash'
import type { FiscalRecord, TipoFactura } from './types'

export interface ChainHead {
  seq: number
  hash: string
}

export interface RecordStamp {
  /** FechaHoraHusoGenRegistro (aeatTimestamp). */
  generatedAt: string
  createdAt: IsoDateTime
  user: string
}

function seal(partial: Omit<FiscalRecord, 'seq' | 'previousHash' | 'hash'>, head: ChainHead | null): FiscalRecord {
  const withLink = { ...partial, seq: (head?.seq ?? 0) + 1, previousHash: head?.hash ?? '' }
  return { ...withLink, hash: recordHash(withLink) }
}

function buyerOf(doc: Invoice | CreditNote): FiscalRecord['buyer'] {
  const nif = doc.customer.taxId.trim()
  return nif ? { nif: aeatNif(nif), name: doc.customer.legalName } : null
}

/** F1 for an invoice with an identified buyer, F2 (simplified) without one. */
export function invoiceRecord(inv: Invoice, head: ChainHead | null, stamp: RecordStamp): FiscalRecord {
  const buyer = buyerOf(inv)
  const tipo: TipoFactura = buyer ? 'F1' : 'F2'
  return seal(
    {
      kind: 'alta',
      documentId: inv.id,
      documentKind: 'invoice',
      issuerNif: aeatNif(inv.seller.taxId),
      number: inv.fullNumber,
      issueDate: inv.issueDate,
      tipo,
      corrects: null,
      taxTotal: inv.totals.vat + inv.totals.recargo,
      total: inv.totals.total,
      breakdown: inv.totals.byRate.map((r) => ({ ...r })),
      buyer,
      description: inv.lines.map((l) => l.description).filter(Boolean).slice(0, 3).join('; ').slice(0, 500),
      ...stamp,
    },
    head,
  )
}

/** Negation without -0 (a zero recargo stays 0: -0 does not survive JSON, so a restored record would differ). */
const neg = (cents: number): number => (cents === 0 ? 0 : -cents)

const UNPAID_DEBT = /incobrable|impagad|uncollect|bad debt|neîncasabil/i

export function creditNoteRecord(note: CreditNote, corrected: { number: string; issueDate: string }, head: ChainHead | null, stamp: RecordStamp): FiscalRecord {
  const buyer = buyerOf(note)
  const tipo: TipoFactura = !buyer ? 'R5' : UNPAID_DEBT.test(note.reason) ? 'R3' : 'R1'
  return seal(
    {
      kind: 'alta',
      documentId: note.id,
      documentKind: 'creditNote',
      issuerNif: aeatNif(note.seller.taxId),
      number: note.fullNumber,
      issueDate: note.issueDate,
      tipo,
      corrects: corrected,
      taxTotal: neg(note.totals.vat + note.totals.recargo),
      total: neg(note.totals.total),
      breakdown: note.totals.byRate.map((r) => ({ ...r, base: neg(r.base), vat: neg(r.vat), recargo: neg(r.recargo) })),
      buyer,
      description: note.reason.slice(0, 500),
      ...stamp,
    },
    head,
  )
}

/** The cancellation record of a registered document (anulación): names it, chained like any record. */
export function cancellationRecord(of: FiscalRecord, head: ChainHead | null, stamp: RecordStamp): FiscalRecord {
  return seal(
    {
      kind: 'anulacion',
      documentId: of.documentId,
      documentKind: of.documentKind,
      issuerNif: of.issuerNif,
      number: of.number,
      issueDate: of.issueDate,
      tipo: of.tipo,
      corrects: of.corrects,
      taxTotal: of.taxTotal,
      total: of.total,
      breakdown: of.breakdown,
      buyer: of.buyer,
      description: of.description,
      ...stamp,
    },
    head,
  )
}
