import { todayOf, systemClock, timestampOf } from '../../core/clock'
import { hasUserData } from '../../core/backup/json-export'
import { loadDemoTeam } from '../../core/demo/demo-team'
import { CliError, type CliCommand } from '../cli-command'
import { openKeptFile, requiredPath } from '../kept-files'

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Creates the demo team (six sample reps with months of 1:1s) in a new or empty data file.',
  usage: 'demo --db FILE',
  options: { db: { type: 'string' } },
  run(invocation) {
    const path = requiredPath(invocation, 'db', 'the data file to create')
    const kept = openKeptFile(path, { mustExist: false })
    try {
      if (hasUserData(kept.db)) throw new CliError(`${path} already holds reps or 1:1s. The demo team goes only into a new or empty file.`)
      const { repsCreated } = loadDemoTeam(kept.db, { today: todayOf(systemClock), now: timestampOf(systemClock) })
      invocation.io.stdout(`Created the demo team (${repsCreated} reps) in ${path}.\n`)
      return 0
    } finally {
      kept.close()
    }
  }
}
