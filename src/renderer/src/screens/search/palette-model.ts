import type { SearchHit, SearchResults, TeamMember } from '@shared/domain'

export type PaletteActionId = 'add-rep' | 'import' | 'jot'

export interface PaletteAction {
  id: PaletteActionId
  label: string
  /** Words it is also found by. */
  keywords: string
}

export const PALETTE_ACTIONS: readonly PaletteAction[] = [
  { id: 'add-rep', label: 'Add rep', keywords: 'new person team member' },
  { id: 'import', label: 'Import a team or metrics', keywords: 'csv roster crm file spreadsheet' },
  { id: 'jot', label: 'Jot a talking point', keywords: 'note agenda point add capture' }
]

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/** Whether every word typed starts a word of `text` ("dan rey" finds "Daniel Reyes"). */
export function matchesWords(query: string, text: string): boolean {
  const wanted = words(query)
  const have = words(text)
  return wanted.every((word) => have.some((candidate) => candidate.startsWith(word)))
}

/** The reps the palette lists first: those whose name matches, at most `limit`; with nothing typed, the first few. */
export function matchingReps(reps: readonly TeamMember[], query: string, limit = 5): TeamMember[] {
  const active = reps.filter((rep) => !rep.archived)
  return (query.trim() ? active.filter((rep) => matchesWords(query, rep.name)) : active).slice(0, limit)
}

export function matchingActions(query: string): PaletteAction[] {
  return query.trim() ? PALETTE_ACTIONS.filter((action) => matchesWords(query, `${action.label} ${action.keywords}`)) : [...PALETTE_ACTIONS]
}

export interface DatedHit {
  hit: SearchHit
  repId: number
  repName: string
}

/** Text hits across reps, newest first (undated last); private-note hits only when asked for. */
export function hitsByDate(results: SearchResults | undefined, includePrivate: boolean): DatedHit[] {
  const hits = (results?.groups ?? []).flatMap((group) => group.hits.map((hit) => ({ hit, repId: group.repId, repName: group.repName })))
  return hits
    .filter((entry) => includePrivate || !entry.hit.isPrivate)
    .sort((a, b) => (b.hit.date ?? '').localeCompare(a.hit.date ?? '') || a.repName.localeCompare(b.repName))
}
