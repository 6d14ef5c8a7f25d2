import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readBuildOutput } from '../support/build-output'

describe('tests that need a build output', () => {
  it('fail with a message that says how to build when the output is missing', () => {
    expect(() => readBuildOutput('out/not-built/index.cjs')).toThrow('out/not-built/index.cjs is missing: build first with `npx electron-vite build`')
  })

  it('read the output when it is there', () => {
    expect(readBuildOutput('package.json')).toContain('"name": "kept"')
  })
})

describe('the test suite', () => {
  it('has no test that skips itself (a missing build output fails instead)', () => {
    const files = readdirSync('tests', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'))
    const skipping = files.flatMap((file) =>
      readFileSync(join('tests', file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (/\b(it|test|describe|ctx|context)\.(skip|skipIf|runIf|todo)\b/.test(line) ? [`tests/${file}:${index + 1}: ${line.trim()}`] : []))
    )
    expect(skipping).toEqual([])
  })
})
