// The rules about goals that the screens, the services and SQL all apply, each written once. Where
// a rule must also run inside a query, the SQL is generated here from the same definition
// (tests/core/goal-rules-sql.test.ts runs both on the same rows).
import type { Goal, GoalField } from './domain'
import { PROGRESS_STATUSES } from './goal-model'

/** A goal still being worked on has one of these statuses (and is not archived). */
export const ACTIVE_GOAL_STATUSES = PROGRESS_STATUSES

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`

/** `column IN ('on_track', 'at_risk', 'off_track')`: a literal list, so partial indexes still apply. */
export function activeGoalStatusSql(column: string): string {
  return `${column} IN (${ACTIVE_GOAL_STATUSES.map(sqlText).join(', ')})`
}

/**
 * Blank text is nothing but spaces: what SQL's trim() takes off. JavaScript's trim() takes off
 * every kind of whitespace, so it is not used for this rule (a metric of a tab counts as named).
 */
export function isBlankText(text: string): boolean {
  return /^ *$/.test(text)
}

/** True in SQL exactly when isBlankText is true in JavaScript. */
export function blankTextSql(column: string): string {
  return `trim(${column}) = ''`
}

/** What a goal lacks to be measurable (principle 1): a metric, a target and a due date. */
export function missingGoalFields(goal: Pick<Goal, 'metric' | 'target' | 'dueDate'>): GoalField[] {
  const missing: GoalField[] = []
  if (isBlankText(goal.metric)) missing.push('metric')
  if (goal.target === null) missing.push('target')
  if (goal.dueDate === null) missing.push('due_date')
  return missing
}

/** The same test per field in SQL, over a `goals` row known by `alias`: each expression is 1 when the field is missing. */
export function missingGoalFieldsSql(alias: string): Record<GoalField, string> {
  return { metric: blankTextSql(`${alias}.metric`), target: `${alias}.target IS NULL`, due_date: `${alias}.due_date IS NULL` }
}

/** A goal that is not measurable yet, in SQL. */
export function unmeasurableGoalSql(alias: string): string {
  return `(${Object.values(missingGoalFieldsSql(alias)).join(' OR ')})`
}
