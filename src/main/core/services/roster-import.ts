// Adding reps from a roster CSV: a preview (nothing written) and an all-or-nothing commit.
import { ApiError } from '@shared/api-error'
import type { Rep } from '@shared/domain'
import type { DateOrder, RosterPreview } from '@shared/imports'
import { timestampOf } from '../clock'
import { planRosterImport, type RosterPlan } from '../imports/roster-plan'
import { listAllRepIdentities } from '../repositories/metric-imports-repository'
import { findRep, insertRep } from '../repositories/reps-repository'
import { readImportFile } from './metric-imports'
import type { ServiceContext } from './service-context'

export interface RosterImportRequest {
  fileName: string
  text: string
  dateOrder?: DateOrder | undefined
}

function planOf(context: ServiceContext, request: RosterImportRequest): { preview: RosterPreview; plan: RosterPlan } {
  const table = readImportFile(request.text)
  const plan = planRosterImport(table, listAllRepIdentities(context.db), context.preferences.get().defaultCadence, request.dateOrder)
  const notes = [...table.notes]
  if (plan.existingReps.length > 0) {
    notes.push(`${plan.existingReps.length === 1 ? '1 rep is' : `${plan.existingReps.length} reps are`} already on your team and will be left unchanged: ${plan.existingReps.map((rep) => rep.name).join(', ')}.`)
  }
  return {
    plan,
    preview: {
      fileName: request.fileName,
      delimiter: table.delimiter,
      columns: table.columns,
      dateOrder: plan.dateOrder,
      fieldColumns: plan.fieldColumns,
      newReps: plan.newReps,
      existingReps: plan.existingReps,
      totals: { dataRows: table.records.length + table.errors.length, newReps: plan.newReps.length, errors: plan.errors.length },
      errors: plan.errors.slice(0, 200),
      notes
    }
  }
}

export function previewRosterImport(context: ServiceContext, request: RosterImportRequest): RosterPreview {
  return planOf(context, request).preview
}

export function commitRosterImport(context: ServiceContext, request: RosterImportRequest): { reps: Rep[] } {
  const { db } = context
  const { plan } = planOf(context, request)
  if (plan.errors.length > 0) {
    const first = plan.errors[0]!
    throw new ApiError({
      code: 'invalid_input',
      message: `No rep was added: ${plan.errors.length === 1 ? '1 problem' : `${plan.errors.length} problems`} in ${request.fileName} (line ${first.line}: ${first.reason}) Fix the file, then import again.`
    })
  }
  if (plan.newReps.length === 0) throw new ApiError({ code: 'invalid_input', message: `No rep was added: everyone in ${request.fileName} is already on your team.` })
  const now = timestampOf(context.clock)
  const ids = db.transaction(() =>
    plan.newReps.map((entry) =>
      insertRep(db, { name: entry.name, email: entry.email, role: entry.role, startDate: entry.startDate, cadence: entry.cadence, tags: [], nextSessionDate: null }, { now })
    )
  )()
  return { reps: ids.map((id) => findRep(db, id)!) }
}
