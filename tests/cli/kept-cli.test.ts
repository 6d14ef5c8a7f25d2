import { describe, expect, it } from 'vitest'
import { CliError, type CliCommand, type CliIo } from '../../src/main/cli/cli-command'
import { helpText, runCli } from '../../src/main/cli/kept-cli'

function capture(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', cwd: process.cwd(), stdout: (text: string) => void (io.out += text), stderr: (text: string) => void (io.err += text) }
  return io
}

const echo: CliCommand = {
  name: 'echo',
  summary: 'Prints its argument.',
  usage: 'echo WORD [--loud]',
  options: { loud: { type: 'boolean', default: false } },
  run: ({ values, positionals, io }) => {
    if (positionals.length !== 1) throw new CliError('give exactly one word.')
    io.stdout(`${values.loud ? positionals[0]!.toUpperCase() : positionals[0]}\n`)
    return 0
  }
}

describe('kept command line', () => {
  it('lists its commands on --help and exits 0', async () => {
    const io = capture()
    expect(await runCli(['--help'], io, [echo])).toBe(0)
    expect(io.out).toContain('echo  Prints its argument.')
    expect(helpText([echo])).toContain('Usage: kept <command>')
  })

  it('runs a command with its options', async () => {
    const io = capture()
    expect(await runCli(['echo', 'hi', '--loud'], io, [echo])).toBe(0)
    expect(io.out).toBe('HI\n')
  })

  it('rejects an unknown command, an unknown option and a user mistake on stderr with a non-zero code', async () => {
    const unknown = capture()
    expect(await runCli(['nope'], unknown, [echo])).toBe(1)
    expect(unknown.err).toContain('unknown command "nope"')

    const badOption = capture()
    expect(await runCli(['echo', 'hi', '--quiet'], badOption, [echo])).toBe(1)
    expect(badOption.err).toContain('Usage: kept echo WORD')
    expect(badOption.out).toBe('')

    const mistake = capture()
    expect(await runCli(['echo'], mistake, [echo])).toBe(1)
    expect(mistake.err).toBe('kept echo: give exactly one word.\n')
  })

  it('prints one command\'s usage on `kept COMMAND --help`', async () => {
    const io = capture()
    expect(await runCli(['echo', '--help'], io, [echo])).toBe(0)
    expect(io.out).toContain('Usage: kept echo WORD [--loud]')
  })
})
