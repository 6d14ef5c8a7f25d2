// Follow-through, defined once: of the agreements due in a window, the share kept, per owner.
// `classifyForFollowThrough` and `computeFollowThrough` are the definition; every screen and
// export that shows follow-through goes through them (fed by `loadFollowThrough`).
import type { Database } from 'better-sqlite3'
import {
  FOLLOW_THROUGH_DEFINITION,
  FOLLOW_THROUGH_WINDOW_DAYS,
  type AgreementStatus,
  type DateWindow,
  type FollowThrough,
  type FollowThroughByOwner,
  type Owner
} from '@shared/domain'
import { listFollowThroughGroups, listFollowThroughRowsOfRep, type RepScope } from '../repositories/overview-repository'
import { addDays } from './calendar'

export { FOLLOW_THROUGH_DEFINITION, FOLLOW_THROUGH_WINDOW_DAYS }

/** What follow-through needs to know about one agreement. */
export interface FollowThroughRow {
  owner: Owner
  dueDate: string | null
  status: AgreementStatus
  doneOn: string | null
}

export type FollowThroughClass =
  | 'not_due' // no due date, or due outside the window: never counted
  | 'done_on_time'
  | 'done_late'
  | 'missed'
  | 'overdue_open'
  | 'due_today_open' // open and due today: not overdue yet, so not counted
  | 'dropped'

/** The window ending `today` (both ends included): [today − days, today]. */
export function followThroughWindow(today: string, days: number = FOLLOW_THROUGH_WINDOW_DAYS): DateWindow {
  return { from: addDays(today, -days), to: today, days }
}

/**
 * Where one agreement stands for follow-through over `window`, seen on `today` (by default the
 * window's last day): an open agreement counts against only once its due date has passed.
 */
export function classifyForFollowThrough(row: FollowThroughRow, window: Pick<DateWindow, 'from' | 'to'>, today: string = window.to): FollowThroughClass {
  if (row.dueDate === null || row.dueDate < window.from || row.dueDate > window.to) return 'not_due'
  switch (row.status) {
    case 'dropped':
      return 'dropped'
    case 'missed':
      return 'missed'
    case 'done':
      // A done agreement without a recorded date is given the benefit of the doubt.
      return row.doneOn !== null && row.doneOn > row.dueDate ? 'done_late' : 'done_on_time'
    case 'open':
      return row.dueDate < today ? 'overdue_open' : 'due_today_open'
  }
}

export function emptyFollowThrough(): FollowThrough {
  return { due: 0, done: 0, doneOnTime: 0, doneLate: 0, missed: 0, overdueOpen: 0, dueTodayOpen: 0, dropped: 0, counted: 0, rate: null }
}

function tally(result: FollowThrough, kind: FollowThroughClass, count: number): void {
  switch (kind) {
    case 'not_due':
      return
    case 'dropped':
      result.dropped += count
      return
    case 'done_on_time':
      result.doneOnTime += count
      result.done += count
      break
    case 'done_late':
      result.doneLate += count
      result.done += count
      break
    case 'missed':
      result.missed += count
      break
    case 'overdue_open':
      result.overdueOpen += count
      break
    case 'due_today_open':
      result.dueTodayOpen += count
      break
  }
  result.due += count
}

/** Follow-through per owner of `rows` (each standing for `count` agreements, 1 if not given) over `window`, seen on `today` (default: the window's end). Pure. */
export function computeFollowThrough(
  rows: Iterable<FollowThroughRow & { count?: number }>,
  window: Pick<DateWindow, 'from' | 'to'>,
  today: string = window.to
): FollowThroughByOwner {
  const result: FollowThroughByOwner = { rep: emptyFollowThrough(), manager: emptyFollowThrough() }
  for (const row of rows) tally(result[row.owner], classifyForFollowThrough(row, window, today), row.count ?? 1)
  for (const owner of ['rep', 'manager'] as const) {
    const figures = result[owner]
    figures.counted = figures.done + figures.missed + figures.overdueOpen
    figures.rate = figures.counted === 0 ? null : figures.done / figures.counted
  }
  return result
}

/** Follow-through of every rep in `scope` over `window`, from one indexed query of a few rows per rep. */
export function loadFollowThrough(db: Database, scope: RepScope, window: DateWindow): Map<number, FollowThroughByOwner> {
  const byRep = new Map<number, Array<FollowThroughRow & { count: number }>>()
  for (const row of listFollowThroughGroups(db, scope, window, window.to)) {
    let rows = byRep.get(row.repId)
    if (!rows) byRep.set(row.repId, (rows = []))
    rows.push(row)
  }
  return new Map([...byRep].map(([repId, rows]) => [repId, computeFollowThrough(rows, window)]))
}

/** Follow-through of one rep over `window` (the brief's). */
export function loadRepFollowThrough(db: Database, repId: number, window: DateWindow): FollowThroughByOwner {
  return computeFollowThrough(listFollowThroughRowsOfRep(db, repId, window), window)
}
