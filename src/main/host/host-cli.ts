// `npm run host -- --db FILE [--port N] [--demo]`: builds the renderer if needed, then serves
// Kept on 127.0.0.1 and prints the address to open on one line: it carries this run's key, which
// the page exchanges for a cookie (see SECURITY.md, "The browser host").
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DatabaseOpenError } from '../core/db/errors'
import { startBrowserHost } from './browser-host'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const rendererDir = join(projectRoot, 'out', 'renderer')

function fail(message: string): never {
  process.stderr.write(`kept host: ${message}\n`)
  process.exit(1)
}

let values: { db?: string; port?: string; demo?: boolean; help?: boolean }
try {
  ;({ values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      demo: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    },
    strict: true
  }))
} catch (error) {
  fail(`${(error as Error).message}\nUsage: npm run host -- --db FILE [--port N] [--demo]`)
}

if (values.help) {
  process.stdout.write('Usage: npm run host -- --db FILE [--port N] [--demo]\n')
  process.exit(0)
}
if (!values.db) fail('--db FILE is required (the SQLite file to open or create).\nUsage: npm run host -- --db FILE [--port N] [--demo]')
const port = values.port === undefined ? 0 : Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535, not "${values.port}".`)

if (!existsSync(join(rendererDir, 'index.html'))) {
  process.stderr.write('kept host: building the renderer first…\n')
  const build = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit']
  })
  if (build.status !== 0) fail('the renderer build failed.')
}

try {
  const host = await startBrowserHost({ dbPath: resolve(values.db), rendererDir, port, demo: values.demo ?? false, deferIntegrityCheck: true })
  if (host.core.failure) process.stderr.write(`kept host: ${host.core.failure.message} The page shows the recovery screen.\n`)
  process.stdout.write(`${host.openUrl}\n`)
  const stop = () => {
    void host.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} catch (error) {
  if (error instanceof DatabaseOpenError) fail(error.message)
  fail((error as Error).message)
}
