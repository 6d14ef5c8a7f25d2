// The full crash-safety run: `npm run kill-harness -- --kills 200 [--seed N] [--db path]`.
// Kills the autosave child with SIGKILL at random moments and checks the file after each kill.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { runKillHarness } from '../tests/crash/kill-harness'

const { values } = parseArgs({ options: { kills: { type: 'string', default: '200' }, seed: { type: 'string' }, db: { type: 'string' }, journal: { type: 'string' }, synchronous: { type: 'string' } }, strict: true })
const kills = Number(values.kills)
if (!Number.isInteger(kills) || kills < 1) throw new Error('--kills must be a positive whole number')
const seed = values.seed === undefined ? Date.now() % 0xffffffff : Number(values.seed)
const dir = values.db ? null : mkdtempSync(join(tmpdir(), 'kept-kill-'))
const dbPath = values.db ?? join(dir!, 'kept.sqlite')

// The child reads these to compare settings; by default it keeps openDatabase's (WAL, FULL).
if (values.journal) process.env.KEPT_KILL_JOURNAL = values.journal.replace(/\W/g, '')
if (values.synchronous) process.env.KEPT_KILL_SYNCHRONOUS = values.synchronous.replace(/\W/g, '')
console.log(`Kill harness: ${kills} kills, seed ${seed}, journal ${values.journal ?? 'WAL'}, synchronous ${values.synchronous ?? 'FULL'}, file ${dbPath}`)
const report = await runKillHarness({
  dbPath,
  kills,
  seed,
  onRun: (run) => {
    if (run.problems.length > 0) console.log(`run ${run.run}: FAILED after ${run.committed} committed writes: ${run.problems.join('; ')}`)
    else if (run.run % 20 === 0) console.log(`run ${run.run}: ok`)
  }
})
console.log(
  `runs ${report.runs}, kills ${report.kills}, failures ${report.failures}, committed writes checked ${report.committedWrites}, time ${(report.elapsedMs / 1000).toFixed(1)} s`
)
if (dir) rmSync(dir, { recursive: true, force: true })
process.exitCode = report.failures === 0 ? 0 : 1
