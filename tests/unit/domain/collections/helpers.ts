/** Builders for the collections tests: issued invoices, customers, step records, interactions. */
import { addDays } from '../../../../renderer/domain/dates'
import { DEFAULT_PROFILES, profilesById } from '../../../../renderer/domain/collections/profiles'
import type { QueueCustomer, QueueInput, QueueInteraction } from '../../../../renderer/domain/collections/queue'
import type { CollectionProfile, StepKind, StepRecord } from '../../../../renderer/domain/collections/types'
import type { Invoice, IsoDate } from '../../../../renderer/domain/types'
import { invoice } from '../fixtures'

export const PROFILES = profilesById(DEFAULT_PROFILES)
export const business = PROFILES['business'] as CollectionProfile
export const publicAdmin = PROFILES['publicAdmin'] as CollectionProfile
export const smallShop = PROFILES['smallShop'] as CollectionProfile

/** An issued invoice of `total` cents, nothing paid. */
export function issued(id: string, issueDate: IsoDate, dueDate: IsoDate, total = 100000, customerId = 'cus-1'): Invoice {
  const base = invoice({ id, customerId, issueDate, dueDate, lifecycle: 'issued', fullNumber: `F2026-${id}`, isOpen: 1 })
  return { ...base, totals: { ...base.totals, total }, openAmount: total }
}

/** Due date `days` days after the issue date. */
export function issuedNet(id: string, issueDate: IsoDate, days = 30, total = 100000, customerId = 'cus-1'): Invoice {
  return issued(id, issueDate, addDays(issueDate, days), total, customerId)
}

let seq = 0
export function record(
  stepId: string,
  kind: StepKind,
  invoiceIds: string[],
  doneOn: IsoDate,
  channel: StepRecord['channel'] = 'letter',
  customerId = 'cus-1',
): StepRecord {
  seq++
  return {
    id: `sr-${seq}`,
    customerId,
    invoiceIds,
    profileId: 'business',
    stepId,
    kind,
    channel,
    doneOn,
    interactionId: `int-sr-${seq}`,
    documentName: '',
    deliveryMethod: '',
    proofRef: '',
  }
}

export function customer(id = 'cus-1', over: Partial<QueueCustomer> = {}): QueueCustomer {
  return {
    id,
    code: id.toUpperCase(),
    legalName: `Cliente ${id} SL`,
    tradeName: '',
    language: 'es',
    collectionProfile: 'business',
    creditLimit: null,
    balance: 0,
    ...over,
  }
}

export function interaction(id: string, at: string, over: Partial<QueueInteraction> = {}, customerId = 'cus-1'): QueueInteraction {
  return { id, customerId, type: 'note', at, outcome: '', promiseDate: '', promiseAmount: null, invoiceIds: [], ...over }
}

export function queueInput(over: Partial<QueueInput> = {}): QueueInput {
  return {
    customers: [customer()],
    openInvoices: [],
    stepRecords: [],
    disputes: [],
    snoozes: [],
    interactions: [],
    payments: [],
    profiles: PROFILES,
    settings: { promiseGraceDays: 2, noContactDays: 60 },
    ...over,
  }
}
