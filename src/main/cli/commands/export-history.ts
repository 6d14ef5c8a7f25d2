import { CliError, type CliCommand } from '../cli-command'
import { withKeptApi } from '../kept-api'
import { repOption } from '../rep-option'
import { dateOption } from './export-support'

export const exportHistoryCommand: CliCommand = {
  name: 'export-history',
  summary: 'Exports a rep’s 1:1s between two dates (both included) as Markdown or HTML, to stdout.',
  usage: 'export-history --db FILE --rep NAME_OR_ID [--from DATE] [--to DATE] --format md|html [--include-private]',
  options: {
    db: { type: 'string' },
    rep: { type: 'string' },
    from: { type: 'string' },
    // Here --to is the last date of the period, not an output file.
    to: { type: 'string' },
    format: { type: 'string' },
    'include-private': { type: 'boolean', default: false }
  },
  run({ values, positionals, io }) {
    if (positionals.length > 0) throw new CliError(`unexpected argument "${positionals[0]}".`)
    const format = values.format
    if (format !== 'md' && format !== 'html') throw new CliError('--format must be md or html.')
    const from = dateOption(values.from, '--from') ?? null
    const to = dateOption(values.to, '--to') ?? null
    if (from && to && from > to) throw new CliError(`--from (${from}) is after --to (${to}).`)
    const file = withKeptApi(io, values.db, (call) =>
      call('exports.history', { repId: repOption(call, values.rep).id, from, to, format, includePrivate: values['include-private'] === true })
    )
    io.stdout(file.content)
    return 0
  }
}
