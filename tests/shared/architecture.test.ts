// The shape to keep: the renderer and the shared contract never import electron or Node; the
// data core and the browser host never import electron.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|mts)$/.test(name) ? [path] : []
  })
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)]
  return specifiers.map((match) => match[1] ?? match[2] ?? match[3] ?? match[4] ?? '')
}

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || nodeBuiltins.has(specifier.split('/')[0]!)
const isElectron = (specifier: string) => specifier === 'electron' || specifier.startsWith('electron/') || specifier === 'electron-store'

function offenders(folder: string, forbidden: (specifier: string) => boolean): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map((specifier) => `${relative(process.cwd(), file)} imports ${specifier}`)
  )
}

describe('architecture', () => {
  it('src/renderer imports neither electron nor Node built-ins nor main-process code', () => {
    expect(sourceFiles('src/renderer').length).toBeGreaterThan(5)
    expect(offenders('src/renderer', (s) => isElectron(s) || isNodeBuiltin(s) || s.includes('/main/') || s === 'better-sqlite3')).toEqual([])
  })

  it('src/shared imports neither electron, Node, React nor either side', () => {
    expect(offenders('src/shared', (s) => isElectron(s) || isNodeBuiltin(s) || s === 'react' || s.includes('/main/') || s.includes('/renderer/'))).toEqual([])
  })

  it('the data core and the browser host never import electron', () => {
    expect(sourceFiles('src/main/core').length).toBeGreaterThan(5)
    expect(offenders('src/main/core', isElectron)).toEqual([])
    expect(offenders('src/main/host', isElectron)).toEqual([])
  })

  it('the preload only imports electron and the dependency-free method list', () => {
    expect(offenders('src/preload', (s) => s !== 'electron' && !s.endsWith('shared/api-methods') && !s.endsWith('shared/bridge'))).toEqual([])
  })
})
