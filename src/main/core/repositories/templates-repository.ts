import type { Database } from 'better-sqlite3'
import type { SectionKind, Template, TemplateSection } from '@shared/domain'

interface TemplateRow {
  id: number
  name: string
  description: string
  is_default: number
  is_builtin: number
  retired_at: string | null
  session_count: number
}

interface SectionRow {
  id: number
  template_id: number
  position: number
  kind: SectionKind
  title: string
  prompt: string
}

export interface SectionWrite {
  /** An existing section of the template to keep (its id stays), or undefined for a new one. */
  id?: number
  kind: SectionKind
  title: string
  prompt: string
}

function toSection(row: SectionRow): TemplateSection {
  return { id: row.id, position: row.position, kind: row.kind, title: row.title, prompt: row.prompt }
}

const TEMPLATE_SELECT = `
  SELECT templates.id, templates.name, templates.description, templates.is_default, templates.is_builtin, templates.retired_at,
         (SELECT count(*) FROM sessions WHERE template_id = templates.id) AS session_count
  FROM templates`

function withSections(db: Database, rows: TemplateRow[]): Template[] {
  if (rows.length === 0) return []
  const sections = db
    .prepare(
      `SELECT id, template_id, position, kind, title, prompt FROM template_sections
       WHERE template_id IN (${rows.map(() => '?').join(', ')})
       ORDER BY template_id, position`
    )
    .all(...rows.map((row) => row.id)) as SectionRow[]
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    isDefault: row.is_default === 1,
    isBuiltin: row.is_builtin === 1,
    retired: row.retired_at !== null,
    sections: sections.filter((section) => section.template_id === row.id).map(toSection),
    sessionCount: row.session_count
  }))
}

/** Templates with their sections: the default first, retired ones last, otherwise oldest first. */
export function listTemplates(db: Database, options: { includeRetired: boolean }): Template[] {
  const rows = db
    .prepare(
      `${TEMPLATE_SELECT}
       WHERE ? = 1 OR templates.retired_at IS NULL
       ORDER BY templates.is_default DESC, templates.retired_at IS NOT NULL, templates.id`
    )
    .all(options.includeRetired ? 1 : 0) as TemplateRow[]
  return withSections(db, rows)
}

export function findTemplate(db: Database, id: number): Template | undefined {
  const row = db.prepare(`${TEMPLATE_SELECT} WHERE templates.id = ?`).get(id) as TemplateRow | undefined
  return row ? withSections(db, [row])[0] : undefined
}

export function listSectionsOfTemplate(db: Database, templateId: number): TemplateSection[] {
  const rows = db
    .prepare('SELECT id, template_id, position, kind, title, prompt FROM template_sections WHERE template_id = ? ORDER BY position')
    .all(templateId) as SectionRow[]
  return rows.map(toSection)
}

/** The template new 1:1s use: the default one, or else the oldest one still in use. */
export function findTemplateForNewSessions(db: Database): number | undefined {
  const row = db
    .prepare('SELECT id FROM templates WHERE retired_at IS NULL ORDER BY is_default DESC, id LIMIT 1')
    .get() as { id: number } | undefined
  return row?.id
}

export function findTemplateIdByName(db: Database, name: string): number | undefined {
  const row = db.prepare('SELECT id FROM templates WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined
  return row?.id
}

export function insertTemplate(db: Database, template: { name: string; description: string }, now: string): number {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO templates (name, description, created_at, updated_at) VALUES (@name, @description, @now, @now)')
    .run({ ...template, now })
  return Number(lastInsertRowid)
}

export function updateTemplateFields(db: Database, id: number, template: { name: string; description: string }, now: string): void {
  db.prepare('UPDATE templates SET name = @name, description = @description, updated_at = @now WHERE id = @id').run({ ...template, id, now })
}

/** How many notes with text each of the given sections has. */
export function countNotesWithTextBySection(db: Database, sectionIds: number[]): Map<number, number> {
  if (sectionIds.length === 0) return new Map()
  const rows = db
    .prepare(
      `SELECT notes.template_section_id AS section_id, count(*) AS notes
       FROM notes JOIN note_bodies ON note_bodies.note_id = notes.id
       WHERE notes.template_section_id IN (${sectionIds.map(() => '?').join(', ')}) AND note_bodies.plain_text != ''
       GROUP BY notes.template_section_id`
    )
    .all(...sectionIds) as Array<{ section_id: number; notes: number }>
  return new Map(rows.map((row) => [row.section_id, row.notes]))
}

/**
 * Makes `sections`, in this order, the template's sections: keeps the ids of those passed with
 * one, adds the new ones and deletes the rest (with their empty notes). Runs in the caller's
 * transaction.
 */
export function replaceSections(db: Database, templateId: number, sections: SectionWrite[]): void {
  const keep = sections.flatMap((section) => (section.id === undefined ? [] : [section.id]))
  const existing = db.prepare('SELECT id FROM template_sections WHERE template_id = ?').pluck().all(templateId) as number[]
  const removed = existing.filter((id) => !keep.includes(id))
  const deleteNotes = db.prepare("DELETE FROM notes WHERE template_section_id = ? AND kind = 'section'")
  const deleteSection = db.prepare('DELETE FROM template_sections WHERE id = ?')
  for (const id of removed) {
    deleteNotes.run(id)
    deleteSection.run(id)
  }
  // Positions are unique per template: park the kept sections out of the way before renumbering.
  db.prepare('UPDATE template_sections SET position = -id WHERE template_id = ?').run(templateId)
  const update = db.prepare('UPDATE template_sections SET position = @position, kind = @kind, title = @title, prompt = @prompt WHERE id = @id')
  const insert = db.prepare(
    'INSERT INTO template_sections (template_id, position, kind, title, prompt) VALUES (@templateId, @position, @kind, @title, @prompt)'
  )
  sections.forEach((section, index) => {
    const values = { position: index + 1, kind: section.kind, title: section.title, prompt: section.prompt }
    if (section.id === undefined) insert.run({ ...values, templateId })
    else update.run({ ...values, id: section.id })
  })
}

export function setTemplateRetired(db: Database, id: number, retired: boolean, now: string): void {
  db.prepare('UPDATE templates SET retired_at = ?, updated_at = ? WHERE id = ?').run(retired ? now : null, now, id)
}

/** Makes `id` the one default template. Runs in the caller's transaction. */
export function makeDefaultTemplate(db: Database, id: number, now: string): void {
  db.prepare('UPDATE templates SET is_default = 0, updated_at = @now WHERE is_default = 1 AND id != @id').run({ id, now })
  db.prepare('UPDATE templates SET is_default = 1, updated_at = @now WHERE id = @id AND is_default = 0').run({ id, now })
}
