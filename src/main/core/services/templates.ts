// Session templates: ordered sections, created, edited, retired and made the default by the user.
import type { SectionKind, Template } from '@shared/domain'
import { notFound } from '../errors'
import {
  countNotesWithTextBySection,
  findTemplate,
  findTemplateIdByName,
  insertTemplate,
  makeDefaultTemplate,
  replaceSections,
  setTemplateRetired,
  updateTemplateFields,
  type SectionWrite
} from '../repositories/templates-repository'
import { conflict, invalidField } from './service-errors'
import { nowOf, type ServiceContext } from './service-context'

const STRUCTURED_SECTION_NAMES: Record<Exclude<SectionKind, 'prompt'>, string> = {
  check_in: 'Check-in',
  agenda: 'Agenda',
  goal_review: 'Goal review',
  last_agreements: 'Last agreements',
  challenges: 'Challenges',
  recognition: 'Recognition',
  next_steps: 'Next steps',
  notes: 'Notes'
}

export interface TemplateSave {
  id?: number
  name: string
  description: string
  sections: SectionWrite[]
}

function requireTemplate(context: ServiceContext, id: number): Template {
  const template = findTemplate(context.db, id)
  if (!template) throw notFound('This template')
  return template
}

/** Only free-text prompts may repeat; each structured section appears at most once. */
function checkSectionKinds(sections: SectionWrite[]): void {
  const seen = new Set<SectionKind>()
  sections.forEach((section, index) => {
    if (section.kind !== 'prompt' && seen.has(section.kind)) {
      throw invalidField(`sections.${index}.kind`, `A template can have only one ${STRUCTURED_SECTION_NAMES[section.kind]} section.`)
    }
    seen.add(section.kind)
  })
}

function checkNameIsFree(context: ServiceContext, name: string, ownId: number | undefined): void {
  const holder = findTemplateIdByName(context.db, name)
  if (holder !== undefined && holder !== ownId) throw conflict('A template with this name already exists.')
}

/**
 * Checks the sections of an update against the template's current ones: ids must be its own,
 * and a section whose notes hold text can be neither removed nor turned into another kind.
 */
function checkSectionChanges(context: ServiceContext, template: Template, sections: SectionWrite[]): void {
  const current = new Map(template.sections.map((section) => [section.id, section]))
  const kept = new Set<number>()
  sections.forEach((section, index) => {
    if (section.id === undefined) return
    if (!current.has(section.id)) throw invalidField(`sections.${index}.id`, 'This section belongs to another template.')
    if (kept.has(section.id)) throw invalidField(`sections.${index}.id`, 'This section appears twice.')
    kept.add(section.id)
  })
  const changed = template.sections.filter((section) => {
    const next = sections.find((candidate) => candidate.id === section.id)
    return next === undefined || next.kind !== section.kind
  })
  const notes = countNotesWithTextBySection(context.db, changed.map((section) => section.id))
  const blocked = changed.find((section) => (notes.get(section.id) ?? 0) > 0)
  if (blocked) {
    throw conflict(
      `The section “${blocked.title}” holds notes from past 1:1s, so it cannot be removed or changed to another kind. Keep it, or retire this template and create a new one.`
    )
  }
}

export function saveTemplate(context: ServiceContext, input: TemplateSave): Template {
  const { db } = context
  checkSectionKinds(input.sections)
  checkNameIsFree(context, input.name, input.id)
  const fields = { name: input.name, description: input.description }
  const id = db.transaction(() => {
    const now = nowOf(context)
    if (input.id === undefined) {
      const templateId = insertTemplate(db, fields, now)
      // Section ids only identify sections of a template being edited; a new one gets new sections.
      replaceSections(db, templateId, input.sections.map(({ id: _id, ...section }) => section))
      return templateId
    }
    const template = requireTemplate(context, input.id)
    checkSectionChanges(context, template, input.sections)
    updateTemplateFields(db, template.id, fields, now)
    replaceSections(db, template.id, input.sections)
    return template.id
  })()
  return requireTemplate(context, id)
}

export function setRetired(context: ServiceContext, input: { id: number; retired: boolean }): Template {
  const template = requireTemplate(context, input.id)
  if (input.retired && template.isDefault) throw conflict('Choose another default template first.')
  if (template.retired !== input.retired) setTemplateRetired(context.db, template.id, input.retired, nowOf(context))
  return requireTemplate(context, template.id)
}

export function setDefault(context: ServiceContext, id: number): Template {
  const { db } = context
  const template = requireTemplate(context, id)
  if (template.retired) throw conflict('This template is retired. Restore it before making it the default.')
  db.transaction(() => makeDefaultTemplate(db, template.id, nowOf(context)))()
  return requireTemplate(context, template.id)
}
