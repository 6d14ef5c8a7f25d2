// The --rep NAME_OR_ID option every command that takes a rep reads, found by the API's one rule
// (reps.find: an id, else the whole name ignoring case, else the one name containing it).
import type { Rep } from '@shared/domain'
import { CliError } from './cli-command'
import type { KeptApiCall } from './kept-api'

export function repOption(call: KeptApiCall, value: unknown): Rep {
  if (typeof value !== 'string' || value.trim() === '') throw new CliError('--rep NAME_OR_ID is required.')
  return call('reps.find', { nameOrId: value })
}
