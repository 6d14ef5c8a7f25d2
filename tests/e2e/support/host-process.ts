// Runs the browser host as its own process (as `npm run host` does), so a test can kill it.
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

export interface HostProcess {
  url: string
  child: ChildProcess
  /** Kills the host at once, as a crash or power cut would, and waits until it is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>
}

const HOST_CLI = resolve('src', 'main', 'host', 'host-cli.ts')

export function startHostProcess(args: { dbPath: string; port?: number; demo?: boolean }): Promise<HostProcess> {
  // `--import tsx` runs the TypeScript in this one process (the tsx CLI would fork a child that
  // a SIGKILL of the parent leaves running).
  const argv = ['--import', 'tsx', HOST_CLI, '--db', args.dbPath, ...(args.port ? ['--port', String(args.port)] : []), ...(args.demo ? ['--demo'] : [])]
  const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start in time. ${stderr}`)), 60_000)
    let stdout = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('http://127.0.0.1:'))
      if (!line) return
      clearTimeout(timer)
      resolveStart({
        url: line.trim(),
        child,
        kill: (signal = 'SIGKILL') =>
          new Promise((resolveKill) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolveKill()
            child.once('exit', () => resolveKill())
            child.kill(signal)
          })
      })
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The host exited with code ${code}. ${stderr}`))
    })
  })
}
