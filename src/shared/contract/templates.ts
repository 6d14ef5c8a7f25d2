// 1:1 templates: their sections, retiring one, the default.
import { z } from 'zod'
import { SECTION_KINDS, type Template } from '@shared/domain'
import { id } from './fields'
import { method, type FeatureContract } from './method'

const templateSectionInput = z
  .object({
    id: id.optional(),
    kind: z.enum(SECTION_KINDS),
    title: z.string().trim().min(1, 'A section needs a title.').max(80, 'Keep section titles under 80 characters.'),
    prompt: z.string().trim().max(1000, 'Keep prompts under 1000 characters.').default('')
  })
  .strict()

export const templatesContract = {
  'templates.list': method<Template[]>()(z.object({ includeRetired: z.boolean().default(false) }).strict()),
  'templates.save': method<Template>()(
    z
      .object({
        id: id.optional(),
        name: z.string().trim().min(1, 'A template needs a name.').max(80, 'Keep the name under 80 characters.'),
        description: z.string().trim().max(500).default(''),
        sections: z.array(templateSectionInput).min(1, 'A template needs at least one section.').max(30, 'Use at most 30 sections.')
      })
      .strict()
  ),
  'templates.setRetired': method<Template>()(z.object({ id, retired: z.boolean() }).strict()),
  'templates.setDefault': method<Template>()(z.object({ id }).strict())
} satisfies FeatureContract
