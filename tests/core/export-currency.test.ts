// Exports print a goal's values in the goal's own currency and the user's locale, as the screens
// do, never in US dollars by default.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createApiHandlers } from '../../src/main/core/api/handlers'
import { dispatch } from '../../src/main/core/api/dispatch'
import { openDatabase, type KeptDatabase } from '../../src/main/core/db/open-database'
import { createMemoryPreferencesStore } from '../../src/main/core/preferences/preferences-store'
import type { ApiMethod } from '../../src/shared/api-methods'
import type { MethodResult } from '../../src/shared/contract'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
const opened: KeptDatabase[] = []
afterEach(() => {
  for (const database of opened.splice(0)) database.close()
})

/** A team with one rep whose EUR goal moved from 40,000 to 55,000 in a finished 1:1 (and a win rate from 22 to 22.9%), on a core writing numbers in `locale`. */
function euroGoalCore(locale: string) {
  const kept = openDatabase(join(tempDir(), 'kept.sqlite'))
  opened.push(kept)
  let now = new Date('2026-06-08T12:00:00Z')
  const handlers = createApiHandlers({
    db: kept.db,
    clock: { now: () => new Date(now) },
    databasePath: kept.path,
    schemaVersion: kept.schemaVersion,
    host: 'browser',
    preferences: createMemoryPreferencesStore(),
    locale
  })
  const ok = <M extends ApiMethod>(method: M, input: unknown): MethodResult<M> => {
    const envelope = dispatch(handlers, method, input)
    if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`)
    return envelope.value as MethodResult<M>
  }
  const repId = ok('reps.create', { name: 'Lena Vogel', email: 'lena@example.com', cadence: 'weekly' }).id
  const goalId = ok('goals.create', {
    repId,
    title: 'Pipeline',
    metric: 'Qualified pipeline',
    unit: 'currency',
    currency: 'EUR',
    baseline: 10000,
    target: 400000,
    timeframe: 'custom',
    periodStart: '2026-04-01',
    periodEnd: '2026-09-30'
  }).goal.id
  const rateId = ok('goals.create', { repId, title: 'Win rate', metric: 'Win rate', unit: 'percent', baseline: 20, target: 30, timeframe: 'custom', periodStart: '2026-04-01', periodEnd: '2026-09-30' }).goal.id
  const first = ok('sessions.start', { repId })
  ok('goals.recordCheckIn', { sessionId: first.session.id, goalId, value: 40000 })
  ok('goals.recordCheckIn', { sessionId: first.session.id, goalId: rateId, value: 22 })
  ok('sessions.finish', { id: first.session.id, durationSeconds: 1800 })
  now = new Date('2026-06-15T12:00:00Z')
  const second = ok('sessions.start', { repId })
  ok('goals.recordCheckIn', { sessionId: second.session.id, goalId, value: 55000, status: 'on_track' })
  ok('goals.recordCheckIn', { sessionId: second.session.id, goalId: rateId, value: 22.9 })
  ok('sessions.finish', { id: second.session.id, durationSeconds: 1800 })
  return { ok, repId, sessionId: second.session.id }
}

function everyExport(locale: string): string[] {
  const { ok, repId, sessionId } = euroGoalCore(locale)
  const period = { repId, from: '2026-04-01', to: '2026-06-30' }
  return [
    ...(['md', 'html', 'txt'] as const).map((format) => ok('exports.session', { sessionId, format, includePrivate: false }).content),
    ...(['md', 'html', 'txt'] as const).map((format) => ok('exports.history', { repId, format, includePrivate: false }).content),
    ok('exports.mailto', { sessionId }).body,
    ok('review.draft', period).text,
    ...(['md', 'html'] as const).map((format) => ok('review.export', { ...period, format }).content)
  ]
}

describe('money in exports', () => {
  it('uses the goal’s currency and the German way of writing it for a German user', () => {
    for (const content of everyExport('de-DE')) {
      expect(content).not.toContain('$')
      expect(content.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/55\.000 €|400\.000 €/)
    }
    const [markdown, , text] = everyExport('de-DE')
    expect(markdown!.replace(/\u00a0/g, ' ')).toContain('Pipeline — now 55.000 € · was 40.000 € (+15.000 €) · target 400.000 €')
    expect(text!.replace(/\u00a0/g, ' ')).toContain('target 400.000 €')
  })

  it('writes euros the US way for a US user', () => {
    for (const content of everyExport('en-US')) {
      expect(content).not.toContain('$')
      expect(content).toMatch(/€55,000|€400,000/)
    }
  })

  it('writes a change of a percentage in points, and the review says where a goal started', () => {
    const [markdown, , , , , , , draft] = everyExport('en-US')
    expect(markdown).toContain('Win rate — now 22.9% · was 22% (+0.9 pts) · target 30%')
    expect(draft).toContain('- Win rate — 22.9% of 30% · 29% of the way from 20% to target · +0.9 pts since 8 Jun 2026')
    expect(draft).toContain('- Pipeline — €55,000 of €400,000 · 12% of the way from €10,000 to target · +€15,000 since 8 Jun 2026')
  })
})
