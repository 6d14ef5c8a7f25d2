// Tests that read a build output fail with what to do when it is missing, instead of skipping:
// a skipped check is a check that silently stopped running.
import { existsSync, readFileSync } from 'node:fs'

/** The text of build output `path` (relative to the project root), or an error that says how to build it. */
export function readBuildOutput(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: build first with \`npx electron-vite build\` (\`npm test\` does), then run the tests again.`)
  return readFileSync(path, 'utf8')
}
