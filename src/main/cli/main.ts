// Process entry of `kept` (see bin/kept.mjs).
import { runCli } from './kept-cli'

const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD && process.env.npm_command === 'exec' ? process.env.INIT_CWD : process.cwd()
})
process.exitCode = exitCode
