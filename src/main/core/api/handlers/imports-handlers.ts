import type { importsContract } from '@shared/contract/imports'
import { commitMetricImport, listImports, previewMetricImport, undoImport } from '../../services/metric-imports'
import { commitRosterImport, previewRosterImport } from '../../services/roster-import'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function createImportsHandlers({ services }: HandlerContext): HandlersFor<keyof typeof importsContract> {
  return {
    'imports.previewMetrics': (input) => previewMetricImport(services, input),
    'imports.commitMetrics': (input) => commitMetricImport(services, input),
    'imports.list': ({ limit }) => listImports(services, limit),
    'imports.undo': ({ importId }) => undoImport(services, importId),
    'imports.previewRoster': (input) => previewRosterImport(services, input),
    'imports.commitRoster': (input) => commitRosterImport(services, input)
  }
}
