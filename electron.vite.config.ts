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

/**
 * The first script (src/main.tsx) is small and loads the app with `import('./mount-app')`, so the
 * first screen's data is asked for before the app's code is parsed. Preloading the app and what it
 * imports from index.html fetches them while the page is still starting, not one after another.
 */
function preloadApp(): Plugin {
  return {
    name: 'kept:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        if (!bundle) return html
        const app = Object.values(bundle).find((output) => output.type === 'chunk' && output.moduleIds.includes(APP_MODULE))
        if (!app) throw new Error('kept:preload-app: the mount-app chunk is missing from the build.')
        const files = new Set<string>()
        const visit = (fileName: string) => {
          if (files.has(fileName)) return
          files.add(fileName)
          const chunk = bundle[fileName]
          if (chunk?.type === 'chunk') chunk.imports.forEach(visit)
        }
        visit(app.fileName)
        return [...files]
          .filter((fileName) => !html.includes(`/${fileName}"`))
          .map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` }, injectTo: 'head' as const }))
      }
    }
  }
}

/**
 * The first screen calls nearly every function of its two chunks (React's and the app's): V8's
 * compile hint (Chromium 136+) compiles them on the thread that streams the file instead of one by
 * one on the main thread when first called. A comment: other engines ignore it.
 */
function compileFirstScreenEagerly(): Plugin {
  return {
    name: 'kept:compile-first-screen-eagerly',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && (output.name === 'index' || output.name === 'mount-app')) output.code = `//# allFunctionsCalledOnLoad\n${output.code}`
        }
      }
    }
  }
}

const RENDERER_ENTRY = resolve(__dirname, 'src/renderer/src/main.tsx')
const APP_MODULE = resolve(__dirname, 'src/renderer/src/mount-app.tsx')

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null }

/** Every module `from` imports statically, itself included. */
function staticClosure(from: string, graph: ModuleGraph): Set<string> {
  const seen = new Set<string>()
  const queue = [from]
  while (queue.length > 0) {
    const id = queue.pop()!
    if (seen.has(id)) continue
    seen.add(id)
    queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []))
  }
  return seen
}

/**
 * Two chunks before the first screen: the first script with what it imports, and the app with
 * everything else it imports statically. Without these groups, the modules the app shares with
 * screens loaded on demand become small chunks of their own, each one more request before the
 * first screen (the first script's own modules are named first, so the app's group cannot take them).
 */
function firstScreenChunks(): Array<{ name: (id: string, context: ModuleGraph) => string | null; priority: number }> {
  let groups: { start: Set<string>; app: Set<string> } | undefined
  const groupsOf = (context: ModuleGraph) => {
    if (!groups) {
      const start = staticClosure(RENDERER_ENTRY, context)
      groups = { start, app: new Set([...staticClosure(APP_MODULE, context)].filter((module) => !start.has(module))) }
    }
    return groups
  }
  return [
    { name: (id, context) => (groupsOf(context).start.has(id) ? 'index' : null), priority: 2 },
    { name: (id, context) => (groupsOf(context).app.has(id) ? 'mount-app' : null), priority: 1 }
  ]
}

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
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
        output: { codeSplitting: { groups: firstScreenChunks() } }
      }
    },
    plugins: [react(), relaxCspForDevServer(), preloadApp(), compileFirstScreenEagerly()]
  }
})
