/**
 * Promises to pay, snoozes and disputes: what pauses a customer's collection steps, when a promise counts as broken,
 * and the checks on what the user enters (a promise needs a date from today on and an amount above zero).
 */
import { isValidIsoDate } from '../dates'
import { cmpDays, plusDays } from './days'
import { DomainError } from '../errors'
import type { Cents, Interaction, IsoDate, Payment } from '../types'
import type { BrokenPromise } from './types'

export type PromiseInteraction = Pick<Interaction, 'id' | 'type' | 'at' | 'outcome' | 'promiseDate' | 'promiseAmount'>

/** The calendar day of an interaction's timestamp (as written, without time-zone conversion). */
export const dayOf = (at: string): IsoDate => at.slice(0, 10)

/** A promise to pay: an interaction of type 'promise', or a call with outcome 'promise', with a promise date. */
export function isPromise(i: Pick<Interaction, 'type' | 'outcome' | 'promiseDate'>): boolean {
  return i.promiseDate !== '' && (i.type === 'promise' || (i.type === 'call' && i.outcome === 'promise'))
}

/** The latest of the dates that are today or later ('' when none): a pause (promise) or a snooze in force. */
export function latestFrom(dates: IsoDate[], today: IsoDate): IsoDate | '' {
  let latest: IsoDate | '' = ''
  for (const d of dates) if (cmpDays(d, today) >= 0 && d > latest) latest = d
  return latest
}

/**
 * Broken promises: the promise date + grace days is before today, the customer's payments dated from the day the
 * promise was logged through promise date + grace add up to less than the promised amount (any payment when no amount
 * was given), and nothing was logged for the customer after the promise date (a follow-up takes it off the queue).
 */
export function brokenPromises(
  promises: PromiseInteraction[],
  interactions: Array<Pick<Interaction, 'id' | 'at'>>,
  payments: Array<Pick<Payment, 'date' | 'amount'>>,
  graceDays: number,
  today: IsoDate,
): BrokenPromise[] {
  const out: BrokenPromise[] = []
  for (const p of promises) {
    if (!isPromise(p)) continue
    const graceEnd = plusDays(p.promiseDate, graceDays)
    if (cmpDays(graceEnd, today) >= 0) continue
    const from = dayOf(p.at)
    let paidSince: Cents = 0
    for (const x of payments) if (x.date >= from && x.date <= graceEnd) paidSince += x.amount
    if (paidSince >= (p.promiseAmount ?? 1)) continue
    if (interactions.some((i) => i.id !== p.id && dayOf(i.at) > p.promiseDate)) continue
    out.push({ interactionId: p.id, promiseDate: p.promiseDate, promiseAmount: p.promiseAmount ?? 0, paidSince })
  }
  return out.sort((a, b) => cmpDays(a.promiseDate, b.promiseDate))
}

/** Checks a promise the user logs: collections.promise.dateRequired / .datePast { date } / .amountInvalid. */
export function validatePromise(promiseDate: string, promiseAmount: Cents | null, today: IsoDate): DomainError[] {
  const errors: DomainError[] = []
  if (!promiseDate || !isValidIsoDate(promiseDate)) errors.push(new DomainError('collections.promise.dateRequired'))
  else if (cmpDays(promiseDate, today) < 0) errors.push(new DomainError('collections.promise.datePast', { date: promiseDate }))
  if (promiseAmount === null || !Number.isSafeInteger(promiseAmount) || promiseAmount <= 0) {
    errors.push(new DomainError('collections.promise.amountInvalid'))
  }
  return errors
}

/** Checks a snooze: collections.snooze.untilPast { date } (must be after today) / .reasonRequired. */
export function validateSnooze(until: string, reason: string, today: IsoDate): DomainError[] {
  const errors: DomainError[] = []
  if (!isValidIsoDate(until) || cmpDays(until, today) <= 0) errors.push(new DomainError('collections.snooze.untilPast', { date: until }))
  if (!reason.trim()) errors.push(new DomainError('collections.snooze.reasonRequired'))
  return errors
}

/** Checks a dispute: collections.dispute.reasonRequired when neither a reason code nor a text is given. */
export function validateDispute(reason: string, text: string): DomainError[] {
  return !reason || (reason === 'other' && !text.trim()) ? [new DomainError('collections.dispute.reasonRequired')] : []
}
