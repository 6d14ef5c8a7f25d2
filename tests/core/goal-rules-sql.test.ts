// Each goal rule is written once in src/shared/goal-rules.ts and run both in JavaScript and, as
// generated SQL, inside the queries: on the same rows, both must give the same answer.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { listUnmeasurableGoals } from '../../src/main/core/repositories/overview-repository'
import { openDatabase } from '../../src/main/core/db/open-database'
import { GOAL_STATUSES } from '../../src/shared/domain'
import { ACTIVE_GOAL_STATUSES, activeGoalStatusSql, blankTextSql, isBlankText, missingGoalFields, missingGoalFieldsSql } from '../../src/shared/goal-rules'

const TEXTS = ['', ' ', '   ', '\t', '\n', ' \r\n ', '\u00a0', '\u3000', '\ufeff', 'Demos', ' Demos ', '\tARR\n', '0', 'x\u00a0', '\u200b', "O'Brien calls"]
const TARGETS = [null, 0, 12, -3.5]
const DUE_DATES = [null, '2026-06-30']

describe('goal rules in JavaScript and in SQL', () => {
  it('agree on what is blank, including whitespace-only text of every kind', () => {
    const db = new Database(':memory:')
    const sqlBlank = db.prepare(`SELECT ${blankTextSql('?')}`).pluck()
    for (const text of TEXTS) expect([text, sqlBlank.get(text) === 1]).toEqual([text, isBlankText(text)])
    expect(TEXTS.filter(isBlankText)).toEqual(['', ' ', '   '])
  })

  it('agree on which fields a goal misses, over every combination of metric, target (NULL and zero) and due date', () => {
    const db = new Database(':memory:')
    db.exec('CREATE TABLE goals (metric TEXT NOT NULL, target REAL, due_date TEXT)')
    const insert = db.prepare('INSERT INTO goals VALUES (?, ?, ?)')
    for (const metric of TEXTS) for (const target of TARGETS) for (const dueDate of DUE_DATES) insert.run(metric, target, dueDate)
    const sql = missingGoalFieldsSql('goals')
    const rows = db.prepare(`SELECT metric, target, due_date, ${sql.metric} AS metric_missing, ${sql.target} AS target_missing, ${sql.due_date} AS due_missing FROM goals`).all() as Array<{
      metric: string
      target: number | null
      due_date: string | null
      metric_missing: number
      target_missing: number
      due_missing: number
    }>
    expect(rows).toHaveLength(TEXTS.length * TARGETS.length * DUE_DATES.length)
    for (const row of rows) {
      const fromSql = [row.metric_missing ? 'metric' : null, row.target_missing ? 'target' : null, row.due_missing ? 'due_date' : null].filter((field) => field !== null)
      expect([row.metric, row.target, row.due_date, fromSql]).toEqual([row.metric, row.target, row.due_date, missingGoalFields({ metric: row.metric, target: row.target, dueDate: row.due_date })])
    }
  })

  it('agree on which statuses are active', () => {
    const db = new Database(':memory:')
    const active = db.prepare(`SELECT ${activeGoalStatusSql('?')}`).pluck()
    for (const status of GOAL_STATUSES) expect([status, active.get(status) === 1]).toEqual([status, (ACTIVE_GOAL_STATUSES as readonly string[]).includes(status)])
  })

  it('the Team screen and the nudges read the same missing fields as the goal itself reports', () => {
    const kept = openDatabase(':memory:')
    const { db } = kept
    const T = '2026-05-01T10:00:00.000Z'
    const rep = Number(db.prepare("INSERT INTO reps (name, created_at, updated_at) VALUES ('Dana Whitfield', ?, ?)").run(T, T).lastInsertRowid)
    const insert = db.prepare("INSERT INTO goals (rep_id, title, metric, target, due_date, created_at, updated_at) VALUES (?, 'A goal', ?, ?, ?, ?, ?)")
    const goals: Array<{ id: number; metric: string; target: number | null; dueDate: string | null }> = []
    for (const metric of TEXTS) for (const target of TARGETS) for (const dueDate of DUE_DATES) {
      goals.push({ id: Number(insert.run(rep, metric, target, dueDate, T, T).lastInsertRowid), metric, target, dueDate })
    }
    const fromSql = new Map(listUnmeasurableGoals(db, { repId: rep }).map((goal) => [goal.id, goal.missing]))
    for (const goal of goals) expect([goal.metric, goal.target, goal.dueDate, fromSql.get(goal.id) ?? []]).toEqual([goal.metric, goal.target, goal.dueDate, missingGoalFields(goal)])
    kept.close()
  })
})
