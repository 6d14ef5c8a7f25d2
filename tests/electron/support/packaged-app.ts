// What the packaging smoke reads from an installed Kept without running it: where its resources
// are, and whether the fuses in its binary are the ones electron-builder.yml asks for. Pure file
// reading, so `npm test` checks this logic on a synthetic binary (tests/scripts/packaged-app-checks.test.ts).
import { dirname, join, resolve } from 'node:path'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'

export const FUSE_ENABLED = 49 // '1' in the fuse wire
export const FUSE_DISABLED = 48 // '0'

/** resources/ of an installed Kept: beside the executable, or Contents/Resources in a macOS bundle. */
export function resourcesOf(executable: string): string {
  return /\.app[\\/]Contents[\\/]MacOS[\\/]/.test(executable) ? resolve(dirname(executable), '..', 'Resources') : join(dirname(executable), 'resources')
}

/** The `electronFuses:` block of electron-builder.yml as option name → enabled. */
export function fusesOfPackagingConfig(yaml: string): Map<string, boolean> {
  const block = /^electronFuses:\r?\n((?:[ \t]+\S.*\r?\n?)+)/m.exec(yaml)
  const fuses = new Map<string, boolean>()
  for (const [, key, value] of block ? block[1]!.matchAll(/^[ \t]+(\w+):[ \t]*(true|false)\b/gm) : []) fuses.set(key!, value === 'true')
  return fuses
}

/** Each configured fuse whose state in the binary differs, as "name: configured X, binary has Y". */
export async function fuseMismatches(executable: string, configured: Map<string, boolean>): Promise<string[]> {
  const wire = (await getCurrentFuseWire(executable)) as unknown as Record<number, number>
  const options = FuseV1Options as unknown as Record<string, number>
  const mismatches: string[] = []
  for (const [key, enabled] of configured) {
    const index = options[key[0]!.toUpperCase() + key.slice(1)]
    // Options of electron-builder's that are not fuses (resetAdHocDarwinSignature) have no index.
    if (index === undefined) continue
    const actual = wire[index]
    const expected = enabled ? FUSE_ENABLED : FUSE_DISABLED
    if (actual !== expected) mismatches.push(`${key}: configured ${enabled}, binary has ${actual === undefined ? 'no such fuse' : String.fromCharCode(actual)}`)
  }
  return mismatches
}

/** The state of one fuse in the binary ('1', '0', 'r' removed, or undefined when absent). */
export async function fuseState(executable: string, option: FuseV1Options): Promise<string | undefined> {
  const value = ((await getCurrentFuseWire(executable)) as unknown as Record<number, number>)[option]
  return value === undefined ? undefined : String.fromCharCode(value)
}
