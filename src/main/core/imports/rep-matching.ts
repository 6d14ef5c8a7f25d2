// Finds the rep a cell of the file names: by email first, then by exact name, then by a close
// name (case, accents and spacing ignored; first and last name; or one or two typos).
import type { RepMatchKind } from '@shared/imports'
import { editDistance, normalizeText, tokensOf } from './text-similarity'

export interface RepCandidate {
  id: number
  name: string
  email: string
}

export interface FoundRep {
  rep: RepCandidate
  how: RepMatchKind
}

export interface RepMatcher {
  find(value: string): FoundRep | null
}

function firstAndLast(name: string): string {
  const tokens = tokensOf(name)
  return tokens.length < 2 ? tokens.join(' ') : `${tokens[0]} ${tokens[tokens.length - 1]}`
}

export function createRepMatcher(reps: readonly RepCandidate[]): RepMatcher {
  const byEmail = new Map<string, RepCandidate>()
  const byName = new Map<string, RepCandidate>()
  for (const rep of reps) {
    if (rep.email.trim() !== '') byEmail.set(rep.email.trim().toLowerCase(), rep)
    if (!byName.has(rep.name.trim())) byName.set(rep.name.trim(), rep)
  }
  const cache = new Map<string, FoundRep | null>()

  function closeMatch(value: string): RepCandidate | null {
    const normalized = normalizeText(value)
    // "Okafor, Maya" is how some CRMs list owners.
    const swapped = value.includes(',') ? normalizeText(value.split(',').reverse().join(' ')) : normalized
    const candidates = reps.filter((rep) => {
      const name = normalizeText(rep.name)
      if (name === normalized || name === swapped) return true
      if (firstAndLast(rep.name) === firstAndLast(value) || firstAndLast(rep.name) === firstAndLast(swapped)) return true
      const allowed = name.length >= 8 ? 2 : 1
      return editDistance(name, normalized) <= allowed
    })
    return candidates.length === 1 ? candidates[0]! : null
  }

  function match(value: string): FoundRep | null {
    const trimmed = value.trim()
    if (trimmed === '') return null
    const email = byEmail.get(trimmed.toLowerCase())
    if (email) return { rep: email, how: 'email' }
    const exact = byName.get(trimmed)
    if (exact) return { rep: exact, how: 'name' }
    const close = closeMatch(trimmed)
    return close ? { rep: close, how: 'close_name' } : null
  }

  return {
    find(value) {
      if (!cache.has(value)) cache.set(value, match(value))
      return cache.get(value) ?? null
    }
  }
}
