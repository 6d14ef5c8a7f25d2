import { existsSync } from 'node:fs'
import { exportDatabaseJson, formatJsonExport } from '../../core/backup/json-export'
import { CliError, type CliCommand } from '../cli-command'
import { explainReadError, openKeptFileAsIs, optionalPath, requiredPath, writeFileAtomically } from '../kept-files'

export const exportJsonCommand: CliCommand = {
  name: 'export-json',
  summary: 'Writes every row of every table as JSON (to stdout, or to a file with --to).',
  usage: 'export-json --db FILE [--to FILE]',
  options: { db: { type: 'string' }, to: { type: 'string' } },
  run(invocation) {
    const path = requiredPath(invocation, 'db', 'the Kept data file to export')
    const target = optionalPath(invocation, 'to')
    if (target && existsSync(target)) throw new CliError(`${target} already exists. Choose a new file name.`)
    const db = openKeptFileAsIs(path)
    let text: string
    try {
      // Reading a damaged page can yield wrong values without an error: refuse rather than export them.
      const quickCheck = db.pragma('quick_check', { simple: true })
      if (quickCheck !== 'ok') throw Object.assign(new Error('the quick check found damaged pages'), { code: 'SQLITE_CORRUPT' })
      text = formatJsonExport(exportDatabaseJson(db))
    } catch (error) {
      throw explainReadError(error, path)
    } finally {
      db.close()
    }
    if (!target) {
      invocation.io.stdout(text)
      return 0
    }
    writeFileAtomically(target, text)
    invocation.io.stderr(`Exported ${path} to ${target}.\n`)
    return 0
  }
}
