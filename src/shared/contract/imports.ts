// CSV imports: metrics (with undo) and the roster.
import { z } from 'zod'
import type { Rep } from '@shared/domain'
import { DATE_ORDERS, IMPORT_MAX_BYTES, type MetricImportPreview, type MetricImportSummary, type RosterPreview } from '@shared/imports'
import { id } from './fields'
import { method, type FeatureContract } from './method'

const importFile = {
  fileName: z.string().trim().min(1, 'Choose a file to import.').max(255, 'The file name is too long.'),
  text: z
    .string({ error: 'The file\'s text is required.' })
    .max(IMPORT_MAX_BYTES, 'This file is larger than 50 MB; Kept imports files up to 50 MB. Export a shorter period or fewer columns.'),
  dateOrder: z.enum(DATE_ORDERS, { error: 'Choose month first (mdy) or day first (dmy).' }).optional()
}

const metricImportInput = z
  .object({
    ...importFile,
    mapping: z
      .object({
        repColumn: z.string().max(200).nullable(),
        dateColumn: z.string().max(200).nullable(),
        metricColumns: z.array(z.object({ column: z.string().max(200), metric: z.string().max(300) }).strict()).max(200)
      })
      .strict()
      .optional()
  })
  .strict()

const rosterImportInput = z.object(importFile).strict()

export const importsContract = {
  'imports.previewMetrics': method<MetricImportPreview>()(metricImportInput),
  'imports.commitMetrics': method<{ import: MetricImportSummary; checkInsImported: number; repsUpdated: number }>()(metricImportInput),
  'imports.list': method<MetricImportSummary[]>()(z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict()),
  'imports.undo': method<{ import: MetricImportSummary; checkInsRemoved: number }>()(z.object({ importId: id }).strict()),
  'imports.previewRoster': method<RosterPreview>()(rosterImportInput),
  'imports.commitRoster': method<{ reps: Rep[] }>()(rosterImportInput)
} satisfies FeatureContract
