import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/** The `electronFuses:` block of electron-builder.yml as name → value. */
function fusesOfPackagingConfig(): Record<string, string> {
  const yaml = readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')
  const block = /^electronFuses:\n((?:[ \t]+\S.*\n?)+)/m.exec(yaml)
  if (!block) return {}
  return Object.fromEntries([...block[1]!.matchAll(/^\s+(\w+):\s*(\S+)/gm)].map((match) => [match[1]!, match[2]!]))
}

describe('Electron fuses in the packaged app', () => {
  it('turn off run-as-node, NODE_OPTIONS and inspect arguments, and load the app only from an integrity-checked asar', () => {
    expect(fusesOfPackagingConfig()).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true'
    })
  })
})
