// Every table's row as SQLite stores it, in one place: column, storage type and whether it may be
// NULL. tests/core/rows-schema.test.ts compares this with `PRAGMA table_info` of a freshly migrated
// file, so a migration that changes a table fails until this module says so too. Repositories map
// these rows to the domain objects of src/shared/domain.ts; nothing above them reads a row.
type SqlType = 'INTEGER' | 'TEXT' | 'REAL'
type Column = readonly [SqlType, 'null' | 'not null']

export const TABLE_COLUMNS = {
  agenda_outcomes: {
    session_id: ['INTEGER', 'not null'],
    talking_point_id: ['INTEGER', 'not null'],
    outcome: ['TEXT', 'not null'],
    decided_at: ['TEXT', 'not null']
  },
  agreement_changes: {
    id: ['INTEGER', 'not null'],
    agreement_id: ['INTEGER', 'not null'],
    field: ['TEXT', 'not null'],
    old_value: ['TEXT', 'null'],
    new_value: ['TEXT', 'null'],
    changed_by: ['TEXT', 'not null'],
    changed_at: ['TEXT', 'not null']
  },
  agreement_reviews: {
    agreement_id: ['INTEGER', 'not null'],
    session_id: ['INTEGER', 'not null'],
    outcome: ['TEXT', 'not null'],
    missed_reason: ['TEXT', 'not null'],
    reviewed_at: ['TEXT', 'not null']
  },
  agreements: {
    id: ['INTEGER', 'not null'],
    rep_id: ['INTEGER', 'not null'],
    text: ['TEXT', 'not null'],
    owner: ['TEXT', 'not null'],
    due_date: ['TEXT', 'null'],
    status: ['TEXT', 'not null'],
    done_on: ['TEXT', 'null'],
    missed_reason: ['TEXT', 'not null'],
    created_in_session_id: ['INTEGER', 'null'],
    reviewed_in_session_id: ['INTEGER', 'null'],
    created_on: ['TEXT', 'not null'],
    created_at: ['TEXT', 'not null'],
    updated_at: ['TEXT', 'not null']
  },
  challenge_sessions: {
    challenge_id: ['INTEGER', 'not null'],
    session_id: ['INTEGER', 'not null'],
    comment: ['TEXT', 'not null']
  },
  challenges: {
    id: ['INTEGER', 'not null'],
    rep_id: ['INTEGER', 'not null'],
    text: ['TEXT', 'not null'],
    support_offered: ['TEXT', 'not null'],
    status: ['TEXT', 'not null'],
    raised_in_session_id: ['INTEGER', 'null'],
    resolved_in_session_id: ['INTEGER', 'null'],
    raised_on: ['TEXT', 'not null'],
    resolved_on: ['TEXT', 'null'],
    created_at: ['TEXT', 'not null'],
    updated_at: ['TEXT', 'not null']
  },
  goal_checkins: {
    id: ['INTEGER', 'not null'],
    goal_id: ['INTEGER', 'not null'],
    value: ['REAL', 'not null'],
    recorded_on: ['TEXT', 'not null'],
    comment: ['TEXT', 'not null'],
    rep_assessment: ['TEXT', 'not null'],
    status: ['TEXT', 'null'],
    session_id: ['INTEGER', 'null'],
    import_id: ['INTEGER', 'null'],
    created_at: ['TEXT', 'not null'],
    goal_status_before: ['TEXT', 'null'],
    goal_status_source_before: ['TEXT', 'null']
  },
  goals: {
    id: ['INTEGER', 'not null'],
    rep_id: ['INTEGER', 'not null'],
    title: ['TEXT', 'not null'],
    metric: ['TEXT', 'not null'],
    unit: ['TEXT', 'null'],
    currency: ['TEXT', 'null'],
    baseline: ['REAL', 'null'],
    target: ['REAL', 'null'],
    due_date: ['TEXT', 'null'],
    period_kind: ['TEXT', 'null'],
    period_start: ['TEXT', 'null'],
    status: ['TEXT', 'not null'],
    archived_at: ['TEXT', 'null'],
    created_at: ['TEXT', 'not null'],
    updated_at: ['TEXT', 'not null'],
    status_source: ['TEXT', 'not null']
  },
  import_mappings: {
    header_signature: ['TEXT', 'not null'],
    source_name: ['TEXT', 'not null'],
    column_mapping: ['TEXT', 'not null'],
    updated_at: ['TEXT', 'not null']
  },
  metric_imports: {
    id: ['INTEGER', 'not null'],
    source_name: ['TEXT', 'not null'],
    file_name: ['TEXT', 'not null'],
    header_signature: ['TEXT', 'not null'],
    column_mapping: ['TEXT', 'not null'],
    rows_imported: ['INTEGER', 'not null'],
    imported_at: ['TEXT', 'not null'],
    undone_at: ['TEXT', 'null']
  },
  note_bodies: {
    note_id: ['INTEGER', 'not null'],
    doc_json: ['TEXT', 'not null'],
    plain_text: ['TEXT', 'not null']
  },
  notes: {
    id: ['INTEGER', 'not null'],
    session_id: ['INTEGER', 'not null'],
    kind: ['TEXT', 'not null'],
    template_section_id: ['INTEGER', 'null'],
    revision: ['INTEGER', 'not null'],
    created_at: ['TEXT', 'not null'],
    updated_at: ['TEXT', 'not null']
  },
  nudge_dismissals: {
    rep_id: ['INTEGER', 'not null'],
    rule: ['TEXT', 'not null'],
    dismissed_at: ['TEXT', 'not null'],
    until: ['TEXT', 'not null'],
    fingerprint: ['TEXT', 'not null']
  },
  recognitions: {
    id: ['INTEGER', 'not null'],
    rep_id: ['INTEGER', 'not null'],
    session_id: ['INTEGER', 'null'],
    goal_id: ['INTEGER', 'null'],
    what: ['TEXT', 'not null'],
    behaviour: ['TEXT', 'not null'],
    recognized_on: ['TEXT', 'not null'],
    created_at: ['TEXT', 'not null'],
    updated_at: ['TEXT', 'not null'],
    deleted_at: ['TEXT', 'null']
  },
  rep_tags: {
    rep_id: ['INTEGER', 'not null'],
    tag: ['TEXT', 'not null']
  },
  reps: {
    id: ['INTEGER', 'not null'],
    name: ['TEXT', 'not null'],
    role: ['TEXT', 'not null'],
    email: ['TEXT', 'not null'],
    start_date: ['TEXT', 'null'],
    cadence: ['TEXT', 'not null'],
    next_session_date: ['TEXT', 'null'],
    archived_at: ['TEXT', 'null'],
    is_demo: ['INTEGER', 'not null'],
    created_at: ['TEXT', 'not null'],
    updated_at: ['TEXT', 'not null']
  },
  review_drafts: {
    rep_id: ['INTEGER', 'not null'],
    period_from: ['TEXT', 'not null'],
    period_to: ['TEXT', 'not null'],
    text: ['TEXT', 'not null'],
    updated_at: ['TEXT', 'not null']
  },
  sessions: {
    id: ['INTEGER', 'not null'],
    rep_id: ['INTEGER', 'not null'],
    template_id: ['INTEGER', 'null'],
    scheduled_at: ['TEXT', 'not null'],
    status: ['TEXT', 'not null'],
    started_at: ['TEXT', 'null'],
    completed_at: ['TEXT', 'null'],
    duration_seconds: ['INTEGER', 'null'],
    pulse: ['INTEGER', 'null'],
    check_in_text: ['TEXT', 'not null'],
    created_at: ['TEXT', 'not null'],
    updated_at: ['TEXT', 'not null'],
    edited_after_completion_at: ['TEXT', 'null']
  },
  talking_points: {
    id: ['INTEGER', 'not null'],
    rep_id: ['INTEGER', 'not null'],
    text: ['TEXT', 'not null'],
    raised_by: ['TEXT', 'not null'],
    discussed_in_session_id: ['INTEGER', 'null'],
    created_at: ['TEXT', 'not null'],
    updated_at: ['TEXT', 'not null'],
    deleted_at: ['TEXT', 'null']
  },
  template_sections: {
    id: ['INTEGER', 'not null'],
    template_id: ['INTEGER', 'not null'],
    position: ['INTEGER', 'not null'],
    kind: ['TEXT', 'not null'],
    title: ['TEXT', 'not null'],
    prompt: ['TEXT', 'not null']
  },
  templates: {
    id: ['INTEGER', 'not null'],
    name: ['TEXT', 'not null'],
    description: ['TEXT', 'not null'],
    is_default: ['INTEGER', 'not null'],
    is_builtin: ['INTEGER', 'not null'],
    retired_at: ['TEXT', 'null'],
    created_at: ['TEXT', 'not null'],
    updated_at: ['TEXT', 'not null']
  },
  trash: {
    id: ['INTEGER', 'not null'],
    kind: ['TEXT', 'not null'],
    item_id: ['INTEGER', 'not null'],
    label: ['TEXT', 'not null'],
    rep_name: ['TEXT', 'not null'],
    row_count: ['INTEGER', 'not null'],
    snapshot_json: ['TEXT', 'not null'],
    deleted_at: ['TEXT', 'not null']
  }
} as const satisfies Record<string, Record<string, Column>>

export type TableName = keyof typeof TABLE_COLUMNS

type ValueOf<C extends Column> = (C[0] extends 'TEXT' ? string : number) | (C[1] extends 'null' ? null : never)

/** One row of `table`, as `SELECT *` returns it. */
export type RowOf<T extends TableName> = { -readonly [K in keyof (typeof TABLE_COLUMNS)[T]]: (typeof TABLE_COLUMNS)[T][K] extends Column ? ValueOf<(typeof TABLE_COLUMNS)[T][K]> : never }
