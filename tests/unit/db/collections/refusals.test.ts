import { describe, expect, it } from 'vitest'
import { openDispute, openDisputesOf, resolveDispute } from '../../../../renderer/db/repos/collections/disputes'
import { getProfile, listProfiles, saveProfile } from '../../../../renderer/db/repos/collections/profiles'
import { addRate } from '../../../../renderer/db/repos/collections/rates'
import { saveCollectionSettings } from '../../../../renderer/db/repos/collections/settings'
import { snooze, snoozesOf } from '../../../../renderer/db/repos/collections/snoozes'
import { markDelivery, recordCallOutcome, recordLetterSent } from '../../../../renderer/db/repos/collections/steps'
import { getEffectiveTemplate, resetTemplate, saveTemplate } from '../../../../renderer/db/repos/collections/templates'
import { timelineOf } from '../../../../renderer/db/repos/interactions'
import { createCustomer, getCustomer, updateCustomer } from '../../../../renderer/db/repos/customers'
import { DEFAULT_PROFILES } from '../../../../renderer/domain/collections/profiles'
import { customerInput, esSetup, expectRefused } from '../helpers'
import { issued } from './fixtures'

const TODAY = '2026-11-23'
const r1 = (invoiceIds: string[]) => ({ stepId: 'r1', kind: 'reminder' as const, channel: 'letter' as const, profileId: 'business', invoiceIds })

