import { readFileSync } from 'node:fs'
import { importJsonIntoFile, JsonImportError } from '../../core/backup/json-export'
import { DatabaseOpenError } from '../../core/db/errors'
import { CliError, type CliCommand } from '../cli-command'
import { refuseWhileKeptHasItOpen, requiredPath } from '../kept-files'

export const importJsonCommand: CliCommand = {
  name: 'import-json',
  summary: 'Loads a JSON export into a new (or unused) data file; --replace replaces a file’s own data, after backing it up.',
  usage: 'import-json --db FILE --from FILE [--replace]',
  options: { db: { type: 'string' }, from: { type: 'string' }, replace: { type: 'boolean', default: false } },
  run(invocation) {
    const path = requiredPath(invocation, 'db', 'the new Kept data file to create')
    const from = requiredPath(invocation, 'from', 'the JSON export to load')
    refuseWhileKeptHasItOpen(path)
    let text: string
    try {
      text = readFileSync(from, 'utf8')
    } catch (error) {
      throw new CliError(`Could not read ${from}: ${(error as Error).message}`)
    }
    try {
      const result = importJsonIntoFile(path, text, { replace: invocation.values.replace === true })
      const backup = result.backup ? ` Its data as it was is kept in ${result.backup.path}.` : ''
      invocation.io.stdout(`Imported ${result.rows} rows from ${result.tables} tables into ${path}.${backup}\n`)
      return 0
    } catch (error) {
      if (error instanceof JsonImportError || error instanceof DatabaseOpenError) throw new CliError(`${error.message}`)
      throw error
    }
  }
}
