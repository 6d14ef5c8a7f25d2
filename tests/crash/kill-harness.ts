// The kill harness: runs the autosave child on one database file, kills it with SIGKILL at a
// random moment, then checks the file as the next launch of Kept would find it: SQLite's full
// integrity check must say "ok" and every write the child reported as committed must be there.
// Used by `scripts/kill-harness.ts` (the full run) and `tests/crash/kill-harness.test.ts` (CI).
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'

const CHILD_SCRIPT = fileURLToPath(new URL('./autosave-child.ts', import.meta.url))

export interface CommittedWrite {
  table: string
  id: number
  revision: number
  textLength: number | null
}

export interface KillRun {
  run: number
  /** Milliseconds after the spawn (or after "ready") at which the child was killed. */
  killedAfterMs: number
  killedBeforeReady: boolean
  committed: number
  problems: string[]
}

export interface KillHarnessReport {
  runs: number
  kills: number
  failures: number
  committedWrites: number
  elapsedMs: number
  failedRuns: KillRun[]
}

export function parseCommitted(line: string): CommittedWrite | null {
  const match = /^committed (\w+):(\d+) (\d+)(?: (\d+))?$/.exec(line.trim())
  if (!match) return null
  return { table: match[1]!, id: Number(match[2]), revision: Number(match[3]), textLength: match[4] === undefined ? null : Number(match[4]) }
}

/** What is wrong with the file after a kill; empty when nothing is. */
export function checkAfterKill(dbPath: string, committed: readonly CommittedWrite[]): string[] {
  const problems: string[] = []
  let db: Database.Database
  try {
    // Not readonly: a WAL left by the killed process must be replayed, exactly as on a relaunch.
    db = new Database(dbPath, { fileMustExist: true })
  } catch (error) {
    // The child may be killed before it created the file; then nothing was committed either.
    return committed.length === 0 ? [] : [`the database could not be opened: ${(error as Error).message}`]
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
    const hasTable = (name: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined
    for (const write of committed) {
      if (write.table === 'notes') {
        const note = db
          .prepare("SELECT notes.revision, length(note_bodies.plain_text) AS length FROM notes JOIN note_bodies ON note_bodies.note_id = notes.id WHERE notes.session_id = ? AND notes.kind = 'shared'")
          .get(write.id) as { revision: number; length: number } | undefined
        if (!note) problems.push(`the shared note of session ${write.id} (revision ${write.revision}) is missing`)
        else if (note.revision < write.revision) problems.push(`the shared note of session ${write.id} is at revision ${note.revision}, but revision ${write.revision} was reported saved`)
        else if (note.revision === write.revision && write.textLength !== null && note.length !== write.textLength) {
          problems.push(`the shared note of session ${write.id} has ${note.length} characters at revision ${write.revision}, not ${write.textLength}`)
        }
        continue
      }
      if (!/^[a-z_]+$/.test(write.table) || !hasTable(write.table)) {
        problems.push(`unknown table ${write.table}`)
        continue
      }
      if (db.prepare(`SELECT 1 FROM "${write.table}" WHERE id = ?`).get(write.id) === undefined) problems.push(`${write.table} ${write.id} was reported saved but is missing`)
    }
  } finally {
    db.close()
  }
  return problems
}

export interface KillOnceOptions {
  dbPath: string
  run: number
  random: () => number
  /** Share of runs killed at a random moment of start-up (open, migrations, first writes). */
  earlyKillShare?: number
  /** The longest random wait before the kill, after the child is ready. */
  maxDelayMs?: number
}

/** Starts the child, kills it at a random moment, and checks the file. */
export async function killOnce(options: KillOnceOptions): Promise<KillRun> {
  const { dbPath, run, random } = options
  const early = random() < (options.earlyKillShare ?? 0.15)
  const delay = Math.floor(random() * (early ? 800 : (options.maxDelayMs ?? 400)))
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD_SCRIPT, dbPath, String(Math.floor(random() * 0xffffffff))], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const committed: CommittedWrite[] = []
  let buffered = ''
  let stderr = ''
  let ready = false
  let timer: NodeJS.Timeout | undefined
  const kill = () => child.kill('SIGKILL')
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => {
    child.on('exit', (code, signal) => resolveExit({ code, signal }))
  })
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString()
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    for (const line of lines) {
      const write = parseCommitted(line)
      if (write) committed.push(write)
      else if (line === 'ready' && !ready) {
        ready = true
        if (!early) timer = setTimeout(kill, delay)
      }
    }
  })
  if (early) timer = setTimeout(kill, delay)
  const exit = await exited
  if (timer) clearTimeout(timer)
  // A partial last line was never fully reported, so it does not count as committed.
  const problems: string[] = []
  if (exit.signal !== 'SIGKILL') problems.push(`the child ended by itself (code ${exit.code}): ${stderr.trim().slice(0, 500)}`)
  problems.push(...checkAfterKill(dbPath, committed))
  return { run, killedAfterMs: delay, killedBeforeReady: !ready, committed: committed.length, problems }
}

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return state / 0x1_0000_0000
  }
}

/** Kills the child `kills` times on the same file (which grows from run to run). */
export async function runKillHarness(options: { dbPath: string; kills: number; seed: number; onRun?: (run: KillRun) => void }): Promise<KillHarnessReport> {
  const random = seededRandom(options.seed)
  const started = Date.now()
  const failedRuns: KillRun[] = []
  let committedWrites = 0
  for (let run = 1; run <= options.kills; run++) {
    const result = await killOnce({ dbPath: options.dbPath, run, random })
    committedWrites += result.committed
    if (result.problems.length > 0) failedRuns.push(result)
    options.onRun?.(result)
  }
  return { runs: options.kills, kills: options.kills, failures: failedRuns.length, committedWrites, elapsedMs: Date.now() - started, failedRuns }
}