describe('collections writes refuse bad input and change nothing', () => {
  it('refuses a promise in the past or without an amount; a good promise writes the call with its promise', async () => {
    const { ctx, customer } = await esSetup()
    const inv = await issued(ctx, customer.id, '2026-09-01', 12100)
    const call = { customerId: customer.id, outcome: 'promise' as const, text: 'Dice que paga', invoiceIds: [inv.id], today: TODAY }
    const e = await expectRefused(ctx, () => recordCallOutcome(ctx, { ...call, promiseDate: '2026-11-22', promiseAmount: 12100 }), 'data.interaction.promiseDateInPast')
    expect(e.params).toEqual({ date: '2026-11-22' })
    await expectRefused(ctx, () => recordCallOutcome(ctx, { ...call, promiseDate: '2026-11-30' }), 'data.field.required')
    await expectRefused(ctx, () => recordCallOutcome(ctx, { ...call, promiseDate: '2026-11-30', promiseAmount: 0 }), 'data.field.mustBePositive')
    await expectRefused(ctx, () => recordCallOutcome(ctx, { ...call, promiseAmount: 12100 }), 'data.field.required')

    const ok = await recordCallOutcome(ctx, { ...call, promiseDate: TODAY, promiseAmount: 12100 })
    expect(ok.stepRecord).toBeNull()
    const [logged] = await timelineOf(ctx, customer.id)
    expect(logged).toMatchObject({ type: 'call', outcome: 'promise', promiseDate: TODAY, promiseAmount: 12100, invoiceIds: [inv.id], user: 'tester' })
  })

  it('refuses a template with an unknown placeholder, naming it; a valid one overrides the default until reset', async () => {
    const { ctx } = await esSetup()
    const def = await getEffectiveTemplate(ctx, 'reminder1', 'es')
    expect(def?.isDefault).toBe(true)
    expect(def?.body).toContain('{{principal}}')
    const e = await expectRefused(
      ctx,
      () => saveTemplate(ctx, { templateKey: 'reminder1', language: 'es', subject: 'Aviso', body: 'Deben {{principal}} desde {{fechaVencimiento}}.' }),
      'letters.unknownPlaceholder',
    )
    expect(e.params).toEqual({ name: 'fechaVencimiento' })
    await expectRefused(ctx, () => saveTemplate(ctx, { templateKey: 'reminder1', language: 'es', subject: 'Aviso {{cliente}}', body: 'Hola' }), 'letters.unknownPlaceholder')
    await expectRefused(ctx, () => saveTemplate(ctx, { templateKey: 'reminder1', language: 'es', subject: 'Aviso', body: '' }), 'data.field.required')

    await saveTemplate(ctx, { templateKey: 'reminder1', language: 'es', subject: 'Aviso', body: 'Deben {{principal}}.\n\n{{company.name}}' })
    expect(await getEffectiveTemplate(ctx, 'reminder1', 'es')).toMatchObject({ isDefault: false, subject: 'Aviso', body: 'Deben {{principal}}.\n\n{{company.name}}' })
    expect((await getEffectiveTemplate(ctx, 'reminder1', 'ro'))?.isDefault).toBe(true)
    await resetTemplate(ctx, 'reminder1', 'es')
    expect(await getEffectiveTemplate(ctx, 'reminder1', 'es')).toEqual(def)
    await expectRefused(ctx, () => resetTemplate(ctx, 'reminder1', 'es'), 'data.collections.templateNotCustomized')
  })

  it('refuses a snooze without reason or not in the future', async () => {
    const { ctx, customer } = await esSetup()
    await expectRefused(ctx, () => snooze(ctx, customer.id, '2026-12-01', '  ', TODAY), 'data.field.required')
    await expectRefused(ctx, () => snooze(ctx, customer.id, TODAY, 'De vacaciones', TODAY), 'data.collections.snoozeNotFuture')
    await expectRefused(ctx, () => snooze(ctx, 'nobody', '2026-12-01', 'De vacaciones', TODAY), 'data.customer.notFound')
    const s = await snooze(ctx, customer.id, '2026-12-01', 'De vacaciones hasta diciembre') // today from the clock
    expect(await snoozesOf(ctx, customer.id)).toEqual([s])
  })

  it('refuses a profile with a demand before three reminders, duplicate step ids or a bad offset', async () => {
    const { ctx } = await esSetup()
    const business = DEFAULT_PROFILES[0]!
    const withoutR3 = business.steps.filter((s) => s.id !== 'r3')
    const e = await expectRefused(ctx, () => saveProfile(ctx, { id: 'business', name: '', steps: withoutR3 }), 'collections.profile.tooFewReminders')
    expect(e.params).toEqual({ step: 'demand', count: 2 })
    // A third reminder scheduled AFTER the demand does not count.
    const lateR3 = business.steps.map((s) => (s.id === 'r3' ? { ...s, offsetDays: 60 } : s))
    await expectRefused(ctx, () => saveProfile(ctx, { id: 'business', name: '', steps: lateR3 }), 'collections.profile.tooFewReminders')
    const dup = business.steps.map((s) => (s.id === 'r2' ? { ...s, id: 'r1' } : s))
    await expectRefused(ctx, () => saveProfile(ctx, { id: 'business', name: '', steps: dup }), 'collections.profile.duplicateStepId')
    await expectRefused(ctx, () => saveProfile(ctx, { name: '', steps: business.steps }), 'collections.profile.nameRequired')
    await expectRefused(ctx, () => saveProfile(ctx, { id: 'nope', name: 'X', steps: business.steps }), 'data.collections.profileNotFound')
    expect(await listProfiles(ctx)).toEqual(DEFAULT_PROFILES)

    const custom = await saveProfile(ctx, { name: 'Hostelería', steps: business.steps.map((s) => ({ ...s, fee: s.kind === 'demand' ? 1500 : 0 })) })
    expect(custom.builtIn).toBe(false)
    expect((await getProfile(ctx, String(custom.id)))?.steps.find((s) => s.id === 'demand')?.fee).toBe(1500)
    expect((await listProfiles(ctx)).map((p) => p.id)).toEqual(['business', 'publicAdmin', 'smallShop', custom.id])
  })

  it('refuses rates and settings out of range', async () => {
    const { ctx } = await esSetup()
    await expectRefused(ctx, () => addRate(ctx, { country: 'ES', from: '2026-03-01', referenceRate: 215 }), 'interest.rate.fromNotHalfYear')
    await expectRefused(ctx, () => addRate(ctx, { country: 'ES', from: '2026-01-01', referenceRate: 215 }), 'data.collections.rateExists')
    await expectRefused(ctx, () => saveCollectionSettings(ctx, { eurToRon: 0 }), 'data.field.mustBePositive')
    await expectRefused(ctx, () => saveCollectionSettings(ctx, { promiseGraceDays: -1 }), 'data.field.mustNotBeNegative')
    await expectRefused(ctx, () => saveCollectionSettings(ctx, { compensationEur: 40.5 }), 'data.field.notInteger')
    const s = await saveCollectionSettings(ctx, { dayCount: 'act360', noContactDays: 45 })
    expect(s).toMatchObject({ dayCount: 'act360', noContactDays: 45, compensationEur: 4000, updatedAt: '2026-11-23T10:00:00.000Z' })
  })

  it('never records the same step twice for an invoice, nor for another customer\'s invoice', async () => {
    const { ctx, customer } = await esSetup()
    const other = await createCustomer(ctx, customerInput({ legalName: 'Bar Sol, S.L.', taxId: 'B12345674' }))
    const inv = await issued(ctx, customer.id, '2026-09-01', 12100)
    const foreign = await issued(ctx, other.id, '2026-09-01', 5000)
    const letter = { customerId: customer.id, coveredInvoiceIds: [inv.id], documentName: 'r1.pdf', today: TODAY, text: 'Recordatorio 1' }
    await expectRefused(ctx, () => recordLetterSent(ctx, { ...letter, proposals: [r1([foreign.id])] }), 'data.interaction.foreignInvoice')
    await expectRefused(ctx, () => recordLetterSent(ctx, { ...letter, proposals: [] }), 'data.field.required')
    const sent = await recordLetterSent(ctx, { ...letter, proposals: [r1([inv.id])] })
    const e = await expectRefused(ctx, () => recordLetterSent(ctx, { ...letter, proposals: [r1([inv.id])] }), 'data.collections.stepAlreadyDone')
    expect(e.params).toEqual({ step: 'r1', invoice: inv.fullNumber, date: TODAY })
    await expectRefused(ctx, () => markDelivery(ctx, 'nope', 'burofax', 'BF-1'), 'data.collections.stepNotFound')
    const delivered = await markDelivery(ctx, sent.stepRecords[0]!.id, 'burofax', 'BF-2026-0042')
    expect(delivered).toMatchObject({ deliveryMethod: 'burofax', proofRef: 'BF-2026-0042', documentName: 'r1.pdf' })
  })

  it('opens and resolves disputes once, with timeline notes; a disputed call opens them in the same transaction', async () => {
    const { ctx, customer } = await esSetup()
    const a = await issued(ctx, customer.id, '2026-09-01', 12100)
    const b = await issued(ctx, customer.id, '2026-09-10', 3000)
    const d = await openDispute(ctx, { invoiceId: a.id, reason: 'quality', text: 'Aceite turbio', today: TODAY })
    await expectRefused(ctx, () => openDispute(ctx, { invoiceId: a.id, reason: 'price', today: TODAY }), 'data.collections.alreadyDisputed')
    // The call names both invoices; one is already disputed: nothing is written, not even the call.
    const call = { customerId: customer.id, outcome: 'dispute' as const, text: 'No reconoce el precio', invoiceIds: [a.id, b.id], today: TODAY }
    await expectRefused(ctx, () => recordCallOutcome(ctx, { ...call, disputeReason: 'price' }), 'data.collections.alreadyDisputed')
    await expectRefused(ctx, () => recordCallOutcome(ctx, { ...call, invoiceIds: [b.id] }), 'data.field.required')
    const rec = await recordCallOutcome(ctx, { ...call, invoiceIds: [b.id], disputeReason: 'price' })
    expect(rec.disputeIds).toHaveLength(1)
    expect((await openDisputesOf(ctx, customer.id)).map((x) => [x.invoiceId, x.reason]).sort((x, y) => x[1]!.localeCompare(y[1]!))).toEqual([
      [b.id, 'price'],
      [a.id, 'quality'],
    ])
    await expectRefused(ctx, () => resolveDispute(ctx, d.id, { today: '2026-11-01' }), 'data.collections.resolvedBeforeOpened')
    await resolveDispute(ctx, d.id, { today: TODAY, note: 'Abonada la diferencia' })
    await expectRefused(ctx, () => resolveDispute(ctx, d.id, { today: TODAY }), 'data.collections.disputeResolved')
    expect((await openDisputesOf(ctx, customer.id)).map((x) => x.invoiceId)).toEqual([b.id])
    const timeline = await timelineOf(ctx, customer.id)
    expect(timeline.map((i) => [i.type, i.outcome, i.text]).sort()).toEqual([
      ['call', 'dispute', 'No reconoce el precio'],
      ['note', '', 'Abonada la diferencia'],
      ['note', 'dispute', 'Aceite turbio'],
    ])
  })

  it('stores a customer\'s contractual rate and keeps it when a form leaves the field out', async () => {
    const { ctx, customer } = await esSetup()
    await expectRefused(ctx, () => updateCustomer(ctx, customer.id, customerInput({ contractualRate: 10001 })), 'data.field.tooLarge')
    await updateCustomer(ctx, customer.id, customerInput({ contractualRate: 1200 }))
    expect((await getCustomer(ctx, customer.id))?.contractualRate).toBe(1200)
    await updateCustomer(ctx, customer.id, customerInput({ notes: 'Paga los días 10' }))
    expect((await getCustomer(ctx, customer.id))?.contractualRate).toBe(1200)
    await updateCustomer(ctx, customer.id, customerInput({ contractualRate: null }))
    expect((await getCustomer(ctx, customer.id))?.contractualRate).toBeNull()
  })
})
