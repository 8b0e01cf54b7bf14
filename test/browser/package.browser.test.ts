// The npm package as a site owner gets it: `npm pack`, the tarball installed into a
// throwaway Vite app in a temporary folder, type-checked, built, served and run in Chromium.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { es } from '../../src/i18n/es-pack'
import { messagesFor } from '../../src/i18n/messages'
import { buildApp, createApp, pack, packageField, serveApp, typecheck, workspace, type Packed } from '../package/throwaway-app'
import { launch, open } from './harness'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const en = messagesFor('en')
const space = workspace()
let packed: Packed
let browser: Browser | undefined
let server: Awaited<ReturnType<typeof serveApp>> | undefined

beforeAll(async () => {
  packed = await pack(space.dir)
  await createApp(space.app, join(space.dir, packed.filename))
  await buildApp(space.app)
  ;[browser, server] = await Promise.all([launch(), serveApp(space.app)])
}, 120_000)

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()])
  space.remove()
})

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [relative(ROOT, join(dir, entry.name))])

test('the tarball holds the built dist/, the license, readme and changelog, and nothing else', () => {
  let expected = [...walk(join(ROOT, 'dist')), 'CHANGELOG.md', 'LICENSE', 'README.md', 'package.json']
  expect(packed.files.map(file => file.path).sort()).toEqual(expected.sort())
  expect(packed.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version)
})

test('every file the ES module loads is in the tarball and reachable through the package\'s exports', () => {
  let files = new Set(packed.files.map(file => file.path))
  let loaded = new Set<string>()
  let visit = (file: string): void => {
    for (let [, name] of readFileSync(join(ROOT, 'dist', file), 'utf8').matchAll(/(?:from|import\()\s*["'`]\.\/([^"'`]+)["'`]/g)) {
      if (loaded.has(name!)) continue
      loaded.add(name!)
      visit(name!)
    }
  }
  visit('career-fit.mjs')
  expect(loaded.size, 'the ES module imports no chunk: has the build stopped splitting?').toBeGreaterThanOrEqual(3)
  let specifiers = ['career-fit', 'career-fit/engine', 'career-fit/career-fit.js', 'career-fit/career-fit.es.js',
    'career-fit/career-fit.data.js', 'career-fit/career-fit.popup.js', ...[...loaded].map(name => `career-fit/${name}`)]
  let script = `console.log(JSON.stringify(${JSON.stringify(specifiers)}.map(s => import.meta.resolve(s))))`
  let resolved = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: space.app, encoding: 'utf8' })) as string[]
  let inPackage = resolved.map(url => relative(join(space.app, 'node_modules/career-fit'), fileURLToPath(url)))
  expect(inPackage).toEqual(['dist/career-fit.mjs', 'dist/engine.mjs', 'dist/career-fit.js', 'dist/career-fit.es.js',
    'dist/career-fit.data.js', 'dist/career-fit.popup.js', ...[...loaded].map(name => `dist/${name}`)])
  for (let path of inPackage) expect(files, path).toContain(path)
})

test('the package\'s types check in an app without React or Vue, and type <career-fit-quiz> in React, Preact and Vue JSX', async () => {
  await typecheck(space.app)
  await typecheck(space.app, true)
}, 30_000)

test('a Vite app importing mount from the tarball runs the quiz, Spanish chunk included', async () => {
  let { page, context, record } = await open(browser!, server!.url, '/')
  await expect.poll(() => page.locator('#version').textContent()).toBe(packed.version)
  let quiz = page.locator('#quiz')
  await quiz.getByRole('button', { name: en.intro.start }).click()
  await quiz.getByText('Question 1 of 18', { exact: true }).first().waitFor()
  await quiz.getByRole('radio').first().check()
  await quiz.getByRole('button', { name: en.common.next }).click()
  await quiz.getByText('Question 2 of 18', { exact: true }).first().waitFor()
  await page.locator('#quiz-es').getByRole('heading', { name: es.messages.intro.heading }).waitFor()
  expect(record.errors).toEqual([])
  await context.close()
})

test('the file npm CDNs serve at the package\'s root URL is the script tag, its on-demand files beside it', async () => {
  expect(packageField(join(space.app, 'node_modules/career-fit'), 'unpkg')).toBe('dist/career-fit.js')
  let { page, context, record } = await open(browser!, server!.url, '/cdn.html')
  await page.getByRole('heading', { name: es.messages.intro.heading }).waitFor()
  expect(await page.evaluate(() => window.CareerFit?.version)).toBe(packed.version)
  expect(record.errors).toEqual([])
  await context.close()
})
