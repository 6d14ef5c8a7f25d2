// The first clicks while the page-by-page integrity check reads the whole file: the check runs in a
// worker thread (src/main/core/db/integrity-check-thread.ts), so the Team screen and a rep's brief
// must answer within their budgets while it runs. Each call and its SQL floor take turns on the
// thread that answers the UI while the check runs; the check is started again until every line
// has its runs.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkFileIntegrityOffThread, openDatabase } from '../../src/main/core/db/open-database'
import { followThroughWindow } from '../../src/main/core/services/follow-through'
import { benchCaller, prepareBriefFloor, row } from './database-bench'
import type { BenchRow } from './results'
import { BRIEF_FLOOR_SQL, TEAM_FLOOR_SQL } from './sql-floors'
import { summarize } from './stats'

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

interface Timings {
  wall: number[]
}

function timeInto(timings: Timings, run: () => void): void {
  const started = performance.now()
  run()
  timings.wall.push(performance.now() - started)
}

export async function benchDuringIntegrityCheck(file: string, runs: number, today: string): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kept-bench-check-'))
  const copy = join(dir, 'kept.sqlite')
  copyFileSync(file, copy)
  const kept = openDatabase(copy, { skipIntegrityCheck: true })
  try {
    const call = benchCaller(kept, today)
    const repIds = (call('reps.list', {}) as Array<{ id: number; archived: boolean }>).filter((rep) => !rep.archived).map((rep) => rep.id)
    const teamFloor = kept.db.prepare(TEAM_FLOOR_SQL)
    const floorParams = { today, windowFrom: followThroughWindow(today).from }
    const briefFloor = prepareBriefFloor(kept.db, today)
    // The call first, then its floor, then the other call and its floor: turn by turn.
    const turns: Array<{ timings: Timings; run: (i: number) => void }> = [
      { timings: { wall: [] }, run: () => call('team.overview', { includeArchived: true }) },
      { timings: { wall: [] }, run: () => teamFloor.all(floorParams) },
      { timings: { wall: [] }, run: (i) => call('reps.brief', { id: repIds[i % repIds.length] }) },
      { timings: { wall: [] }, run: (i) => briefFloor(repIds[i % repIds.length]!) }
    ]
    // Warm each once, as the first screen has by the time the check starts.
    turns.forEach((turn) => turn.run(0))
    const checks: number[] = []
    let turn = 0
    while (turns.some((each) => each.timings.wall.length < runs)) {
      let done = false
      const started = performance.now()
      const check = checkFileIntegrityOffThread(copy).then((problem) => {
        if (problem) throw new Error(`The bench file failed its integrity check: ${problem.message}`)
        checks.push(performance.now() - started)
        done = true
      })
      while (!done) {
        await nextTurn()
        if (done) break
        const current = turns[turn % turns.length]!
        timeInto(current.timings, () => current.run(Math.floor(turn / turns.length)))
        turn++
      }
      await check
    }
    // Wall time only (also for the ratio): the process's CPU time would count the check's worker thread too.
    const [team, teamSql, brief, briefSql] = turns.map(({ timings }) => summarize(timings.wall)) as [ReturnType<typeof summarize>, ReturnType<typeof summarize>, ReturnType<typeof summarize>, ReturnType<typeof summarize>]
    const checkSample = summarize(checks)
    const during = `${checks.length} check${checks.length === 1 ? '' : 's'} in a worker thread meanwhile`
    return [
      {
        section: 'database',
        name: 'Integrity check in a worker thread (wall time; the UI thread stays free)',
        unit: 'ms',
        median: checkSample.medianMs,
        p95: checkSample.p95Ms,
        runs: checks.length,
        floor: { median: Number.NaN, p95: Number.NaN, cpuMedian: Number.NaN, sql: 'PRAGMA quick_check(1) (on its own connection, in a worker thread)' },
        budget: 'none in PRODUCT.md (runs after first paint)',
        met: null
      },
      row('Team screen while the integrity check runs (team.overview)', 20, team, teamSql, TEAM_FLOOR_SQL, during),
      row("Rep screen while the integrity check runs (reps.brief)", 10, brief, briefSql, Object.values(BRIEF_FLOOR_SQL).join(';\n'), during)
    ]
  } finally {
    kept.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
