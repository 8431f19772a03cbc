import { describe, expect, it } from 'vitest'
import { isPromise, latestFrom, validateDispute, validatePromise, validateSnooze } from '../../../../renderer/domain/collections/promises'
import { interaction } from './helpers'

describe('promises, snoozes and disputes', () => {
  it('recognises a promise: type promise, or a call with outcome promise, with a date', () => {
    expect(isPromise(interaction('1', '2026-05-01T10:00:00Z', { type: 'promise', promiseDate: '2026-05-05' }))).toBe(true)
    expect(isPromise(interaction('2', '2026-05-01T10:00:00Z', { type: 'call', outcome: 'promise', promiseDate: '2026-05-05' }))).toBe(true)
    expect(isPromise(interaction('3', '2026-05-01T10:00:00Z', { type: 'call', outcome: 'reached', promiseDate: '2026-05-05' }))).toBe(false)
    expect(isPromise(interaction('4', '2026-05-01T10:00:00Z', { type: 'promise', promiseDate: '' }))).toBe(false)
  })

  it('latestFrom keeps the latest date from today on', () => {
    expect(latestFrom(['2026-05-01', '2026-05-09', '2026-05-07'], '2026-05-05')).toBe('2026-05-09')
    expect(latestFrom(['2026-05-01'], '2026-05-05')).toBe('')
    expect(latestFrom(['2026-05-05'], '2026-05-05')).toBe('2026-05-05')
  })

  it('refuses a promise without a date, with a date in the past, or without an amount', () => {
    const codes = (d: string, a: number | null) => validatePromise(d, a, '2026-05-05').map((e) => e.code)
    expect(codes('2026-05-05', 1000)).toEqual([])
    expect(codes('', 1000)).toEqual(['collections.promise.dateRequired'])
    expect(codes('2026-02-30', 1000)).toEqual(['collections.promise.dateRequired'])
    expect(codes('2026-05-04', 1000)).toEqual(['collections.promise.datePast'])
    expect(validatePromise('2026-05-04', 1000, '2026-05-05')[0]?.params).toEqual({ date: '2026-05-04' })
    expect(codes('2026-05-06', 0)).toEqual(['collections.promise.amountInvalid'])
    expect(codes('2026-05-06', null)).toEqual(['collections.promise.amountInvalid'])
  })

  it('a snooze needs a later date and a reason; a dispute a reason', () => {
    expect(validateSnooze('2026-05-06', 'De vacaciones', '2026-05-05')).toEqual([])
    expect(validateSnooze('2026-05-05', ' ', '2026-05-05').map((e) => e.code)).toEqual([
      'collections.snooze.untilPast',
      'collections.snooze.reasonRequired',
    ])
    expect(validateDispute('quality', '')).toEqual([])
    expect(validateDispute('other', '').map((e) => e.code)).toEqual(['collections.dispute.reasonRequired'])
    expect(validateDispute('other', 'Precio distinto del pedido')).toEqual([])
  })
})
