import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PROFILES,
  assertValidProfile,
  profileFor,
  stepDate,
  validateProfile,
} from '../../../../renderer/domain/collections/profiles'
import type { CollectionProfile, CollectionStep } from '../../../../renderer/domain/collections/types'
import { PROFILES, business, issued, publicAdmin, smallShop } from './helpers'

const inv = issued('1', '2026-03-02', '2026-04-01')
const dates = (p: CollectionProfile) => Object.fromEntries(p.steps.map((s) => [s.id, stepDate(inv, s)]))
const codes = (p: CollectionProfile) => validateProfile(p).map((e) => e.code)

describe('default profiles', () => {
  it('are the three built-in ones and all valid', () => {
    expect(DEFAULT_PROFILES.map((p) => p.id)).toEqual(['business', 'publicAdmin', 'smallShop'])
    for (const p of DEFAULT_PROFILES) expect(validateProfile(p)).toEqual([])
  })

  it('business: confirm call issue+1, courtesy due-14, r1 +1, r2 +15, r3 +30, demand +45', () => {
    expect(dates(business)).toEqual({
      confirm: '2026-03-03',
      courtesy: '2026-03-18',
      r1: '2026-04-02',
      r2: '2026-04-16',
      r3: '2026-05-01',
      demand: '2026-05-16',
    })
    expect(business.steps.find((s) => s.id === 'confirm')?.channel).toBe('call')
    expect(business.steps.find((s) => s.id === 'demand')?.templateKey).toBe('demand')
  })

  it('publicAdmin is gentler: confirm issue+3, courtesy due-10, r1 +15, r2 +35, r3 +55, demand +75', () => {
    expect(dates(publicAdmin)).toEqual({
      confirm: '2026-03-05',
      courtesy: '2026-03-22',
      r1: '2026-04-16',
      r2: '2026-05-06',
      r3: '2026-05-26',
      demand: '2026-06-15',
    })
  })

  it('smallShop is tighter: courtesy due-5, r1 +1, call +3, r2 +8, r3 +15, demand +25', () => {
    expect(dates(smallShop)).toEqual({
      courtesy: '2026-03-27',
      r1: '2026-04-02',
      call1: '2026-04-04',
      r2: '2026-04-09',
      r3: '2026-04-16',
      demand: '2026-04-26',
    })
    expect(smallShop.steps.find((s) => s.id === 'call1')?.channel).toBe('call')
  })

  it('profileFor falls back to business for an unknown id', () => {
    expect(profileFor(PROFILES, 'smallShop').id).toBe('smallShop')
    expect(profileFor(PROFILES, 'deleted').id).toBe('business')
    expect(profileFor({}, 'publicAdmin').id).toBe('publicAdmin')
  })
})

describe('validateProfile', () => {
  const withSteps = (steps: CollectionStep[], over: Partial<CollectionProfile> = {}): CollectionProfile => ({
    ...business,
    id: 'custom',
    name: 'Mine',
    builtIn: false,
    steps,
    ...over,
  })
  const s = (id: string, over: Partial<CollectionStep> = {}): CollectionStep => ({
    id,
    kind: 'reminder',
    anchor: 'due',
    offsetDays: 1,
    channel: 'letter',
    templateKey: 'reminder1',
    fee: 0,
    ...over,
  })

  it('rejects duplicate and reserved step ids', () => {
    const p = withSteps([...business.steps, s('r1'), s('extra-1')])
    const errors = validateProfile(p)
    expect(errors.map((e) => [e.code, e.params])).toEqual([
      ['collections.profile.duplicateStepId', { step: 'r1' }],
      ['collections.profile.stepIdReserved', { step: 'extra-1' }],
    ])
    expect(() => assertValidProfile(p)).toThrow('collections.profile.duplicateStepId')
  })

  it('rejects offsets that are not integers within -365..365', () => {
    expect(codes(withSteps([...business.steps.filter((x) => x.id !== 'r1'), s('r1', { offsetDays: -366 })]))).toEqual([
      'collections.profile.offsetInvalid',
    ])
    expect(codes(withSteps([...business.steps.filter((x) => x.id !== 'r1'), s('r1', { offsetDays: 1.5 })]))).toEqual([
      'collections.profile.offsetInvalid',
    ])
    expect(validateProfile(withSteps([...business.steps.filter((x) => x.id !== 'r1'), s('r1', { offsetDays: -365 })]))).toEqual([])
  })

  it('needs at least 3 reminder letters scheduled before any demand', () => {
    const twoReminders = business.steps.filter((x) => x.id !== 'r3')
    const errors = validateProfile(withSteps(twoReminders))
    expect(errors.map((e) => [e.code, e.params])).toEqual([['collections.profile.tooFewReminders', { step: 'demand', count: 2 }]])
    // A reminder after the demand or a reminder call does not count.
    const late = withSteps([...twoReminders, s('r3', { offsetDays: 60 }), s('c', { channel: 'call', templateKey: '' })])
    expect(codes(late)).toEqual(['collections.profile.tooFewReminders'])
    // Without a demand step any number of reminders is fine.
    expect(validateProfile(withSteps([s('r1')]))).toEqual([])
  })

  it('requires a name for custom profiles, a template for letters, a fee >= 0, and at least one step', () => {
    expect(codes(withSteps(business.steps, { name: ' ' }))).toEqual(['collections.profile.nameRequired'])
    expect(codes(withSteps([s('r1', { templateKey: '' })]))).toEqual(['collections.profile.templateRequired'])
    expect(codes(withSteps([s('r1', { fee: -100 })]))).toEqual(['collections.profile.feeInvalid'])
    expect(codes(withSteps([]))).toEqual(['collections.profile.noSteps'])
    expect(codes(withSteps([s(' ')]))).toEqual(['collections.profile.stepIdRequired'])
  })
})
