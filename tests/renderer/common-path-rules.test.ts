// The small rules behind the common path's screens: which suggested points are raised, how Team
// groups reps and picks the next due 1:1, what the Ctrl+K palette lists and in which order.
import { describe, expect, it } from 'vitest'
import type { SearchResults, SuggestedTalkingPoint, TeamOverviewMember } from '../../src/shared/domain'
import { pointsToRaise } from '../../src/renderer/src/lib/suggestions'
import { groupTeam, nextDueMember } from '../../src/renderer/src/screens/team/team-groups'
import { hitsByDate, matchesWords, matchingActions, matchingReps } from '../../src/renderer/src/screens/search/palette-model'

const suggestion = (kind: SuggestedTalkingPoint['kind'], text: string): SuggestedTalkingPoint => ({ kind, text, ref: null })

function member(id: number, name: string, state: TeamOverviewMember['nextSession']['state'], archived = false): TeamOverviewMember {
  return { id, name, archived, nextSession: { state }, sessionInProgressId: null } as unknown as TeamOverviewMember
}

describe('points to raise', () => {
  const all = [suggestion('follow_up', 'Follow up: “Send the deck” is 3 days overdue'), suggestion('goal', 'Goal “Calls” moved'), suggestion('talking_point', 'Dana wants to talk about pricing'), suggestion('recognition', 'Recognise something')]

  it('leaves out the follow-ups on agreements (listed beside them) and what the agenda holds', () => {
    expect(pointsToRaise(all).map((point) => point.kind)).toEqual(['goal', 'talking_point', 'recognition'])
    expect(pointsToRaise(all, { agenda: [{ text: '  recognise SOMETHING ' }] }).map((point) => point.kind)).toEqual(['goal', 'talking_point'])
  })

  it('in a 1:1 leaves out the rep’s own points, already on its agenda', () => {
    expect(pointsToRaise(all, { inSession: true }).map((point) => point.kind)).toEqual(['goal', 'recognition'])
  })
})

describe('Team groups', () => {
  it('puts the reps due today or overdue under "Today and overdue", the rest under "Later"', () => {
    const rows = groupTeam([member(1, 'A', 'overdue'), member(2, 'B', 'due_today'), member(3, 'C', 'upcoming'), member(4, 'D', 'not_scheduled')])
    expect(rows.map((row) => (row.kind === 'group' ? `${row.label} ${row.count}` : row.member.name))).toEqual(['Today and overdue 2', 'A', 'B', 'Later 2', 'C', 'D'])
  })

  it('has no group rows when every rep is of one kind', () => {
    expect(groupTeam([member(1, 'A', 'upcoming'), member(2, 'B', 'upcoming')]).every((row) => row.kind === 'member')).toBe(true)
  })

  it('starts the first active rep with a planned 1:1 next, never an archived one', () => {
    expect(nextDueMember([member(1, 'A', 'overdue', true), member(2, 'B', 'not_scheduled'), member(3, 'C', 'upcoming')])?.name).toBe('C')
    expect(nextDueMember([member(2, 'B', 'not_scheduled')])?.name).toBe('B')
    expect(nextDueMember([member(1, 'A', 'overdue', true)])).toBeUndefined()
  })
})

describe('the palette', () => {
  it('finds reps and actions by the start of each word typed', () => {
    expect(matchesWords('dan rey', 'Daniel Reyes')).toBe(true)
    expect(matchesWords('aniel', 'Daniel Reyes')).toBe(false)
    const reps = [member(1, 'Daniel Reyes', 'overdue'), member(2, 'Dana Old', 'upcoming', true), member(3, 'Tom Becker', 'upcoming')]
    expect(matchingReps(reps, 'da').map((rep) => rep.name)).toEqual(['Daniel Reyes'])
    expect(matchingReps(reps, '').map((rep) => rep.name)).toEqual(['Daniel Reyes', 'Tom Becker'])
    expect(matchingActions('csv').map((action) => action.id)).toEqual(['import'])
    expect(matchingActions('').length).toBe(3)
  })

  it('lists text hits newest first across reps, private ones only when asked', () => {
    const hit = (id: number, date: string | null, isPrivate = false) => ({ kind: 'note' as const, id, sessionId: 1, date, snippet: '', isPrivate, noteKind: isPrivate ? ('private' as const) : ('shared' as const), templateSectionId: null })
    const results: SearchResults = {
      query: 'x',
      total: 4,
      groups: [
        { repId: 1, repName: 'A', hits: [hit(1, '2026-01-01'), hit(2, '2026-03-01', true)] },
        { repId: 2, repName: 'B', hits: [hit(3, '2026-02-01'), hit(4, null)] }
      ]
    }
    expect(hitsByDate(results, false).map((entry) => entry.hit.id)).toEqual([3, 1, 4])
    expect(hitsByDate(results, true).map((entry) => entry.hit.id)).toEqual([2, 3, 1, 4])
  })
})
