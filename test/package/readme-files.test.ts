import { readdirSync, readFileSync, statSync } from 'node:fs'
import { expect, test } from 'vitest'

// The README's table of what `npm run build` writes is the self-hoster's upload list:
// every file in dist/ has its row, and every row names files that exist.
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const table = README.split('`npm run build` writes:')[1]!.split('\n\n')[1]!
const rows = [...table.matchAll(/^\| `(dist\/[^`]+)` \|/gm)].map(([, name]) => name!)
const DIST = new URL('../../dist/', import.meta.url)
const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter(path => statSync(new URL(path, DIST)).isFile())
  .map(path => `dist/${path}`)

// `dist/og/<role>.png` stands for any name in its place; `dist/types/` for the whole folder.
const pattern = (row: string): RegExp =>
  new RegExp('^' + row.split(/<\w+>/).map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\w-]+') + (row.endsWith('/') ? '' : '$'))

test('the README lists every file the build writes', () => {
  let unlisted = files.filter(file => !rows.some(row => pattern(row).test(file)))
  expect(unlisted).toEqual([])
})

test('every file the README lists is written by the build', () => {
  expect(rows.length).toBeGreaterThan(5)
  let missing = rows.filter(row => !files.some(file => pattern(row).test(file)))
  expect(missing).toEqual([])
})
