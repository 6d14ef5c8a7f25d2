// A finished 1:1 with every part filled in, rich notes (headings, lists, checklists, links,
// emphasis) and hostile text, for the export tests. PRIVATE_CANARY appears only in private notes.
import type { ApiMethod } from '../../src/shared/api-methods'
import type { MethodResult } from '../../src/shared/contract'

export const PRIVATE_CANARY = 'zebracanary42'
export const HOSTILE_SCRIPT = '<script>alert("pwned")</script>'
export const HOSTILE_IMG = '<img src=x onerror="alert(1)">'

type Ok = <M extends ApiMethod>(method: M, input: unknown) => MethodResult<M>

const text = (value: string, marks?: Array<Record<string, unknown>>) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) })
const para = (...content: unknown[]) => ({ type: 'paragraph', content })

export const SHARED_DOC = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Pipeline deep-dive')] },
    para(text('We agreed the '), text('Acme renewal', [{ type: 'bold' }]), text(' is '), text('the', [{ type: 'italic' }]), text(' priority. See '), text('the deal room', [{ type: 'link', attrs: { href: 'https://crm.example.com/deals/42' } }]), text('.')),
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [para(text('Call the CFO'))] },
        { type: 'listItem', content: [para(text('Send the * pricing_v2 * deck')), { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('with the discount'))] }] }] }
      ]
    },
    { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [para(text('First, qualify'))] }, { type: 'listItem', content: [para(text('Then, propose'))] }] },
    {
      type: 'taskList',
      content: [
        { type: 'taskItem', attrs: { checked: true }, content: [para(text('Book the demo'))] },
        { type: 'taskItem', attrs: { checked: false }, content: [para(text('Share the case study'))] }
      ]
    },
    { type: 'heading', attrs: { level: 3 }, content: [text('Risks')] },
    { type: 'blockquote', content: [para(text('Budget freeze until Q3'), { type: 'hardBreak' }, text('says procurement'))] },
    para(text('# not a heading and 1. not a list')),
    para(text(HOSTILE_SCRIPT), text(HOSTILE_IMG)),
    para(text('a bad link', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))
  ]
}

export const SHARED_TEXT =
  'Pipeline deep-dive\nWe agreed the Acme renewal is the priority. See the deal room.\nCall the CFO\nSend the * pricing_v2 * deck\nwith the discount\nFirst, qualify\nThen, propose\nBook the demo\nShare the case study\nRisks\nBudget freeze until Q3\nsays procurement\n# not a heading and 1. not a list\n' +
  HOSTILE_SCRIPT +
  HOSTILE_IMG +
  '\na bad link'

export const PRIVATE_DOC = { type: 'doc', content: [para(text(`Seems tired; ${PRIVATE_CANARY} — ask about workload`))] }

export interface ExportScenario {
  repId: number
  sessionId: number
  goalId: number
}

/**
 * Plays a first 1:1 (an agreement made, a challenge raised) then the 1:1 under test, finished.
 * `setNow` moves the core's clock.
 */
export function playExportScenario(core: { ok: Ok; setNow(iso: string): void; addGoal(repId: number): number }, repFields: Record<string, unknown> = {}): ExportScenario {
  const repId = core.ok('reps.create', { name: 'Dana Whitfield', email: 'dana@example.com', cadence: 'weekly', ...repFields }).id
  const goalId = core.addGoal(repId)

  core.setNow('2026-06-08T12:00:00Z')
  const first = core.ok('sessions.start', { repId })
  core.ok('goals.recordCheckIn', { sessionId: first.session.id, goalId, value: 40000 })
  core.ok('agreements.create', { sessionId: first.session.id, text: 'Send the Acme proposal', owner: 'rep', dueDate: '2026-06-12' })
  core.ok('agreements.create', { sessionId: first.session.id, text: 'Get legal review slot', owner: 'manager', dueDate: '2026-06-12' })
  core.ok('sessions.finish', { id: first.session.id, durationSeconds: 1800 })

  core.setNow('2026-06-15T12:00:00Z')
  const detail = core.ok('sessions.start', { repId })
  const sessionId = detail.session.id
  core.ok('sessions.updateCheckIn', { id: sessionId, pulse: 4, checkInText: 'Good week, busy with renewals' })
  core.ok('goals.recordCheckIn', { sessionId, goalId, value: 55000, status: 'on_track', repAssessment: 'Ahead of plan', comment: 'Two big deals' })
  const [proposal, legal] = detail.lastAgreements
  core.ok('agreements.review', { id: proposal!.id, sessionId, outcome: 'done' })
  core.ok('agreements.review', { id: legal!.id, sessionId, outcome: 'missed', missedReason: 'Legal was out' })
  core.ok('challenges.create', { sessionId, text: `Procurement stalls ${HOSTILE_SCRIPT}`, supportOffered: 'I will call their VP' })
  core.ok('recognitions.create', { sessionId, what: 'Closed Globex', behaviour: 'Multi-threaded early' })
  core.ok('agreements.create', { sessionId, text: 'Draft the Q3 territory plan', owner: 'rep', dueDate: '2026-06-22' })
  core.ok('agreements.create', { sessionId, text: 'Intro to the channel lead', owner: 'manager', dueDate: '2026-06-19' })
  core.ok('notes.save', { sessionId, kind: 'shared', templateSectionId: null, doc: SHARED_DOC, text: SHARED_TEXT, baseRevision: 0 })
  core.ok('notes.save', { sessionId, kind: 'private', templateSectionId: null, doc: PRIVATE_DOC, text: `Seems tired; ${PRIVATE_CANARY} — ask about workload`, baseRevision: 0 })
  core.ok('sessions.finish', { id: sessionId, durationSeconds: 2100 })
  return { repId, sessionId, goalId }
}
