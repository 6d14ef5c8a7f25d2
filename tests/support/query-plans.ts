// The EXPLAIN QUERY PLAN guard: record every statement a scenario runs, then ask SQLite how it
// would run each one, so a change that loses an index fails a test.
import type { Database } from 'better-sqlite3'

/** Tables that grow with the history: a full SCAN of one of them is a regression. */
export const GROWING_TABLES = [
  'sessions',
  'agreements',
  'agreement_reviews',
  'agenda_outcomes',
  'talking_points',
  'goals',
  'goal_checkins',
  'challenges',
  'challenge_sessions',
  'recognitions',
  'notes',
  'note_bodies',
  'rep_tags',
  'nudge_dismissals',
  'metric_imports'
]

/** Records each statement prepared on `db` with the arguments it first ran with. */
export function recordStatements(db: Database): Map<string, unknown[]> {
  const seen = new Map<string, unknown[]>()
  const prepare = db.prepare.bind(db)
  // db.prepare hands back the same statement for the same SQL (statement-cache.ts): wrap it once.
  const wrapped = new WeakSet<object>()
  db.prepare = ((sql: string) => {
    const statement = prepare(sql)
    if (wrapped.has(statement)) return statement
    wrapped.add(statement)
    for (const method of ['run', 'get', 'all'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown
      ;(statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        if (!seen.has(sql)) seen.set(sql, args)
        return original(...args)
      }
    }
    return statement
  }) as Database['prepare']
  return seen
}

const short = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 160)

export interface PlanFindings {
  /** Full scans of growing tables, each with the statement it came from. */
  fullScans: string[]
  /** FTS tables read without a MATCH (a scan of the whole index). */
  ftsWithoutMatch: string[]
  /** Every FTS table a statement read. */
  ftsTables: Set<string>
}

export function explainRecorded(db: Database, seen: Map<string, unknown[]>): PlanFindings {
  const findings: PlanFindings = { fullScans: [], ftsWithoutMatch: [], ftsTables: new Set() }
  for (const [sql, args] of seen) {
    if (!/^\s*(WITH|SELECT|UPDATE|DELETE|INSERT[\s\S]*SELECT)/i.test(sql)) continue
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>
    for (const { detail } of plan) {
      const scanned = /^SCAN (\w+)/.exec(detail)?.[1]
      if (scanned && GROWING_TABLES.includes(scanned)) findings.fullScans.push(`${detail}\n    in: ${short(sql)}`)
      const fts = /^SCAN (\w+_fts) VIRTUAL TABLE INDEX \d+:(\S*)/.exec(detail)
      if (fts) {
        findings.ftsTables.add(fts[1]!)
        if (!fts[2]!.includes('M')) findings.ftsWithoutMatch.push(`${detail}\n    in: ${short(sql)}`)
      }
    }
  }
  return findings
}
