#!/usr/bin/env node
// Builds a second copy of better-sqlite3's native addon for Electron's ABI, next to the Node
// build that `npm install` already made for the tests. The app passes this copy's path through
// better-sqlite3's `nativeBinding` option, so neither runtime ever needs a rebuild.
//
// Order of attempts: a prebuilt binary for Electron (prebuild-install), then a source build
// against Electron's headers (node-gyp). Both need the internet; when neither works, install
// still succeeds and this script says plainly what is missing and how to get it later.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const outDir = join(root, 'native', 'electron')
const outFile = join(outDir, 'better_sqlite3.node')
const markerFile = join(outDir, 'build-info.json')
const log = (line) => console.log(`[kept] ${line}`)

if (process.env.KEPT_SKIP_ELECTRON_SQLITE === '1') {
  log('KEPT_SKIP_ELECTRON_SQLITE=1: not building better-sqlite3 for Electron.')
  process.exit(0)
}

function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version
  } catch {
    return undefined
  }
}

const electronVersion = packageVersion('electron')
const sqliteVersion = packageVersion('better-sqlite3')
if (!electronVersion || !sqliteVersion) {
  log('electron or better-sqlite3 is not installed; skipping the Electron build of better-sqlite3.')
  process.exit(0)
}

const wanted = { electron: electronVersion, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch }
if (existsSync(outFile) && existsSync(markerFile)) {
  const have = JSON.parse(readFileSync(markerFile, 'utf8'))
  if (JSON.stringify(have) === JSON.stringify(wanted)) {
    log(`better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is already built.`)
    process.exit(0)
  }
}

const workDir = join(root, '.cache', 'electron-sqlite', 'better-sqlite3')
rmSync(workDir, { recursive: true, force: true })
mkdirSync(dirname(workDir), { recursive: true })
const sourceDir = dirname(require.resolve('better-sqlite3/package.json'))
cpSync(sourceDir, workDir, { recursive: true, filter: (src) => !src.startsWith(join(sourceDir, 'build')) })

// npm may be configured with `nodedir` (Node's own headers); an Electron build must never use them.
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'))

// A binary that Node itself can load was built for Node's ABI, not Electron's: refuse it.
function loadsInNode(file) {
  const probe = spawnSync(process.execPath, ['-e', `process.dlopen({ exports: {} }, ${JSON.stringify(file)})`], { stdio: 'pipe' })
  return probe.status === 0
}

function run(label, command, args, timeoutMs) {
  log(`${label}…`)
  const result = spawnSync(command, args, { cwd: workDir, stdio: 'pipe', encoding: 'utf8', timeout: timeoutMs, env: childEnv })
  const built = join(workDir, 'build', 'Release', 'better_sqlite3.node')
  if (result.status === 0 && existsSync(built)) {
    if (!loadsInNode(built)) return built
    log('  failed: the result was built for Node\'s ABI, not Electron\'s.')
    return undefined
  }
  const output = (result.stderr || result.stdout || '').trim().split('\n')
  // Prefer the line that names the cause (usually the network) over node-gyp's closing lines.
  const cause = output.find((line) => /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|network connectivity|404/.test(line))
  const reason = result.error ? result.error.message : (cause ?? output.slice(-3).join(' | '))
  log(`  failed: ${reason || `exit code ${result.status}`}`)
  return undefined
}

const target = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`, `--platform=${process.platform}`]
let built
try {
  const prebuildBin = require.resolve('prebuild-install/bin.js')
  built = run(`Fetching a prebuilt better-sqlite3 for Electron ${electronVersion}`, process.execPath, [prebuildBin, ...target], 120_000)
} catch {
  log('prebuild-install is not available.')
}
if (!built) {
  const nodeGyp = process.env.npm_config_node_gyp
  if (nodeGyp && existsSync(nodeGyp)) {
    built = run(
      `Building better-sqlite3 from source against Electron ${electronVersion} headers`,
      process.execPath,
      [nodeGyp, 'rebuild', '--release', `--devdir=${join(root, '.cache', 'node-gyp')}`, `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'],
      600_000
    )
  } else {
    log('node-gyp was not found (run this script through npm to use its bundled copy).')
  }
}

if (built) {
  mkdirSync(outDir, { recursive: true })
  copyFileSync(built, outFile)
  writeFileSync(markerFile, JSON.stringify(wanted, null, 2))
  rmSync(dirname(workDir), { recursive: true, force: true })
  log(`Electron build of better-sqlite3 written to ${outFile}.`)
} else {
  rmSync(dirname(workDir), { recursive: true, force: true })
  log('------------------------------------------------------------------------------------------')
  log(`Could not get better-sqlite3 ${sqliteVersion} built for Electron ${electronVersion}`)
  log('(no network access to the prebuilt binaries or to Electron\'s headers).')
  log('Tests and the browser host (npm test, npm run host) work: they use the Node build.')
  log('`npm start` needs the Electron build: when online, run `node scripts/build-electron-sqlite.mjs`')
  log('through npm (`npm run postinstall`).')
  log('------------------------------------------------------------------------------------------')
}
