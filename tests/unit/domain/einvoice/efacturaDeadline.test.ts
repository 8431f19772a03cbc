import { describe, expect, it } from 'vitest'
import { isWorkingDay, orthodoxEaster, reportingDeadline, workingDaysLeft } from '../../../../renderer/domain/einvoice/efactura'

describe('e-Factura reporting deadline (5 working days)', () => {
  it('knows Orthodox Easter', () => {
    // Published dates of Orthodox Easter.
    expect(orthodoxEaster(2024)).toBe('2024-05-05')
    expect(orthodoxEaster(2025)).toBe('2025-04-20')
    expect(orthodoxEaster(2026)).toBe('2026-04-12')
    expect(orthodoxEaster(2027)).toBe('2027-05-02')
  })

  it('skips weekends and Romanian public holidays', () => {
    expect(isWorkingDay('2026-12-07')).toBe(true) // Monday
    expect(isWorkingDay('2026-12-05')).toBe(false) // Saturday
    expect(isWorkingDay('2026-12-01')).toBe(false) // Ziua Națională
    expect(isWorkingDay('2026-04-10')).toBe(false) // Good Friday (Orthodox)
    expect(isWorkingDay('2026-04-13')).toBe(false) // Easter Monday
    expect(isWorkingDay('2026-06-01')).toBe(false) // Children's Day and Whit Monday 2026
  })

  it('counts five working days from the issue date', () => {
    expect(reportingDeadline('2026-12-07')).toBe('2026-12-14') // Mon -> next Mon
    expect(reportingDeadline('2026-11-27')).toBe('2026-12-08') // Fri; 30 Nov and 1 Dec are holidays
    expect(reportingDeadline('2026-12-28')).toBe('2027-01-05') // 1 Jan holiday, 2-3 Jan weekend
    expect(reportingDeadline('2027-01-05')).toBe('2027-01-14') // 6-7 Jan holidays
  })

  it('says how many working days are left, negative when late', () => {
    expect(workingDaysLeft('2026-12-07', '2026-12-14')).toBe(5)
    expect(workingDaysLeft('2026-12-14', '2026-12-14')).toBe(0)
    expect(workingDaysLeft('2026-12-16', '2026-12-14')).toBe(-2)
  })
})
