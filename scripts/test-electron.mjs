#!/usr/bin/env node
// `npm run test:electron`: the end-to-end tests in real Electron (tests/electron/app), or, with
// KEPT_APP_PATH set, the packaging smoke against that installed app (tests/electron/packaged).
// Everything it needs is checked first, so where Electron cannot run the command fails at once
// with one line that says why, instead of a page of timeouts.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function fail(reason) {
  console.error(`npm run test:electron: ${reason}`)
  process.exit(1)
}

function electronBinaryProblem() {
  let binary
  try {
    binary = createRequire(join(root, 'package.json'))('electron')
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return `the Electron binary is not installed here (require('electron') failed: ${detail}); run it where \`npm ci\` can download Electron, as CI does.`
  }
  if (typeof binary !== 'string' || !existsSync(binary)) return `the Electron binary is not installed here (${binary} does not exist); run it where \`npm ci\` can download Electron, as CI does.`
  return null
}

function displayProblem() {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return null
  return 'there is no display for Electron (DISPLAY is not set); run it under Xvfb: xvfb-run --auto-servernum npm run test:electron'
}

const appPath = process.env.KEPT_APP_PATH
let project
if (appPath) {
  if (!existsSync(appPath)) fail(`KEPT_APP_PATH names ${appPath}, which does not exist; point it at the installed Kept executable.`)
  project = 'packaged'
} else {
  const electron = electronBinaryProblem()
  if (electron) fail(electron)
  if (!existsSync(join(root, 'native', 'electron', 'better_sqlite3.node'))) {
    fail('the Electron build of better-sqlite3 is missing (native/electron/better_sqlite3.node); run `npm run postinstall` while online.')
  }
  project = 'electron'
}
const display = displayProblem()
if (display) fail(display)

const run = (label, command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: false })
  if (result.error) fail(`${label} could not start: ${result.error.message}`)
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (project === 'electron') run('electron-vite build', process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'])
run('vitest', process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'vitest.electron.config.ts', '--project', project, ...process.argv.slice(2)])
