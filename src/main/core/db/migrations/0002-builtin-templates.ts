import type { SectionKind } from '@shared/domain'
import type { Migration } from './types'

interface BuiltinTemplate {
  name: string
  description: string
  isDefault: boolean
  sections: Array<{ kind: SectionKind; title: string; prompt?: string }>
}

// The structured default from PRODUCT.md, plus three common variants users start from.
export const BUILTIN_TEMPLATES: BuiltinTemplate[] = [
  {
    name: 'Accountability 1:1',
    description: 'The default: check-in, agenda, goals, last agreements, challenges, recognition, next steps and notes.',
    isDefault: true,
    sections: [
      { kind: 'check_in', title: 'Check-in', prompt: 'How are you doing, on a scale of 1 to 5?' },
      { kind: 'agenda', title: 'Agenda', prompt: 'Talking points gathered since the last 1:1.' },
      { kind: 'goal_review', title: 'Goal review', prompt: 'Where does each metric stand against its target, and what moved?' },
      { kind: 'last_agreements', title: 'Last agreements', prompt: 'Done, missed, carried forward or dropped?' },
      { kind: 'challenges', title: 'Challenges', prompt: 'What is in the way, and what support would help?' },
      { kind: 'recognition', title: 'Recognition', prompt: 'A specific win or behaviour worth naming.' },
      { kind: 'next_steps', title: 'Next steps', prompt: 'What will each of us do, and by when?' },
      { kind: 'notes', title: 'Notes' }
    ]
  },
  {
    name: 'Pipeline review',
    description: 'Deals first: the few that matter, what is stuck, and the numbers.',
    isDefault: false,
    sections: [
      { kind: 'check_in', title: 'Check-in' },
      { kind: 'prompt', title: 'Top deals', prompt: 'Which three deals matter most this month? Next step and close date for each.' },
      { kind: 'prompt', title: 'Stalled deals', prompt: 'What has not moved in two weeks, and what would unblock it?' },
      { kind: 'goal_review', title: 'Goal review' },
      { kind: 'last_agreements', title: 'Last agreements' },
      { kind: 'next_steps', title: 'Next steps' },
      { kind: 'notes', title: 'Notes' }
    ]
  },
  {
    name: 'Career conversation',
    description: 'Growth over the next years, the skills to build and the support to get there.',
    isDefault: false,
    sections: [
      { kind: 'check_in', title: 'Check-in' },
      { kind: 'prompt', title: 'Aspirations', prompt: 'Where do you want to be in two years? What energises you in the work?' },
      { kind: 'prompt', title: 'Skills to build', prompt: 'Which one or two skills would move you there fastest?' },
      { kind: 'prompt', title: 'Support and opportunities', prompt: 'Projects, mentors, training: what should I make happen?' },
      { kind: 'recognition', title: 'Recognition' },
      { kind: 'next_steps', title: 'Next steps' },
      { kind: 'notes', title: 'Notes' }
    ]
  },
  {
    name: 'Performance improvement',
    description: 'Clear expectations, the gap, the support offered and dated commitments on both sides.',
    isDefault: false,
    sections: [
      { kind: 'check_in', title: 'Check-in' },
      { kind: 'prompt', title: 'Expectations and gap', prompt: 'Which expectations are not met yet, measured how?' },
      { kind: 'goal_review', title: 'Goal review' },
      { kind: 'last_agreements', title: 'Last agreements' },
      { kind: 'challenges', title: 'Challenges' },
      { kind: 'prompt', title: 'Support plan', prompt: 'What support will the manager give, and when will we check it?' },
      { kind: 'next_steps', title: 'Next steps' },
      { kind: 'notes', title: 'Notes' }
    ]
  }
]

export const builtinTemplates: Migration = {
  version: 2,
  name: 'built-in templates',
  up(db) {
    const now = new Date().toISOString()
    const insertTemplate = db.prepare(
      `INSERT INTO templates (name, description, is_default, is_builtin, created_at, updated_at)
       VALUES (?, ?, ?, 1, ?, ?)`
    )
    const insertSection = db.prepare(
      'INSERT INTO template_sections (template_id, position, kind, title, prompt) VALUES (?, ?, ?, ?, ?)'
    )
    for (const template of BUILTIN_TEMPLATES) {
      const { lastInsertRowid } = insertTemplate.run(template.name, template.description, template.isDefault ? 1 : 0, now, now)
      template.sections.forEach((section, index) => {
        insertSection.run(lastInsertRowid, index + 1, section.kind, section.title, section.prompt ?? '')
      })
    }
  }
}
