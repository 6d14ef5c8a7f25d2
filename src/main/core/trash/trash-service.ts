// Deleting goes to the trash: the item and everything that cascades from it are removed from the
// live tables in one transaction and kept as a snapshot, restorable with the same ids until the
// trash is emptied (which is explicit, never automatic). The whole model: docs/DATA.md, "Deleting".
import { format, parseISO } from 'date-fns'
import { ApiError } from '@shared/api-error'
import type { RestoredItem, TrashEntry, TrashKind } from '@shared/trash'
import { notFound } from '../errors'
import { nowOf, type ServiceContext } from '../services/service-context'
import { restoreCascade, restoreObstacle, snapshotCascade, snapshotRowCount, type CascadeSnapshot } from './cascade-snapshot'
import { eraseDeletedContent } from '../db/erase-deleted-content'
import type { RowOf } from '../db/rows'

const TABLE_OF: Record<TrashKind, string> = { rep: 'reps', session: 'sessions', goal: 'goals', agreement: 'agreements' }
const NAME_OF: Record<TrashKind, string> = { rep: 'This rep', session: 'This 1:1', goal: 'This goal', agreement: 'This agreement' }

type TrashRow = Omit<RowOf<'trash'>, 'kind'> & { kind: TrashKind }

function toEntry(row: TrashRow): TrashEntry {
  return { id: row.id, kind: row.kind, itemId: row.item_id, label: row.label, repName: row.rep_name, rowCount: row.row_count, deletedAt: row.deleted_at }
}

function describe(context: ServiceContext, kind: TrashKind, id: number): { label: string; repName: string } | null {
  const { db } = context
  if (kind === 'rep') {
    const rep = db.prepare('SELECT name FROM reps WHERE id = ?').get(id) as { name: string } | undefined
    return rep ? { label: rep.name, repName: rep.name } : null
  }
  const sql = {
    session: 'SELECT sessions.scheduled_at AS detail, reps.name AS rep_name FROM sessions JOIN reps ON reps.id = sessions.rep_id WHERE sessions.id = ?',
    goal: 'SELECT goals.title AS detail, reps.name AS rep_name FROM goals JOIN reps ON reps.id = goals.rep_id WHERE goals.id = ?',
    agreement: 'SELECT agreements.text AS detail, reps.name AS rep_name FROM agreements JOIN reps ON reps.id = agreements.rep_id WHERE agreements.id = ?'
  }[kind]
  const row = db.prepare(sql).get(id) as { detail: string; rep_name: string } | undefined
  if (!row) return null
  if (kind === 'session') {
    const when = parseISO(row.detail)
    return { label: `1:1 of ${Number.isNaN(when.getTime()) ? row.detail : format(when, row.detail.length > 10 ? 'd MMM yyyy, HH:mm' : 'd MMM yyyy')}`, repName: row.rep_name }
  }
  return { label: row.detail.length > 120 ? `${row.detail.slice(0, 119)}…` : row.detail, repName: row.rep_name }
}

/** Moves the item and everything that belongs to it to the trash; returns the trash entry (for Undo). */
export function moveToTrash(context: ServiceContext, kind: TrashKind, id: number): TrashEntry {
  const { db } = context
  return db.transaction((): TrashEntry => {
    const description = describe(context, kind, id)
    if (!description) throw notFound(NAME_OF[kind])
    const snapshot = snapshotCascade(db, TABLE_OF[kind], id)
    const deletedAt = nowOf(context)
    const { lastInsertRowid } = db
      .prepare('INSERT INTO trash (kind, item_id, label, rep_name, row_count, snapshot_json, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(kind, id, description.label, description.repName, snapshotRowCount(snapshot), JSON.stringify(snapshot), deletedAt)
    db.prepare(`DELETE FROM ${TABLE_OF[kind]} WHERE id = ?`).run(id)
    return toEntry(db.prepare('SELECT * FROM trash WHERE id = ?').get(lastInsertRowid) as TrashRow)
  })()
}

export function listTrash(context: ServiceContext): TrashEntry[] {
  return (context.db.prepare('SELECT * FROM trash ORDER BY deleted_at DESC, id DESC').all() as TrashRow[]).map(toEntry)
}

export function restoreFromTrash(context: ServiceContext, trashId: number): RestoredItem {
  const { db } = context
  const row = db.prepare('SELECT * FROM trash WHERE id = ?').get(trashId) as TrashRow | undefined
  if (!row) throw notFound('This item in the trash')
  const snapshot = JSON.parse(row.snapshot_json) as CascadeSnapshot
  // The usual reasons a restore cannot happen are checked before anything is written.
  const obstacle = restoreObstacle(db, snapshot)
  if (obstacle === 'taken') throw takenPlace(row.label)
  if (obstacle === 'parent_gone') throw parentGone(row.label)
  try {
    db.transaction(() => {
      restoreCascade(db, snapshot)
      db.prepare('DELETE FROM trash WHERE id = ?').run(trashId)
    })()
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw parentGone(row.label)
    if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') throw takenPlace(row.label)
    throw error
  }
  return { kind: row.kind, itemId: row.item_id, label: row.label }
}

function parentGone(label: string): ApiError {
  return new ApiError({ code: 'conflict', message: `“${label}” belongs to something that is no longer there (perhaps its rep is in the trash too). Restore that first.` })
}

function takenPlace(label: string): ApiError {
  return new ApiError({ code: 'conflict', message: `“${label}” cannot be restored: something created since the deletion now takes its place. It stays in the trash.` })
}

/** Talking points and recognitions removed during a 1:1 (still marked in their tables): deleted for good. */
function purgeRemovedDuringOneOnOnes(context: ServiceContext): number {
  const { db } = context
  return db.prepare('DELETE FROM talking_points WHERE deleted_at IS NOT NULL').run().changes + db.prepare('DELETE FROM recognitions WHERE deleted_at IS NOT NULL').run().changes
}

/**
 * Deletes everything in the trash for good, with what was removed during a 1:1, and their words
 * from the file's bytes (see erase-deleted-content.ts).
 */
export function emptyTrash(context: ServiceContext): { removed: number } {
  const { removed, purged } = context.db.transaction(() => ({
    removed: context.db.prepare('DELETE FROM trash').run().changes,
    purged: purgeRemovedDuringOneOnOnes(context)
  }))()
  if (removed + purged > 0) eraseDeletedContent(context.db)
  return { removed }
}
