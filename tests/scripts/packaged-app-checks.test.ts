// The packaging smoke's file checks (tests/electron/support/packaged-app.ts), proven here on a
// synthetic binary carrying a fuse wire, since no packaged Kept can be built on this machine.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { FuseV1Options } from '@electron/fuses'
import { afterEach, describe, expect, it } from 'vitest'
import { fuseMismatches, fusesOfPackagingConfig, fuseState, resourcesOf } from '../electron/support/packaged-app'

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/** A file laid out like an Electron binary's fuse wire: sentinel, version 1, length, one byte per fuse. */
function binaryWithFuses(dir: string, states: string): string {
  const path = join(dir, 'kept')
  writeFileSync(path, Buffer.concat([Buffer.from('\u007fELF…code…'), Buffer.from(SENTINEL), Buffer.from([1, states.length]), Buffer.from(states), Buffer.from('…more code')]))
  return path
}

describe('packaging smoke checks', () => {
  const dirs: string[] = []
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kept-fuses-'))
    dirs.push(dir)
    return dir
  }
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('reads the fuses electron-builder.yml asks for', () => {
    const configured = fusesOfPackagingConfig(readFileSync(resolve('electron-builder.yml'), 'utf8'))
    expect(configured.get('runAsNode')).toBe(false)
    expect(configured.get('enableNodeCliInspectArguments')).toBe(false)
    expect(configured.get('onlyLoadAppFromAsar')).toBe(true)
  })

  it('passes a binary whose fuses match, and names each fuse that does not', async () => {
    const dir = newDir()
    const yaml = 'appId: x\nelectronFuses:\n  runAsNode: false\n  enableCookieEncryption: true\n  enableNodeCliInspectArguments: false\n  resetAdHocDarwinSignature: true\n\nlinux:\n  target: deb\n'
    const configured = fusesOfPackagingConfig(yaml)
    expect([...configured.keys()]).toEqual(['runAsNode', 'enableCookieEncryption', 'enableNodeCliInspectArguments', 'resetAdHocDarwinSignature'])
    // Index: 0 RunAsNode, 1 EnableCookieEncryption, 2 NODE_OPTIONS, 3 inspect arguments, …
    expect(await fuseMismatches(binaryWithFuses(dir, '01000111'), configured)).toEqual([])
    const unflipped = binaryWithFuses(newDir(), '10111011')
    expect(await fuseMismatches(unflipped, configured)).toEqual([
      'runAsNode: configured false, binary has 1',
      'enableCookieEncryption: configured true, binary has 0',
      'enableNodeCliInspectArguments: configured false, binary has 1'
    ])
    expect(await fuseState(unflipped, FuseV1Options.RunAsNode)).toBe('1')
  })

  it('finds resources/ beside the executable, or in Contents/Resources of a macOS bundle', () => {
    expect(resourcesOf('/opt/Kept/kept')).toBe(join('/opt/Kept', 'resources'))
    expect(resourcesOf('/Applications/Kept.app/Contents/MacOS/Kept')).toBe(resolve('/Applications/Kept.app/Contents/Resources'))
  })
})
