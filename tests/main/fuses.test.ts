import { readFileSync } from 'node:fs'
import { FuseV1Options } from '@electron/fuses'
import { describe, expect, it } from 'vitest'

/** The `electronFuses:` block of electron-builder.yml as name → value. */
function fusesOfPackagingConfig(): Record<string, string> {
  const yaml = readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')
  const block = /^electronFuses:\n((?:[ \t]+\S.*\n?)+)/m.exec(yaml)
  if (!block) return {}
  return Object.fromEntries([...block[1]!.matchAll(/^\s+(\w+):\s*(\S+)/gm)].map((match) => [match[1]!, match[2]!]))
}

/** The fuse names electron-builder reads (FuseV1Options' members, first letter lower-cased). */
const KNOWN_FUSES = Object.keys(FuseV1Options)
  .filter((key) => Number.isNaN(Number(key)))
  .map((key) => key[0]!.toLowerCase() + key.slice(1))

describe('Electron fuses in the packaged app', () => {
  it('pins every fuse: no run-as-node, NODE_OPTIONS or inspect arguments, an integrity-checked asar only, no extra file:// privileges', () => {
    expect(fusesOfPackagingConfig()).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      loadBrowserProcessSpecificV8Snapshot: 'false',
      grantFileProtocolExtraPrivileges: 'false'
    })
  })

  it('leaves no fuse that this Electron knows unpinned', () => {
    expect(KNOWN_FUSES.length).toBeGreaterThanOrEqual(8)
    expect(Object.keys(fusesOfPackagingConfig()).sort()).toEqual([...KNOWN_FUSES].sort())
  })
})
