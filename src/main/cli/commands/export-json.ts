import { exportDatabaseJson, formatJsonExport } from '../../core/backup/json-export'
import type { CliCommand } from '../cli-command'
import { explainReadError, openKeptFileAsIs, optionalPath, requiredPath } from '../kept-files'
import { checkOutputTarget, writeOutputFile } from '../output-file'

export const exportJsonCommand: CliCommand = {
  name: 'export-json',
  summary: 'Writes every row of every table as JSON (to stdout, or to a file with --to).',
  usage: 'export-json --db FILE [--to FILE [--force]]',
  options: { db: { type: 'string' }, to: { type: 'string' }, force: { type: 'boolean', default: false } },
  run(invocation) {
    const path = requiredPath(invocation, 'db', 'the Kept data file to export')
    const target = optionalPath(invocation, 'to')
    const force = invocation.values.force === true
    if (target) checkOutputTarget(target, { databasePath: path, force })
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
    writeOutputFile(target, text, { force })
    invocation.io.stderr(`Exported ${path} to ${target}.\n`)
    return 0
  }
}
