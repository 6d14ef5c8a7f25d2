// The one rule for finding a rep from what a user typed (the command line's --rep NAME_OR_ID):
// an id when it is all digits and a rep has it; else the rep whose whole name matches, ignoring
// case; else the one rep whose name contains it. More than one match is refused with the
// candidates listed, so a command never acts on a rep the user did not mean.
import { ApiError } from '@shared/api-error'
import type { Rep } from '@shared/domain'
import { listRepNames, type RepName } from '../queries/rep-names'
import type { ServiceContext } from './service-context'
import { requireRep } from './session-lookup'

/** How many candidates an ambiguous look-up names before "and N more". */
const CANDIDATES_SHOWN = 10

function candidates(reps: readonly RepName[]): string {
  const shown = reps.slice(0, CANDIDATES_SHOWN).map((rep) => `${rep.name} (id ${rep.id})`)
  const more = reps.length - shown.length
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ')
}

function ambiguous(message: string): ApiError {
  return new ApiError({ code: 'invalid_input', message, fieldErrors: { nameOrId: message } })
}

export function findRepByNameOrId({ db }: ServiceContext, nameOrId: string): Rep {
  const wanted = nameOrId.trim()
  const reps = listRepNames(db)
  if (/^\d+$/.test(wanted)) {
    const byId = reps.find((rep) => rep.id === Number(wanted))
    if (byId) return requireRep(db, byId.id)
  }
  const lower = wanted.toLocaleLowerCase()
  const exact = reps.filter((rep) => rep.name.toLocaleLowerCase() === lower)
  if (exact.length === 1) return requireRep(db, exact[0]!.id)
  if (exact.length > 1) throw ambiguous(`${exact.length} reps are named "${wanted}": ${candidates(exact)}. Give the id instead.`)
  const partial = reps.filter((rep) => rep.name.toLocaleLowerCase().includes(lower))
  if (partial.length === 1) return requireRep(db, partial[0]!.id)
  if (partial.length > 1) throw ambiguous(`"${wanted}" matches ${partial.length} reps: ${candidates(partial)}. Give the full name or the id.`)
  throw new ApiError({ code: 'not_found', message: `No rep is named "${wanted}" or has that id.` })
}
