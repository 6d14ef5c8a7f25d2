// Why a database file could not be opened, in words a user can act on.

export type DatabaseOpenErrorKind =
  | 'newer_version'
  | 'not_a_database'
  | 'not_kept'
  | 'damaged'
  | 'missing'
  | 'read_only'
  | 'unreadable'
  | 'migration_failed'

export class DatabaseOpenError extends Error {
  constructor(
    readonly kind: DatabaseOpenErrorKind,
    message: string,
    readonly path: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
    this.name = 'DatabaseOpenError'
  }
}
