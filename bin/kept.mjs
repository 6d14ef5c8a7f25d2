#!/usr/bin/env node
// `kept` / `npx kept`: runs the TypeScript command line through tsx, on Node's own
// better-sqlite3 build (the Electron build is only for the app).
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { register } from 'tsx/esm/api'

register()
await import(pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main', 'cli', 'main.ts')).href)
