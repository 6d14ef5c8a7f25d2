import type { Migration } from './types'

// Agreements live between 1:1s: the manager marks one done, moves its due date or hands it to the
// other side from the Agreements ledger or the Brief. Each such change is kept, with who made it
// and when, so an agreement's story stays honest (nothing is silently rewritten).
const schema = /* sql */ `
CREATE TABLE agreement_changes (
  id            INTEGER PRIMARY KEY,
  agreement_id  INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  field         TEXT NOT NULL CHECK (field IN ('status', 'due_date', 'owner')),
  old_value     TEXT,
  new_value     TEXT,
  changed_by    TEXT NOT NULL CHECK (length(trim(changed_by)) > 0),  -- the manager's name when the change was made
  changed_at    TEXT NOT NULL
);
CREATE INDEX agreement_changes_by_agreement ON agreement_changes (agreement_id, changed_at);
`

export const agreementHistory: Migration = {
  version: 11,
  name: 'agreements between 1:1s: the history of their changes',
  up(db) {
    db.exec(schema)
  }
}
