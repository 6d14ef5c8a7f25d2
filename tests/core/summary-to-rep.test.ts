// The summary a manager sends is written to the rep: what we agreed first (who, by when), what the
// manager owes in their own name, what carries over, in the second person; the manager's own read
// of the check-in only when chosen; private notes never unless asked. Every export says the same.
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())
const MANAGER_READ = 'Seems stretched thin this week'
const PRIVATE_WORDS = 'Thinking about a PIP'

function oneOnOne(yourName: string) {
  const core = openSessionCore({ preferences: { yourName } })
  const repId = core.ok('reps.create', { name: 'Dana Whitfield', email: 'dana@example.com', cadence: 'weekly' }).id
  const first = core.ok('sessions.start', { repId })
  core.ok('agreements.create', { sessionId: first.session.id, text: 'Update the Globex forecast', owner: 'rep', dueDate: '2026-06-19' })
  core.ok('sessions.finish', { id: first.session.id })

  core.setNow('2026-06-22T12:00:00Z')
  core.ok('talkingPoints.add', { repId, text: 'Commission plan questions', raisedBy: 'rep' })
  const detail = core.ok('sessions.start', { repId })
  const sessionId = detail.session.id
  core.ok('sessions.updateCheckIn', { id: sessionId, pulse: 3, checkInText: MANAGER_READ })
  core.ok('agreements.review', { id: detail.lastAgreements[0]!.id, sessionId, outcome: 'carried_forward', dueDate: '2026-06-26' })
  core.ok('talkingPoints.setOutcome', { id: detail.agenda[0]!.id, sessionId, outcome: 'carried_over' })
  core.ok('agreements.create', { sessionId, text: 'Book two discovery calls', owner: 'rep', dueDate: '2026-06-29' })
  core.ok('agreements.create', { sessionId, text: 'Get you a seat in the negotiation course', owner: 'manager', dueDate: '2026-06-26' })
  core.ok('notes.save', { sessionId, kind: 'private', templateSectionId: null, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: PRIVATE_WORDS }] }] }, text: PRIVATE_WORDS, baseRevision: 0 })
  core.ok('sessions.finish', { id: sessionId })
  return { core, sessionId }
}

describe('the summary written to the rep', () => {
  it('opens with what we agreed, then what I owe you in my name, then what carries over, in the second person', () => {
    const { core, sessionId } = oneOnOne('Alex Morgan')
    const { content } = core.ok('exports.session', { sessionId, format: 'md' })
    const headings = [...content.matchAll(/^## (.+)$/gm)].map((match) => match[1])
    expect(headings.slice(0, 4)).toEqual(['What we agreed — who, by when', 'What I owe you — Alex Morgan', 'What carries over', 'How you’re doing'])
    expect(content).toContain('## What we agreed — who, by when\n\n- Book two discovery calls — You · by 29 Jun 2026\n')
    expect(content).toContain('## What I owe you — Alex Morgan\n\n- Get you a seat in the negotiation course — Me · by 26 Jun 2026\n')
    expect(content).toContain('- Update the Globex forecast — You · now due 26 Jun 2026\n- Commission plan questions — to talk about next time')
    expect(content).toContain('**Your pulse: 3/5 — Okay**')
    // Nothing speaks of the rep in the third person.
    expect(content).not.toMatch(/Dana Whitfield’s|raised by Dana|— Dana Whitfield ·/)
  })

  it('leaves the manager’s own read of the check-in and the private notes out of every export unless chosen', () => {
    const { core, sessionId } = oneOnOne('')
    for (const format of ['md', 'html', 'txt'] as const) {
      const { content } = core.ok('exports.session', { sessionId, format })
      expect(content).not.toContain(MANAGER_READ)
      expect(content).not.toContain(PRIVATE_WORDS)
      expect(content.toLowerCase()).toContain('what i owe you')
      expect(core.ok('exports.session', { sessionId, format, includeCheckInRead: true }).content).toContain(`My read: ${MANAGER_READ}`)
    }
    const mail = core.ok('exports.mailto', { sessionId })
    expect(mail.body).not.toContain(MANAGER_READ)
    expect(mail.body).not.toContain(PRIVATE_WORDS)
    expect(mail.body).toMatch(/^1:1 with Dana Whitfield — 22 Jun 2026\n[\s\S]*WHAT WE AGREED — WHO, BY WHEN\n- Book two discovery calls/)
    expect(core.ok('exports.mailto', { sessionId, includeCheckInRead: true }).body).toContain(`My read: ${MANAGER_READ}`)
  })
})
