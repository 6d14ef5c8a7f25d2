// The backups a damaged database can be restored from: the ones Kept wrote of this very file
// (matched by its exact stem: kept-work.sqlite's are not kept.sqlite's) in the `backups` folder
// beside it, where open-database.ts writes its pre-migration copies too.
import { readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { BackupFile } from '@shared/recovery'
import { databaseStem, isBackupOf } from '../backup/backups'

export function backupFolderOf(databasePath: string): string {
  return join(dirname(databasePath), 'backups')
}

/** The backups of the data file named `stem` in `folder`, newest first; none when the folder does not exist. */
export function listBackupFiles(folder: string, stem: string): BackupFile[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const backups: BackupFile[] = []
  for (const fileName of names) {
    if (!isBackupOf(fileName, stem)) continue
    const path = join(folder, fileName)
    try {
      const stats = statSync(path)
      if (stats.isFile()) backups.push({ path, fileName, sizeBytes: stats.size, modifiedAt: stats.mtime.toISOString() })
    } catch {
      // A file that vanished or cannot be read is simply not offered.
    }
  }
  return backups.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.fileName.localeCompare(a.fileName))
}

/** The backups of the data file at `databasePath` in `folder`. */
export function backupFilesOf(databasePath: string, folder: string): BackupFile[] {
  return listBackupFiles(folder, databaseStem(databasePath))
}
