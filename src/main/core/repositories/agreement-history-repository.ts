// The history of changes made to agreements between 1:1s (table agreement_changes, migration 0011).
import type { Database } from 'better-sqlite3'
import type { AgreementChange, AgreementChangeField } from '@shared/agreement-changes'

interface AgreementChangeRow {
  id: number
  agreement_id: number
  field: AgreementChangeField
  old_value: string | null
  new_value: string | null
  changed_by: string
  changed_at: string
}

export function insertAgreementChange(
  db: Database,
  change: { agreementId: number; field: AgreementChangeField; oldValue: string | null; newValue: string | null; changedBy: string; changedAt: string }
): void {
  db.prepare(
    `INSERT INTO agreement_changes (agreement_id, field, old_value, new_value, changed_by, changed_at)
     VALUES (@agreementId, @field, @oldValue, @newValue, @changedBy, @changedAt)`
  ).run(change)
}

/** Every change of one agreement, oldest first. */
export function listAgreementChanges(db: Database, agreementId: number): AgreementChange[] {
  const rows = db
    .prepare('SELECT id, agreement_id, field, old_value, new_value, changed_by, changed_at FROM agreement_changes WHERE agreement_id = ? ORDER BY changed_at, id')
    .all(agreementId) as AgreementChangeRow[]
  return rows.map((row) => ({
    id: row.id,
    agreementId: row.agreement_id,
    field: row.field,
    oldValue: row.old_value,
    newValue: row.new_value,
    changedBy: row.changed_by,
    changedAt: row.changed_at
  }))
}

/** Marks an agreement done (or open again) outside a 1:1: no 1:1 reviewed it. */
export function setAgreementStatusBetweenSessions(db: Database, id: number, state: { status: 'open' | 'done'; doneOn: string | null }, now: string): void {
  db.prepare(`UPDATE agreements SET status = @status, done_on = @doneOn, missed_reason = '', updated_at = @now WHERE id = @id`).run({ id, ...state, now })
}
