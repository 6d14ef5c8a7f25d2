import type { SessionListing } from '@shared/contract/sessions'
import type { Rep } from '@shared/domain'
import { CliError, type CliCommand } from '../cli-command'
import { CliApiError, withKeptApi, type KeptApiCall } from '../kept-api'
import { requiredPath } from '../kept-files'
import { repOption } from '../rep-option'

const STATUS_LABELS: Record<SessionListing['status'], string> = { planned: 'planned', in_progress: 'in progress', completed: 'completed' }

function asTable(sessions: readonly SessionListing[]): string {
  const rows = [
    ['ID', 'Date', 'Rep', 'Status', 'Pulse', 'Template'],
    ...sessions.map((session) => [String(session.id), session.scheduledAt.replace('T', ' '), session.repName, STATUS_LABELS[session.status], session.pulse === null ? '–' : String(session.pulse), session.template ?? '–'])
  ]
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n') + '\n'
}

/** The rep of --rep; when none matches, the refusal names the team, since a list is what this command shows. */
function listedRep(call: KeptApiCall, value: string): Rep {
  try {
    return repOption(call, value)
  } catch (error) {
    if (!(error instanceof CliApiError) || error.code !== 'not_found') throw error
    const team = call('reps.list', { includeArchived: true }).map((member) => member.name)
    throw new CliError(`No rep is called "${value.trim()}". Reps: ${team.join(', ') || 'none yet'}.`)
  }
}

export const listSessionsCommand: CliCommand = {
  name: 'list-sessions',
  summary: 'Lists the 1:1s, newest first, for everyone or one rep; as JSON with --json.',
  usage: 'list-sessions --db FILE [--rep NAME_OR_ID] [--json]',
  options: { db: { type: 'string' }, rep: { type: 'string' }, json: { type: 'boolean', default: false } },
  run(invocation) {
    requiredPath(invocation, 'db', 'the Kept data file')
    const { values, io } = invocation
    return withKeptApi(io, values.db, (call) => {
      const rep = typeof values.rep === 'string' ? listedRep(call, values.rep) : null
      const sessions = call('sessions.list', rep ? { repId: rep.id } : {})
      if (values.json) {
        io.stdout(`${JSON.stringify(sessions, null, 2)}\n`)
      } else if (sessions.length === 0) {
        io.stdout(rep ? `No 1:1s with ${rep.name} yet.\n` : 'No 1:1s yet.\n')
      } else {
        io.stdout(asTable(sessions))
      }
      return 0
    })
  }
}
