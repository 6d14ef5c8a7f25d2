// Every command that takes --rep finds the rep by the same rule (the API's reps.find): the
// export and the list agree on who "a part of a name" is, and both refuse an ambiguous one.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../src/main/cli/cli-command'
import { runCli } from '../../src/main/cli/kept-cli'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()

async function kept(args: string[]) {
  const io: CliIo & { out: string; err: string } = { out: '', err: '', cwd: process.cwd(), stdout: (text) => void (io.out += text), stderr: (text) => void (io.err += text) }
  const code = await runCli(args, io)
  return { code, out: io.out, err: io.err }
}

describe('--rep NAME_OR_ID', () => {
  it('finds the same rep by a part of the name in list-sessions and export-history', async () => {
    const path = join(tempDir(), 'kept.sqlite')
    expect((await kept(['demo', '--db', path])).code).toBe(0)
    const sessions = JSON.parse((await kept(['list-sessions', '--db', path, '--json'])).out) as Array<{ repId: number; repName: string }>
    const names = [...new Set(sessions.map((session) => session.repName))]
    // A surname only one rep has, typed in lower case.
    const someone = names.find((name) => names.filter((other) => other.toLowerCase().includes(name.split(' ').at(-1)!.toLowerCase())).length === 1)!
    const part = someone.split(' ').at(-1)!.toLowerCase()

    const listed = JSON.parse((await kept(['list-sessions', '--db', path, '--rep', part, '--json'])).out) as typeof sessions
    expect(listed.length).toBeGreaterThan(0)
    expect(new Set(listed.map((session) => session.repName))).toEqual(new Set([someone]))

    const exported = await kept(['export-history', '--db', path, '--rep', part, '--format', 'md'])
    expect(exported.err).toBe('')
    expect(exported.code).toBe(0)
    expect(exported.out).toContain(someone)
  })

  it('refuses a part several names share in both commands, naming the candidates with their ids', async () => {
    const path = join(tempDir(), 'kept.sqlite')
    expect((await kept(['demo', '--db', path])).code).toBe(0)
    for (const args of [['list-sessions', '--db', path, '--rep', 'a'], ['export-history', '--db', path, '--rep', 'a', '--format', 'md']]) {
      const refused = await kept(args)
      expect(refused.code).toBe(1)
      expect(refused.out).toBe('')
      expect(refused.err).toMatch(/"a" matches \d+ reps: .+ \(id \d+\), .+ \(id \d+\).*\. Give the full name or the id\.\n$/)
    }
  })
})
