// Recovery: when the data file cannot be opened, restore a backup or open or create another file.
import { z } from 'zod'
import type { RecoveryResult, RecoveryStatus } from '@shared/recovery'
import { empty } from './fields'
import { method, type FeatureContract } from './method'

/** What main hands the desktop app's page for a path its native file dialog returned (src/main/chosen-files.ts). */
export const CHOSEN_FILE_TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * A data file to open or create on the recovery screen: a typed `path` (the browser host), or a
 * `token` (the desktop app, which takes only a path its own file dialog returned). Exactly one.
 */
const chosenDataFile = (missingPath: string) =>
  z
    .object({
      path: z.string().trim().min(1, missingPath).max(4096, 'This path is too long.').optional(),
      token: z.string().regex(CHOSEN_FILE_TOKEN, 'Choose the file again.').optional()
    })
    .strict()
    .refine((input) => (input.path === undefined) !== (input.token === undefined), { message: missingPath, path: ['path'] })

export const recoveryContract = {
  'recovery.status': method<RecoveryStatus>()(empty),
  /** Runs the page-by-page check of the open file if opening left it for later, then answers as recovery.status. */
  'recovery.check': method<RecoveryStatus>()(empty),
  'recovery.restore': method<RecoveryResult>()(z.object({ backupPath: z.string().min(1, 'Choose a backup.').max(4096) }).strict()),
  /** Restores a backup file the user chose themselves (one not in the list of this file's backups). */
  'recovery.restoreFile': method<RecoveryResult>()(chosenDataFile('Enter the path of a backup file.')),
  'recovery.openFile': method<RecoveryResult>()(chosenDataFile('Enter the path of a Kept data file.')),
  'recovery.createFile': method<RecoveryResult>()(chosenDataFile('Enter where the new data file should go.'))
} satisfies FeatureContract
