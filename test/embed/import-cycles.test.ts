// A newcomer reads src/ top-down: no module may reach itself through its imports,
// type-only imports included (#11).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const SRC = fileURLToPath(new URL('../../src', import.meta.url))

const files = (folder: string): string[] =>
  readdirSync(folder).flatMap(name => {
    let path = join(folder, name)
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : []
  })

// The source files a module imports or re-exports, by relative path (packages and JSON aside).
function importsOf(file: string): string[] {
  // `import … from`, `import type … from`, `export … from` and `import()`; TypeScript 7 has no JS API to ask.
  let names = [...readFileSync(file, 'utf8').matchAll(/\b(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map(match => match[1]!)
  return names
    .flatMap(name => ['.ts', '.tsx', '/index.ts'].map(ending => join(dirname(file), name + ending)))
    .filter(path => { try { return statSync(path).isFile() } catch { return false } })
}

/** Every cycle found by a depth-first walk, each as the chain of files that closes it. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let found: string[][] = []
  let done = new Set<string>()
  let walk = (file: string, chain: string[]) => {
    if (chain.includes(file)) return void found.push([...chain.slice(chain.indexOf(file)), file])
    if (done.has(file)) return
    for (let next of graph.get(file) ?? []) walk(next, [...chain, file])
    done.add(file)
  }
  for (let file of graph.keys()) walk(file, [])
  return found
}

test('the cycle finder finds a cycle through type imports', () => {
  let graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]])
  expect(cycles(graph)).toEqual([['a', 'b', 'c', 'a']])
})

test('no module in src/ imports itself, directly or through others', () => {
  let graph = new Map(files(SRC).map(file => [file, importsOf(file)]))
  expect(graph.size).toBeGreaterThan(50)
  expect([...graph.values()].flat().length).toBeGreaterThan(150)
  expect(cycles(graph).map(cycle => cycle.map(file => relative(SRC, file)).join(' → '))).toEqual([])
})
