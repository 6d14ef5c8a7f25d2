// The backups a damaged database can be restored from: the `backups` folder beside the file,
// where open-database.ts writes its pre-migration copies. Kept small and separate so that it can
// later be pointed at the backup module's own listing.
import { readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { BackupFile } from '../../../shared/recovery'

export function backupFolderOf(databasePath: string): string {
  return join(dirname(databasePath), 'backups')
}

/** Backup files (`*.sqlite`) in `folder`, newest first; none when the folder does not exist. */
export function listBackupFiles(folder: string): BackupFile[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const backups: BackupFile[] = []
  for (const fileName of names) {
    if (!/\.(sqlite|db|kept)$/i.test(fileName)) continue
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
