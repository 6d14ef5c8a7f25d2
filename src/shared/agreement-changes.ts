// Agreements between 1:1s: what the manager can change on an agreement outside a 1:1, and the
// history of those changes. Shared by the data core and the screens.
import type { Owner } from './domain'

export const AGREEMENT_CHANGE_FIELDS = ['status', 'due_date', 'owner'] as const
export type AgreementChangeField = (typeof AGREEMENT_CHANGE_FIELDS)[number]

/** One change made to an agreement between 1:1s: who, what, when. */
export interface AgreementChange {
  id: number
  agreementId: number
  field: AgreementChangeField
  oldValue: string | null
  newValue: string | null
  changedBy: string
  changedAt: string
}

/** What the manager may change between 1:1s: mark done (or reopen a "done" set here), the due date, the owner. */
export interface AgreementChangeInput {
  id: number
  status?: 'open' | 'done'
  dueDate?: string | null
  owner?: Owner
}

/** Who a change is recorded as when the manager has not given their name in Settings. */
export const UNNAMED_MANAGER = 'You (manager)'

/** The manager's name as Settings holds it, or a plain stand-in. */
export function managerName(yourName: string): string {
  return yourName.trim() === '' ? UNNAMED_MANAGER : yourName.trim()
}
