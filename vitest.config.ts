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
          // A hang guard, not a speed check: under a busy CPU (load 20 on 2 cores) a 5 s test took 20.4 s.
          testTimeout: 60_000
        }
      },
      {
        resolve: resolveShared,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Hang guards, not speed checks: with the CPU busy (load 20 on 2 cores) the 8-section walk in
          // session-carry-over took 76 s and timed out at 60 s while every step still passed.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // expect.poll retries an assertion about the page; 1 s (the default) is short on a loaded machine.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false
        }
      }
    ]
  }
})
