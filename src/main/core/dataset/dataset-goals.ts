// The benchmark data set's goals: what they measure, their quarters, and the value and status
// each has on a date (a noisy line from the baseline towards, past or short of the target).
import type { GoalStatus, GoalUnit } from '@shared/domain'
import type { Prng } from '../demo/prng'
import { daysBetween } from '../services/calendar'

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

export interface GoalSpec {
  title: (target: number) => string
  metric: string
  unit: GoalUnit
  /** Value at the start of the quarter; cumulative goals start from 0. */
  baseline: (prng: Prng) => number
  target: (prng: Prng, baseline: number) => number
}
const k = (value: number) => `$${Math.round(value / 1000)}k`
export const GOAL_SPECS: GoalSpec[] = [
  { title: (t) => `Close ${k(t)} new ARR this quarter`, metric: 'Closed-won new ARR', unit: 'currency', baseline: () => 0, target: (p) => p.int(12, 40) * 10_000 },
  { title: (t) => `Build ${k(t)} of qualified pipeline`, metric: 'Qualified pipeline created', unit: 'currency', baseline: () => 0, target: (p) => p.int(30, 90) * 10_000 },
  { title: (t) => `Hold ${t} first discovery calls`, metric: 'Discovery calls held', unit: 'count', baseline: () => 0, target: (p) => p.int(25, 60) },
  { title: (t) => `Deliver ${t} demos`, metric: 'Demos delivered', unit: 'count', baseline: () => 0, target: (p) => p.int(12, 35) },
  { title: (t) => `Lift win rate to ${t}%`, metric: 'Win rate', unit: 'percent', baseline: (p) => p.int(14, 22), target: (p, b) => b + p.int(3, 8) },
  { title: (t) => `Multi-thread ${t} key accounts`, metric: 'Accounts with 3+ contacts', unit: 'count', baseline: () => 0, target: (p) => p.int(5, 12) }
]

export interface PlannedGoal {
  id: number
  start: string
  end: string
  baseline: number
  target: number | null
  pace: number
  unit: GoalUnit
  active: boolean
}

/** The goal's value on `date`: a noisy line from the baseline towards (or past, or short of) the target. */
export function goalValue(goal: PlannedGoal, date: string, prng: Prng): number {
  const span = Math.max(1, daysBetween(goal.start, goal.end))
  const fraction = clamp(daysBetween(goal.start, date) / span, 0, 1)
  const reach = (goal.target ?? goal.baseline * 1.3 + 10) - goal.baseline
  const raw = goal.baseline + reach * goal.pace * fraction * (0.92 + prng.next() * 0.16)
  return goal.unit === 'percent' ? Math.round(raw * 10) / 10 : Math.max(0, Math.round(raw))
}

export function goalStatus(goal: PlannedGoal, value: number, date: string): GoalStatus {
  if (goal.target === null) return 'on_track'
  if (value >= goal.target) return 'achieved'
  const span = Math.max(1, daysBetween(goal.start, goal.end))
  const expected = goal.baseline + (goal.target - goal.baseline) * clamp(daysBetween(goal.start, date) / span, 0.05, 1)
  const ratio = (value - goal.baseline) / Math.max(1e-9, expected - goal.baseline)
  return ratio >= 0.95 ? 'on_track' : ratio >= 0.8 ? 'at_risk' : 'off_track'
}

export function quarterStart(date: string): string {
  const month = Number(date.slice(5, 7))
  return `${date.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`
}
export function nextQuarter(start: string): string {
  const year = Number(start.slice(0, 4))
  const month = Number(start.slice(5, 7)) + 3
  return month > 12 ? `${year + 1}-${String(month - 12).padStart(2, '0')}-01` : `${year}-${String(month).padStart(2, '0')}-01`
}
