import type { Migration } from './types'

// Who decided a running goal's status: the pace of its check-ins ('pace', the suggestion) or the
// manager ('manager': set on the Goals tab or in a 1:1). Goals from before this version keep the
// status they had, as set by the manager in their 1:1s.
const schema = /* sql */ `
ALTER TABLE goals ADD COLUMN status_source TEXT NOT NULL DEFAULT 'manager'
  CHECK (status_source IN ('pace', 'manager'));

-- Beside goal_status_before: who had decided the status before a 1:1's check-in set it, so that
-- clearing the check-in gives the goal back to the suggestion when it followed the suggestion.
ALTER TABLE goal_checkins ADD COLUMN goal_status_source_before TEXT
  CHECK (goal_status_source_before IN ('pace', 'manager'));
`

export const goalStatusSource: Migration = {
  version: 5,
  name: 'goals: status suggested from pace or set by the manager',
  up(db) {
    db.exec(schema)
  }
}
