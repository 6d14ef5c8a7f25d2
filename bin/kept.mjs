#!/usr/bin/env node
// `kept` / `npx kept`: runs the TypeScript command line through tsx, on Node's own
// better-sqlite3 build (the Electron build is only for the app).
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { register } from 'tsx/esm/api'

// The tsconfig beside this package, whatever the working folder: it maps @shared/… to src/shared.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })
await import(pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main', 'cli', 'main.ts')).href)
