// Backups and data ownership: list, back up now, restore one, the full JSON export.
import { z } from 'zod'
import type { BackupInfo, BackupList, JsonExportFile, RestoreResult } from '@shared/backups'
import { empty } from './fields'
import { method, type FeatureContract } from './method'

export const backupsContract = {
  'backups.list': method<BackupList>()(empty),
  'data.exportJson': method<JsonExportFile>()(empty),
  'backups.create': method<BackupInfo>()(empty),
  'backups.restore': method<RestoreResult>()(
    z
      .object({
        fileName: z
          .string({ error: 'Choose a backup to restore.' })
          .min(1, 'Choose a backup to restore.')
          .max(255, 'This is not the name of a backup.')
          .regex(/^[^/\\]+\.sqlite$/, 'This is not the name of a backup.')
      })
      .strict()
  )
} satisfies FeatureContract
