// Agreements live between 1:1s: the manager marks one done, moves its due date or changes its
// owner from the Agreements ledger or the Brief. Every change is recorded with who made it and
// when, in the same transaction as the change itself.
import { managerName, type AgreementChange, type AgreementChangeField, type AgreementChangeInput } from '@shared/agreement-changes'
import type { LedgerAgreement } from '@shared/domain'
import { todayOf } from '../clock'
import { notFound } from '../errors'
import { insertAgreementChange, listAgreementChanges, setAgreementStatusBetweenSessions } from '../repositories/agreement-history-repository'
import { findAgreement, updateAgreement, type AgreementRecord } from '../repositories/agreements-repository'
import { getAgreementLedger } from './rep-history'
import { conflict } from './service-errors'
import { nowOf, type ServiceContext } from './service-context'

function requireAgreement(context: ServiceContext, id: number): AgreementRecord {
  const agreement = findAgreement(context.db, id)
  if (!agreement) throw notFound('This agreement')
  return agreement
}

function checkStatusChange(agreement: AgreementRecord, status: 'open' | 'done'): void {
  if (status === agreement.status) return
  if (agreement.reviewedInSessionId !== null && agreement.status !== 'open') throw conflict('A 1:1 closed this agreement. Change it in that 1:1 ("Correct this 1:1").')
  if (status === 'done' && agreement.status !== 'open') throw conflict('Only an open agreement can be marked done.')
}

export function changeAgreement(context: ServiceContext, input: AgreementChangeInput): LedgerAgreement {
  const { db } = context
  const agreement = requireAgreement(context, input.id)
  if (input.status !== undefined) checkStatusChange(agreement, input.status)
  if (agreement.status !== 'open' && input.status !== 'open' && (input.dueDate !== undefined || input.owner !== undefined)) {
    throw conflict('This agreement is closed. Reopen it to change its due date or owner.')
  }
  const changes: Array<{ field: AgreementChangeField; oldValue: string | null; newValue: string | null }> = []
  if (input.status !== undefined && input.status !== agreement.status) changes.push({ field: 'status', oldValue: agreement.status, newValue: input.status })
  if (input.dueDate !== undefined && input.dueDate !== agreement.dueDate) changes.push({ field: 'due_date', oldValue: agreement.dueDate, newValue: input.dueDate })
  if (input.owner !== undefined && input.owner !== agreement.owner) changes.push({ field: 'owner', oldValue: agreement.owner, newValue: input.owner })

  if (changes.length > 0) {
    const changedBy = managerName(context.preferences.get().yourName)
    db.transaction(() => {
      const now = nowOf(context)
      if (input.status !== undefined && input.status !== agreement.status) {
        setAgreementStatusBetweenSessions(db, agreement.id, { status: input.status, doneOn: input.status === 'done' ? todayOf(context.clock) : null }, now)
      }
      if (input.dueDate !== undefined || input.owner !== undefined) updateAgreement(db, agreement.id, { owner: input.owner, dueDate: input.dueDate }, now)
      for (const change of changes) insertAgreementChange(db, { agreementId: agreement.id, ...change, changedBy, changedAt: now })
    })()
  }
  const entry = getAgreementLedger(context, { repId: agreement.repId }).find((row) => row.id === agreement.id)
  if (!entry) throw notFound('This agreement')
  return entry
}

export function agreementHistory(context: ServiceContext, id: number): AgreementChange[] {
  requireAgreement(context, id)
  return listAgreementChanges(context.db, id)
}
