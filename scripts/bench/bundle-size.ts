// The renderer's JavaScript as built in out/renderer: what the first screen loads (the entry
// script, its static imports and modulepreloads) and what loads on demand, raw and gzipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { BenchRow } from './results'

export interface ChunkSize {
  file: string
  rawBytes: number
  gzipBytes: number
  firstScreen: boolean
}

/** Chunks a module imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']\.\/([\w.-]+\.js)["']/g)].map((match) => match[1]!)
}

export function rendererChunks(rendererDir: string): ChunkSize[] {
  const assets = join(rendererDir, 'assets')
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  const entry = [...html.matchAll(/(?:src|href)="\.\/assets\/([\w.-]+\.js)"/g)].map((match) => match[1]!)
  const firstScreen = new Set<string>()
  const queue = [...entry]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (firstScreen.has(file) || !existsSync(join(assets, file))) continue
    firstScreen.add(file)
    queue.push(...staticImports(readFileSync(join(assets, file), 'utf8')))
  }
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const code = readFileSync(join(assets, file))
      return { file, rawBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, firstScreen: firstScreen.has(file) }
    })
    .sort((a, b) => Number(b.firstScreen) - Number(a.firstScreen) || b.rawBytes - a.rawBytes)
}

/** True when a chunk carries the rich-text editor (ProseMirror's view names its root class). */
function containsEditor(rendererDir: string, chunk: ChunkSize): boolean {
  return readFileSync(join(rendererDir, 'assets', chunk.file), 'utf8').includes('ProseMirror')
}

export function benchBundle(rendererDir: string): { rows: BenchRow[]; chunks: ChunkSize[] } {
  const chunks = rendererChunks(rendererDir)
  const first = chunks.filter((chunk) => chunk.firstScreen)
  const lazy = chunks.filter((chunk) => !chunk.firstScreen)
  const kB = (bytes: number) => bytes / 1024
  const sum = (list: ChunkSize[], key: 'rawBytes' | 'gzipBytes') => list.reduce((total, chunk) => total + chunk[key], 0)
  const editorUpFront = first.some((chunk) => containsEditor(rendererDir, chunk))
  const list = (items: ChunkSize[]) => items.map((chunk) => chunk.file.replace(/-[\w]{8}\.js$/, '')).join(', ')
  return {
    chunks,
    rows: [
      { section: 'bundle', name: `First screen JS, raw (${first.length} files: ${list(first)})`, unit: 'kB', value: kB(sum(first, 'rawBytes')), budget: 'editor not in the first screen', met: !editorUpFront },
      { section: 'bundle', name: 'First screen JS, gzip', unit: 'kB', value: kB(sum(first, 'gzipBytes')), budget: 'none in PRODUCT.md', met: null },
      { section: 'bundle', name: `Loaded on demand JS, raw (${lazy.length} files: ${list(lazy)})`, unit: 'kB', value: kB(sum(lazy, 'rawBytes')), budget: 'none in PRODUCT.md', met: null },
      { section: 'bundle', name: 'Loaded on demand JS, gzip', unit: 'kB', value: kB(sum(lazy, 'gzipBytes')), budget: 'none in PRODUCT.md', met: null }
    ]
  }
}
