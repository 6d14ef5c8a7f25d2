import type { Database } from 'better-sqlite3'
import { CliError, type CliCommand } from '../cli-command'
import { explainReadError, openKeptFileAsIs, requiredPath } from '../kept-files'

export interface ListedSession {
  id: number
  repId: number
  repName: string
  scheduledAt: string
  status: 'planned' | 'in_progress' | 'completed'
  pulse: number | null
  template: string | null
}

interface RepRow {
  id: number
  name: string
}

/** A rep by id or by name (exact, ignoring case, or else a unique part of the name). */
export function findRep(db: Database, nameOrId: string): RepRow {
  const reps = db.prepare('SELECT id, name FROM reps ORDER BY name').all() as RepRow[]
  const wanted = nameOrId.trim()
  if (/^\d+$/.test(wanted)) {
    const byId = reps.find((rep) => rep.id === Number(wanted))
    if (byId) return byId
  }
  const lower = wanted.toLocaleLowerCase()
  const exact = reps.filter((rep) => rep.name.toLocaleLowerCase() === lower)
  const matches = exact.length > 0 ? exact : reps.filter((rep) => rep.name.toLocaleLowerCase().includes(lower))
  if (matches.length === 1) return matches[0]!
  if (matches.length === 0) throw new CliError(`No rep is called "${wanted}". Reps: ${reps.map((rep) => rep.name).join(', ') || 'none yet'}.`)
  throw new CliError(`"${wanted}" matches ${matches.length} reps: ${matches.map((rep) => `${rep.name} (id ${rep.id})`).join(', ')}. Give the full name or the id.`)
}

export function listSessions(db: Database, repId: number | null): ListedSession[] {
  return db
    .prepare(
      `SELECT sessions.id, sessions.rep_id AS repId, reps.name AS repName, sessions.scheduled_at AS scheduledAt, sessions.status,
              sessions.pulse, templates.name AS template
         FROM sessions
         JOIN reps ON reps.id = sessions.rep_id
         LEFT JOIN templates ON templates.id = sessions.template_id
        WHERE (:repId IS NULL OR sessions.rep_id = :repId)
        ORDER BY sessions.scheduled_at DESC, sessions.id DESC`
    )
    .all({ repId }) as ListedSession[]
}

const STATUS_LABELS: Record<ListedSession['status'], string> = { planned: 'planned', in_progress: 'in progress', completed: 'completed' }

function asTable(sessions: readonly ListedSession[]): string {
  const rows = [
    ['ID', 'Date', 'Rep', 'Status', 'Pulse', 'Template'],
    ...sessions.map((session) => [String(session.id), session.scheduledAt.replace('T', ' '), session.repName, STATUS_LABELS[session.status], session.pulse === null ? '–' : String(session.pulse), session.template ?? '–'])
  ]
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n') + '\n'
}

export const listSessionsCommand: CliCommand = {
  name: 'list-sessions',
  summary: 'Lists the 1:1s, newest first, for everyone or one rep; as JSON with --json.',
  usage: 'list-sessions --db FILE [--rep NAME_OR_ID] [--json]',
  options: { db: { type: 'string' }, rep: { type: 'string' }, json: { type: 'boolean', default: false } },
  run(invocation) {
    const path = requiredPath(invocation, 'db', 'the Kept data file')
    const db = openKeptFileAsIs(path)
    try {
      const repOption = invocation.values.rep
      const rep = typeof repOption === 'string' ? findRep(db, repOption) : null
      const sessions = listSessions(db, rep?.id ?? null)
      if (invocation.values.json) {
        invocation.io.stdout(`${JSON.stringify(sessions, null, 2)}\n`)
      } else if (sessions.length === 0) {
        invocation.io.stdout(rep ? `No 1:1s with ${rep.name} yet.\n` : 'No 1:1s yet.\n')
      } else {
        invocation.io.stdout(asTable(sessions))
      }
      return 0
    } catch (error) {
      throw explainReadError(error, path)
    } finally {
      db.close()
    }
  }
}
