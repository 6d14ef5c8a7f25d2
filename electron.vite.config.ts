import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

// The dev server's React Refresh preamble is an inline script. Allow inline scripts while
// serving in development only; built files keep the strict policy.
function relaxCspForDevServer(): Plugin {
  return {
    name: 'kept:relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  }
}

// `@shared/…` is src/shared for every side (the same mapping as the tsconfig paths).
const resolveShared = { alias: { '@shared': resolve(__dirname, 'src/shared') } }

export default defineConfig({
  main: {
    resolve: resolveShared,
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/index.ts') }
      }
    }
  },
  preload: {
    resolve: resolveShared,
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules: emit CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: resolveShared,
    build: {
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') }
      }
    },
    plugins: [react(), relaxCspForDevServer()]
  }
})
