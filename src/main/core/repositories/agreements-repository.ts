import type { Database } from 'better-sqlite3'
import type { Agreement, AgreementStatus, Owner } from '../../../shared/domain'

interface AgreementRow {
  id: number
  rep_id: number
  text: string
  owner: Owner
  due_date: string | null
  status: AgreementStatus
  done_on: string | null
  created_in_session_id: number | null
  created_on: string
}

function toAgreement(row: AgreementRow): Agreement {
  return {
    id: row.id,
    repId: row.rep_id,
    text: row.text,
    owner: row.owner,
    dueDate: row.due_date,
    status: row.status,
    doneOn: row.done_on,
    createdInSessionId: row.created_in_session_id,
    createdOn: row.created_on
  }
}

/** Open agreements of both owners, oldest first: nothing open is ever out of sight. */
export function listOpenAgreementsForRep(db: Database, repId: number): Agreement[] {
  const rows = db
    .prepare(
      `SELECT id, rep_id, text, owner, due_date, status, done_on, created_in_session_id, created_on
       FROM agreements
       WHERE rep_id = ? AND status = 'open' AND deleted_at IS NULL
       ORDER BY created_on, id`
    )
    .all(repId) as AgreementRow[]
  return rows.map(toAgreement)
}
