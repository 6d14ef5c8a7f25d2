import { describe, expect, it } from 'vitest'
import { carriedForwardDueDate, isOverdueInReview } from '../../src/shared/agreement-dates'

describe('carrying an agreement forward', () => {
  it('moves a due date already past at this 1:1 to the next 1:1', () => {
    expect(carriedForwardDueDate('2026-11-24', '2026-12-03', '2026-12-10')).toBe('2026-12-10')
  })
  it('moves a due date reached on the day of this 1:1 too', () => {
    expect(carriedForwardDueDate('2026-12-03', '2026-12-03', '2026-12-10')).toBe('2026-12-10')
  })
  it('keeps a due date still ahead of this 1:1, and no due date', () => {
    expect(carriedForwardDueDate('2026-12-20', '2026-12-03', '2026-12-10')).toBe('2026-12-20')
    expect(carriedForwardDueDate(null, '2026-12-03', '2026-12-10')).toBeNull()
  })
})

describe('overdue in a review', () => {
  it('is shown for an open agreement past its due date', () => {
    expect(isOverdueInReview({ dueDate: '2026-11-24', outcome: null }, '2026-12-03')).toBe(true)
    expect(isOverdueInReview({ dueDate: '2026-11-24', outcome: 'carried_forward' }, '2026-12-03')).toBe(true)
  })
  it('is never shown once the agreement is done, missed or dropped', () => {
    for (const outcome of ['done', 'missed', 'dropped'] as const) expect(isOverdueInReview({ dueDate: '2026-11-24', outcome }, '2026-12-03')).toBe(false)
  })
  it('is not shown on the due date itself or without one', () => {
    expect(isOverdueInReview({ dueDate: '2026-12-03', outcome: null }, '2026-12-03')).toBe(false)
    expect(isOverdueInReview({ dueDate: null, outcome: null }, '2026-12-03')).toBe(false)
  })
})
