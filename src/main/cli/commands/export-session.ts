import { SESSION_EXPORT_FORMATS, type SessionExportFormat } from '@shared/exports'
import { CliError, type CliCommand } from '../cli-command'
import { withKeptApi } from '../kept-api'
import { outputTarget, writeOutput } from './export-support'

export const exportSessionCommand: CliCommand = {
  name: 'export-session',
  summary: 'Exports one 1:1 as Markdown, HTML, plain text, or its next 1:1 as an .ics file (private notes only with --include-private).',
  usage: 'export-session ID --db FILE --format md|html|txt|ics [--include-private] [--to FILE [--force]]',
  options: {
    db: { type: 'string' },
    format: { type: 'string' },
    'include-private': { type: 'boolean', default: false },
    to: { type: 'string' },
    force: { type: 'boolean', default: false }
  },
  run({ values, positionals, io }) {
    if (positionals.length !== 1 || !/^[1-9]\d*$/.test(positionals[0]!)) throw new CliError('give the id of one 1:1, e.g. `kept export-session 42 --db kept.sqlite --format md`.')
    const format = values.format
    if (typeof format !== 'string' || !(SESSION_EXPORT_FORMATS as readonly string[]).includes(format)) throw new CliError('--format must be one of md, html, txt, ics.')
    const force = values.force === true
    // Checked before the export is made: a refused --to changes nothing.
    const target = outputTarget(io, values.to, { dbOption: values.db, force })
    const file = withKeptApi(io, values.db, (call) =>
      call('exports.session', { sessionId: Number(positionals[0]), format: format as SessionExportFormat, includePrivate: values['include-private'] === true })
    )
    writeOutput(io, file.content, target, { force })
    return 0
  }
}
