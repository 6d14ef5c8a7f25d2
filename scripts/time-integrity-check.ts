// How long the open-time check takes on a large file: `npx tsx scripts/time-integrity-check.ts FILE`.
// Compares PRAGMA quick_check (run at every open) with the full integrity_check (kill harness).
import { statSync } from 'node:fs'
import Database from 'better-sqlite3'

const path = process.argv[2]
if (!path) throw new Error('usage: time-integrity-check.ts FILE')
const db = new Database(path, { readonly: true, fileMustExist: true })
function time(pragma: string): number {
  const started = performance.now()
  const result = db.pragma(pragma, { simple: true })
  if (result !== 'ok') throw new Error(`${pragma}: ${String(result)}`)
  return performance.now() - started
}
time('quick_check') // warm the page cache: a second open is what the user sees most often
const quick = [time('quick_check'), time('quick_check'), time('quick_check')].sort((a, b) => a - b)[1]!
const full = [time('integrity_check'), time('integrity_check'), time('integrity_check')].sort((a, b) => a - b)[1]!
console.log(`${(statSync(path).size / 1024 / 1024).toFixed(1)} MB: quick_check ${quick.toFixed(0)} ms, integrity_check ${full.toFixed(0)} ms (median of 3, warm cache)`)
db.close()
