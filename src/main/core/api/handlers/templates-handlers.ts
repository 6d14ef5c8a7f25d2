import type { templatesContract } from '@shared/contract/templates'
import { listTemplates } from '../../repositories/templates-repository'
import { saveTemplate, setDefault, setRetired } from '../../services/templates'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function createTemplatesHandlers({ services }: HandlerContext): HandlersFor<keyof typeof templatesContract> {
  return {
    'templates.list': ({ includeRetired }) => listTemplates(services.db, { includeRetired }),
    'templates.save': (input) => saveTemplate(services, input),
    'templates.setRetired': (input) => setRetired(services, input),
    'templates.setDefault': ({ id }) => setDefault(services, id)
  }
}
