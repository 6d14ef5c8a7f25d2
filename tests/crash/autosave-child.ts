// The child of the kill harness: opens a Kept database through the real core and performs
// scripted autosave writes through `dispatch`, exactly as the app does. After each write that
// `dispatch` reports as saved it prints `committed <table>:<id> <revision> [<text length>]` so the parent knows
// what must survive a SIGKILL. Run: node --import tsx tests/crash/autosave-child.ts <db> <seed>
import { writeSync } from 'node:fs'
import { createApiHandlers } from '../../src/main/core/api/handlers'
import { dispatch } from '../../src/main/core/api/dispatch'
import { systemClock } from '../../src/main/core/clock'
import { openDatabase } from '../../src/main/core/db/open-database'

const [dbPath, seedText] = process.argv.slice(2)
if (!dbPath) throw new Error('usage: autosave-child.ts <db> [seed]')
let seed = Number(seedText ?? 1) >>> 0 || 1
function random(): number {
  // xorshift32: the same seed gives the same script, so a failure can be replayed.
  seed ^= seed << 13
  seed >>>= 0
  seed ^= seed >>> 17
  seed ^= seed << 5
  seed >>>= 0
  return seed / 0x1_0000_0000
}

// writeSync to fd 1: the line is in the pipe before the next write starts, with no buffering.
function report(line: string): void {
  writeSync(1, `${line}\n`)
}

const kept = openDatabase(dbPath)
// Only for comparing settings in the full run (`--journal`, `--synchronous`); the app uses openDatabase's.
if (process.env.KEPT_KILL_JOURNAL) kept.db.pragma(`journal_mode = ${process.env.KEPT_KILL_JOURNAL}`)
if (process.env.KEPT_KILL_SYNCHRONOUS) kept.db.pragma(`synchronous = ${process.env.KEPT_KILL_SYNCHRONOUS}`)
const handlers = createApiHandlers({ db: kept.db, clock: systemClock, databasePath: kept.path, schemaVersion: kept.schemaVersion, host: 'browser' })

function call<T>(method: string, input: unknown): T {
  const envelope = dispatch(handlers, method, input)
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`)
  return envelope.value as T
}

const rep = call<{ id: number }>('reps.create', { name: `Crash test rep ${Date.now()}`, cadence: 'weekly', startDate: null, tags: [], nextSessionDate: null })
report(`committed reps:${rep.id} 0`)
const session = call<{ session: { id: number } }>('sessions.start', { repId: rep.id })
report(`committed sessions:${session.session.id} 0`)
report('ready')

let text = ''
let revision = 0
for (let step = 0; step < 100_000; step++) {
  const choice = random()
  if (choice < 0.7) {
    // An autosave of the shared note with a few more words, as while typing.
    text += ` word${step}`.repeat(1 + Math.floor(random() * 20))
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
    const saved = call<{ revision: number }>('notes.save', { sessionId: session.session.id, kind: 'shared', doc, text, baseRevision: revision })
    revision = saved.revision
    // A note is identified by its session (one shared note per 1:1); the text length lets the
    // parent check that the body of that revision, not only its number, survived.
    report(`committed notes:${session.session.id} ${saved.revision} ${text.length}`)
  } else if (choice < 0.85) {
    const agreement = call<{ id: number }>('agreements.create', { sessionId: session.session.id, text: `Agreement ${step}`, owner: random() < 0.5 ? 'rep' : 'manager' })
    report(`committed agreements:${agreement.id} 0`)
  } else if (choice < 0.95) {
    const challenge = call<{ id: number }>('challenges.create', { sessionId: session.session.id, text: `Challenge ${step}`, supportOffered: 'x'.repeat(Math.floor(random() * 2000)) })
    report(`committed challenges:${challenge.id} 0`)
  } else {
    const recognition = call<{ id: number }>('recognitions.create', { sessionId: session.session.id, what: `Recognition ${step}` })
    report(`committed recognitions:${recognition.id} 0`)
  }
}
kept.close()
