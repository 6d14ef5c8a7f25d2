import { describe, expect, it } from 'vitest'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore, type SessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

const weekly = {
  name: 'Weekly pipeline',
  description: 'Short and about deals',
  sections: [
    { kind: 'check_in', title: 'Check-in' },
    { kind: 'prompt', title: 'Deals that moved', prompt: 'What moved since last week?' },
    { kind: 'prompt', title: 'Deals that did not' },
    { kind: 'next_steps', title: 'Next steps' }
  ]
}

function templateNamed(core: SessionCore, name: string) {
  const template = core.ok('templates.list', { includeRetired: true }).find((candidate) => candidate.name === name)
  if (!template) throw new Error(`no template ${name}`)
  return template
}

describe('templates.list', () => {
  it('lists the built-in templates, the default first, with ordered sections and how many 1:1s use them', () => {
    const core = openSessionCore()
    const list = core.ok('templates.list', {})
    expect(list.map((template) => [template.name, template.isDefault, template.isBuiltin, template.retired])).toEqual([
      ['Accountability 1:1', true, true, false],
      ['Pipeline review', false, true, false],
      ['Career conversation', false, true, false],
      ['Performance improvement', false, true, false]
    ])
    expect(list[0]!.sections.map((section) => section.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(list.every((template) => template.sessionCount === 0)).toBe(true)

    const repId = core.addRep()
    core.ok('sessions.start', { repId })
    core.ok('sessions.plan', { repId, scheduledAt: '2026-06-30' })
    expect(core.ok('templates.list', {})[0]!.sessionCount).toBe(2)
  })
})

describe('templates.save', () => {
  it('creates a template with its sections in the order given; prompts may repeat', () => {
    const core = openSessionCore()
    const created = core.ok('templates.save', weekly)
    expect(created).toMatchObject({ name: 'Weekly pipeline', description: 'Short and about deals', isDefault: false, isBuiltin: false, retired: false, sessionCount: 0 })
    expect(created.sections.map((section) => [section.position, section.kind, section.title, section.prompt])).toEqual([
      [1, 'check_in', 'Check-in', ''],
      [2, 'prompt', 'Deals that moved', 'What moved since last week?'],
      [3, 'prompt', 'Deals that did not', ''],
      [4, 'next_steps', 'Next steps', '']
    ])
    expect(core.ok('templates.list', {}).map((template) => template.name)).toContain('Weekly pipeline')
  })

  it('refuses a name already taken, in any case, and a structured section twice, writing nothing', () => {
    const core = openSessionCore()
    core.ok('templates.save', weekly)
    const before = core.rowCounts()
    expect(core.fail('templates.save', { ...weekly, name: 'weekly PIPELINE' })).toEqual({ code: 'conflict', message: 'A template with this name already exists.' })
    const twice = core.fail('templates.save', {
      name: 'Twice',
      sections: [
        { kind: 'agenda', title: 'Agenda' },
        { kind: 'notes', title: 'Notes' },
        { kind: 'agenda', title: 'Agenda again' }
      ]
    })
    expect(twice).toMatchObject({ code: 'invalid_input', fieldErrors: { 'sections.2.kind': 'A template can have only one Agenda section.' } })
    expect(core.fail('templates.save', { name: 'Empty', sections: [] }).fieldErrors).toEqual({ sections: 'A template needs at least one section.' })
    expect(core.fail('templates.save', { name: ' ', sections: weekly.sections }).fieldErrors).toEqual({ name: 'A template needs a name.' })
    expect(core.fail('templates.save', { name: 'Odd', sections: [{ kind: 'small_talk', title: 'Chat' }] }).code).toBe('invalid_input')
    expect(core.rowCounts()).toEqual(before)
  })

  it('edits a template: renames, reorders, adds and removes sections, keeping the ids of those kept', () => {
    const core = openSessionCore()
    const created = core.ok('templates.save', weekly)
    const [checkIn, moved, stalled, nextSteps] = created.sections
    const updated = core.ok('templates.save', {
      id: created.id,
      name: 'Weekly deals',
      description: '',
      sections: [
        { id: nextSteps!.id, kind: 'next_steps', title: 'Next steps' },
        { id: moved!.id, kind: 'prompt', title: 'What moved', prompt: 'Since last week' },
        { kind: 'recognition', title: 'Wins' },
        { id: checkIn!.id, kind: 'check_in', title: 'Check-in' }
      ]
    })
    expect(updated.name).toBe('Weekly deals')
    expect(updated.sections.map((section) => [section.id, section.position, section.title])).toEqual([
      [nextSteps!.id, 1, 'Next steps'],
      [moved!.id, 2, 'What moved'],
      [expect.any(Number), 3, 'Wins'],
      [checkIn!.id, 4, 'Check-in']
    ])
    expect(updated.sections.map((section) => section.id)).not.toContain(stalled!.id)
    // Keeping its own name is not a clash.
    const resent = updated.sections.map(({ id, kind, title, prompt }) => ({ id, kind, title, prompt }))
    expect(core.ok('templates.save', { id: created.id, name: 'Weekly deals', sections: resent }).sections).toHaveLength(4)
  })

  it("refuses a section id of another template, and an unknown template", () => {
    const core = openSessionCore()
    const created = core.ok('templates.save', weekly)
    const foreign = templateNamed(core, 'Pipeline review').sections[0]!
    const before = core.snapshot('templates', 'template_sections')
    expect(
      core.fail('templates.save', { id: created.id, name: weekly.name, sections: [{ id: foreign.id, kind: 'check_in', title: 'Mine now' }] }).fieldErrors
    ).toEqual({ 'sections.0.id': 'This section belongs to another template.' })
    expect(core.fail('templates.save', { ...weekly, id: 404, name: 'Ghost' }).code).toBe('not_found')
    expect(core.snapshot('templates', 'template_sections')).toEqual(before)
  })

  it('keeps the sections that hold notes of past 1:1s, and lets empty ones go', () => {
    const core = openSessionCore()
    const created = core.ok('templates.save', weekly)
    const [checkIn, moved, stalled, nextSteps] = created.sections
    const repId = core.addRep()
    const { session } = core.ok('sessions.start', { repId, templateId: created.id })
    const note = (sectionId: number, text: string) => ({
      sessionId: session.id,
      kind: 'section',
      templateSectionId: sectionId,
      doc: { type: 'doc', content: text ? [{ type: 'paragraph', content: [{ type: 'text', text }] }] : [] },
      text,
      baseRevision: 0
    })
    core.ok('notes.save', note(moved!.id, 'Globex moved to legal'))
    core.ok('notes.save', note(stalled!.id, ''))

    const before = core.snapshot('templates', 'template_sections', 'notes', 'note_bodies')
    const withoutMoved = [checkIn!, stalled!, nextSteps!].map(({ id, kind, title }) => ({ id, kind, title }))
    const refused = core.fail('templates.save', { id: created.id, name: weekly.name, sections: withoutMoved })
    expect(refused.code).toBe('conflict')
    expect(refused.message).toContain('“Deals that moved” holds notes from past 1:1s')
    const rekinded = [checkIn!, { ...moved!, kind: 'challenges' }, stalled!, nextSteps!].map(({ id, kind, title }) => ({ id, kind, title }))
    expect(core.fail('templates.save', { id: created.id, name: weekly.name, sections: rekinded }).code).toBe('conflict')
    expect(core.snapshot('templates', 'template_sections', 'notes', 'note_bodies')).toEqual(before)

    // The section whose note is empty can go; its empty note goes with it.
    const withoutStalled = [checkIn!, moved!, nextSteps!].map(({ id, kind, title }) => ({ id, kind, title }))
    expect(core.ok('templates.save', { id: created.id, name: weekly.name, sections: withoutStalled }).sections).toHaveLength(3)
    expect(core.rowCounts().notes).toBe(1)
    // The 1:1 shows the template as it is now.
    expect(core.ok('sessions.get', { id: session.id }).sections.map((section) => section.title)).toEqual(['Check-in', 'Deals that moved', 'Next steps'])
  })
})

describe('retiring and the default template', () => {
  it('retires and restores a template; the default cannot be retired', () => {
    const core = openSessionCore()
    const accountability = templateNamed(core, 'Accountability 1:1')
    const career = templateNamed(core, 'Career conversation')
    expect(core.fail('templates.setRetired', { id: accountability.id, retired: true })).toEqual({
      code: 'conflict',
      message: 'Choose another default template first.'
    })
    expect(core.ok('templates.setRetired', { id: career.id, retired: true }).retired).toBe(true)
    expect(core.ok('templates.list', {}).map((template) => template.name)).not.toContain('Career conversation')
    expect(core.ok('templates.list', { includeRetired: true }).at(-1)!.name).toBe('Career conversation')
    expect(core.fail('templates.setDefault', { id: career.id }).code).toBe('conflict')
    expect(core.ok('templates.setRetired', { id: career.id, retired: false }).retired).toBe(false)
    expect(core.fail('templates.setRetired', { id: 404, retired: true }).code).toBe('not_found')
  })

  it('makes another template the default, which new 1:1s then use', () => {
    const core = openSessionCore()
    const accountability = templateNamed(core, 'Accountability 1:1')
    const pipeline = templateNamed(core, 'Pipeline review')
    expect(core.ok('templates.setDefault', { id: pipeline.id }).isDefault).toBe(true)
    const list = core.ok('templates.list', {})
    expect(list.filter((template) => template.isDefault).map((template) => template.name)).toEqual(['Pipeline review'])
    expect(list[0]!.name).toBe('Pipeline review')
    expect(core.ok('templates.setRetired', { id: accountability.id, retired: true }).retired).toBe(true)
    expect(core.ok('sessions.start', { repId: core.addRep() }).session.templateName).toBe('Pipeline review')
    // Setting the default again changes nothing.
    expect(core.ok('templates.setDefault', { id: pipeline.id }).isDefault).toBe(true)
  })
})
