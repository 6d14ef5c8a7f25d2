import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// `@shared/…` is src/shared (the same mapping as the tsconfig paths and electron.vite.config.ts).
const resolveShared = { alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) } }

export default defineConfig({
  test: {
    projects: [
      {
        resolve: resolveShared,
        test: {
          name: 'unit',
          include: ['tests/core/**/*.test.ts', 'tests/main/**/*.test.ts', 'tests/shared/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/host/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/crash/**/*.test.ts', 'tests/renderer/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000
        }
      },
      {
        resolve: resolveShared,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll retries an assertion about the page; 1 s (the default) is short on a loaded machine.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false
        }
      }
    ]
  }
})
