// `npm run security:scan`: runs Electronegativity over src/ (offline) and fails on any finding of
// MEDIUM severity or above that security/electronegativity-accepted.json does not explain.
// A finding is accepted by its check and file (not its line, which moves with every edit).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import Papa from 'papaparse'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js')
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version
const output = join(root, '.cache', 'electronegativity.csv')
mkdirSync(dirname(output), { recursive: true })

const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH']
const BLOCKING = SEVERITIES.indexOf('MEDIUM')

const scan = spawnSync(
  process.execPath,
  ['--import', pathToFileURL(join(root, 'scripts', 'electronegativity-preload.mjs')).href, cli, '-i', join(root, 'src'), '-r', '-v', 'false', '-e', electronVersion, '-o', output],
  { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } }
)
if (scan.status !== 0) {
  console.error(scan.stdout, scan.stderr)
  console.error(`Electronegativity failed (exit ${scan.status}).`)
  process.exit(1)
}

const rows = Papa.parse(readFileSync(output, 'utf8').trim(), { header: true, skipEmptyLines: true, transformHeader: (name) => name.trim() }).data
const findings = rows
  .filter((row) => row.issue && row.severity)
  .map((row) => ({ issue: row.issue.trim(), severity: row.severity.trim().toUpperCase(), file: row.filename.trim(), location: row.location.trim() }))

const accepted = JSON.parse(readFileSync(join(root, 'security', 'electronegativity-accepted.json'), 'utf8'))
for (const entry of accepted) {
  if (typeof entry.justification !== 'string' || entry.justification.trim().length < 40) {
    console.error(`The accepted finding ${entry.issue} in ${entry.file} needs a written justification (a sentence or more).`)
    process.exit(1)
  }
}
const isAccepted = (finding) => accepted.some((entry) => entry.issue === finding.issue && entry.file === finding.file)

const blocking = findings.filter((finding) => SEVERITIES.indexOf(finding.severity) >= BLOCKING)
const unexplained = blocking.filter((finding) => !isAccepted(finding))
const stale = accepted.filter((entry) => !findings.some((finding) => finding.issue === entry.issue && finding.file === entry.file))

console.log(`Electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${blocking.length} of MEDIUM or above, ${blocking.length - unexplained.length} of them explained in security/electronegativity-accepted.json.`)
for (const entry of stale) console.log(`note: the accepted ${entry.issue} in ${entry.file} no longer occurs; remove it from the list.`)
if (unexplained.length > 0) {
  for (const finding of unexplained) console.error(`UNEXPLAINED ${finding.severity} ${finding.issue} at src/${finding.file}:${finding.location}`)
  console.error('Fix these, or explain each in security/electronegativity-accepted.json.')
  process.exit(1)
}
