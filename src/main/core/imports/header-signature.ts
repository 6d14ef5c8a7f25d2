import { createHash } from 'node:crypto'
import { normalizeText } from './text-similarity'

/** The same columns give the same signature, whatever their case, spacing or accents. */
export function headerSignature(columns: readonly string[]): string {
  return createHash('sha256')
    .update(columns.map(normalizeText).join('\n'))
    .digest('hex')
    .slice(0, 32)
}
