/**
 * Collections: the shapes shared by the dunning schedule, the daily work queue, interest, letters and their storage.
 * Same conventions as ../types.ts: Cents, BasisPoints, IsoDate strings.
 */
import type { Address, BasisPoints, Cents, CollectionProfileId, Country, CurrencyCode, IsoDate, IsoDateTime, Language } from '../types'

export type StepKind = 'confirmReceipt' | 'courtesy' | 'reminder' | 'demand'
export type StepChannel = 'call' | 'letter' | 'email'

/** One step of a collection profile, relative to an invoice's issue or due date. */
export interface CollectionStep {
  /** Stable id within its profile: 'confirm', 'courtesy', 'r1', 'r2', 'r3', 'demand', or a custom one. */
  id: string
  kind: StepKind
  anchor: 'issue' | 'due'
  /** Days after (positive) or before (negative) the anchor. */
  offsetDays: number
  channel: StepChannel
  /** Letter template key for letter/email steps (e.g. 'reminder1', 'demand'); '' for calls. */
  templateKey: string
  /** Fee claimed with this step, 0 when none. */
  fee: Cents
}

export interface CollectionProfile {
  id: CollectionProfileId | string
  /** Name for custom profiles; built-in ones are named by translation of their id. */
  name: string
  builtIn: boolean
  steps: CollectionStep[]
  updatedAt: IsoDateTime
}

/** How a letter or demand went out. */
export type DeliveryMethod = 'print' | 'post' | 'registeredPost' | 'burofax' | 'email' | 'hand'

/**
 * A collection step carried out for a customer, covering one or more invoices. Written together with the timeline
 * interaction it belongs to (interactionId); a step done is never proposed again for those invoices.
 */
export interface StepRecord {
  id: string
  customerId: string
  invoiceIds: string[]
  profileId: string
  stepId: string
  kind: StepKind
  channel: StepChannel
  doneOn: IsoDate
  interactionId: string
  /** For letters: the document produced (file name, in the documents folder) and how it was sent. */
  documentName: string
  deliveryMethod: DeliveryMethod | ''
  /** Burofax / registered letter receipt number, filled in when the proof arrives. */
  proofRef: string
}

/** What the dunning schedule and the work queue read of a step record (the customer summaries keep just this). */
export type ScheduleStepRecord = Pick<StepRecord, 'id' | 'customerId' | 'invoiceIds' | 'profileId' | 'stepId' | 'kind' | 'channel' | 'doneOn'>

export interface Dispute {
  id: string
  invoiceId: string
  customerId: string
  reason: 'quality' | 'quantity' | 'price' | 'notReceived' | 'duplicate' | 'other'
  text: string
  openedOn: IsoDate
  /** '' while open. */
  resolvedOn: IsoDate | ''
}

/** "Not today": a customer's queue items hidden until a date, with the reason. */
export interface Snooze {
  id: string
  customerId: string
  until: IsoDate
  reason: string
  createdAt: IsoDateTime
}

/** A half-year's statutory late-payment rate. */
export interface InterestRatePeriod {
  /** `${country}-${from}` */
  id: string
  country: Country
  /** First day of the half-year (01-01 or 07-01). */
  from: IsoDate
  /** ES: ECB main refinancing rate as published in the BOE; RO: BNR reference rate. */
  referenceRate: BasisPoints
  /** Statutory rate applied = referenceRate + 800 (Ley 3/2004 art. 7; Legea 72/2013 art. 3 + OG 13/2011). */
  statutoryRate: BasisPoints
  source: string
}

export type DayCount = 'act365' | 'act360'

export interface CollectionSettings {
  id: 'collections'
  dayCount: DayCount
  /** Fixed compensation per late invoice (Ley 3/2004 art. 8, Legea 72/2013 art. 7): 4000 = 40 EUR. */
  compensationEur: Cents
  /** RO: lei per EUR used to convert the compensation (BNR rate the user enters). */
  eurToRon: number
  /** Warn before printing letters when the last bank import is older than this many days. */
  bankImportMaxAgeDays: number
  /** Date of the last bank statement import ('' when never). Issue 5 keeps it up to date. */
  lastBankImportOn: IsoDate | ''
  /** Days allowed after a promise date before the promise counts as broken. */
  promiseGraceDays: number
  /** Days after issue with no contact that flag an invoice (seeds: 60). */
  noContactDays: number
  updatedAt: IsoDateTime
}

/** One segment of an interest computation: constant rate and outstanding base. */
export interface InterestSegment {
  from: IsoDate
  to: IsoDate
  days: number
  base: Cents
  rate: BasisPoints
  interest: Cents
}

export interface InterestResult {
  segments: InterestSegment[]
  interest: Cents
}

/** An overdue invoice as it appears in a letter. */
export interface LetterInvoiceRow {
  invoiceId: string
  number: string
  issueDate: IsoDate
  dueDate: IsoDate
  total: Cents
  outstanding: Cents
  daysLate: number
  interest: Cents
  /** Statutory rate(s) applied, for the wording (the highest when several half-years). */
  rate: BasisPoints
  compensation: Cents
}

/** Everything a reminder or formal demand letter prints: built by the domain, rendered by main's pdfmake. */
export interface LetterModel {
  templateKey: string
  kind: StepKind
  language: Language
  country: Country
  currency: CurrencyCode
  date: IsoDate
  /** Pay-by date stated in the letter (demand: date + 15 days for RO, + 10 for ES by default). */
  payBy: IsoDate
  company: { legalName: string; taxId: string; tradeRegister: string; address: Address; iban: string; bankName: string; email: string; phone: string; logoDataUrl: string }
  customer: { id: string; legalName: string; taxId: string; tradeRegister: string; address: Address; contactName: string }
  invoices: LetterInvoiceRow[]
  principal: Cents
  interest: Cents
  compensation: Cents
  fees: Cents
  totalClaimed: Cents
  /** The template's paragraphs with placeholders already filled in (plain text, one string per paragraph). */
  paragraphs: string[]
  subject: string
  /** Number of reminders already sent for these invoices (the demand states it). */
  remindersSent: number
}

/** What the daily work queue proposes for one customer. */
export interface QueueStepProposal {
  profileId: string
  step: CollectionStep
  /** The invoices this step covers (all the customer's overdue invoices for a letter). */
  invoiceIds: string[]
  dueOn: IsoDate
  /** Steps whose date passed without being done and that this proposal supersedes (shown as missed). */
  missed: Array<{ stepId: string; dueOn: IsoDate; invoiceIds: string[] }>
  /** A demand was due but fewer than three reminders were sent: this proposal is the next reminder instead. */
  demandHeldBack: boolean
}

export interface BrokenPromise {
  interactionId: string
  promiseDate: IsoDate
  promiseAmount: Cents
  paidSince: Cents
}

export interface QueueItem {
  customerId: string
  customerName: string
  language: Language
  profileId: string
  overdue: Cents
  balance: Cents
  calls: QueueStepProposal[]
  letters: QueueStepProposal[]
  promisesDueToday: Array<{ interactionId: string; promiseAmount: Cents }>
  brokenPromises: BrokenPromise[]
  /** Invoices N+ days past issue with no contact logged since issue. */
  noContact: string[]
  overCreditLimit: boolean
  /** Why nothing is proposed: paused by promise until a date, disputed invoices, snoozed. */
  pausedUntil: IsoDate | ''
  disputedInvoiceIds: string[]
  snoozedUntil: IsoDate | ''
}

export type { CollectionProfileId }
