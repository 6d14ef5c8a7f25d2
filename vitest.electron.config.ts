// The real-Electron suites, run by `npm run test:electron` (scripts/test-electron.mjs), never by
// `npm test`: `electron` launches the built app in the development Electron, `packaged` launches
// the installed app named by KEPT_APP_PATH.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// `@shared/…` is src/shared (the same mapping as the tsconfig paths and electron.vite.config.ts).
const resolveShared = { alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) } }

const shared = {
  environment: 'node',
  testTimeout: 120_000,
  hookTimeout: 120_000,
  // One Electron at a time: the tests time quitting, and CI runners are small.
  fileParallelism: false
} as const

export default defineConfig({
  test: {
    projects: [
      { resolve: resolveShared, test: { ...shared, name: 'electron', include: ['tests/electron/app/**/*.test.ts'] } },
      { resolve: resolveShared, test: { ...shared, name: 'packaged', include: ['tests/electron/packaged/**/*.test.ts'] } }
    ]
  }
})
