// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import type { DataSource } from '../../src/embed/custom-data'
import { testEnvironment } from '../environment'

// Fresh modules per test: nothing loaded, no checker on the page.
type Modules = typeof import('../../src/embed/load-data') & typeof import('../../src/embed/add-on')
let m: Modules

beforeEach(async () => {
  vi.resetModules()
  globalThis.CareerFitCustomData = undefined
  document.head.innerHTML = ''
  m = { ...(await import('../../src/embed/load-data')), ...(await import('../../src/embed/add-on')) }
})
afterEach(() => {
  vi.unstubAllEnvs()
  globalThis.CareerFitCustomData = undefined
})

const { defaultData } = await import('../../src/engine/data')
const customRoles: DataSource[] = [{ key: 'roles', value: defaultData.roles.slice(0, 2) }]
const badRoles: DataSource[] = [{ key: 'roles', value: [{ id: 'only-one' }] }]
const environment = testEnvironment()
const added = () => [...document.head.querySelectorAll('script')]

function asScriptTag() {
  vi.stubEnv('CAREER_FIT_IIFE', 'true')
  m.locateAddOns(Object.assign(document.createElement('script'), { src: 'https://cdn.example/v1/career-fit.js', nonce: 'n0nce' }))
}

test('the default data needs nothing loaded', async () => {
  expect(await m.loadData([], environment)).toEqual({ ok: true, value: defaultData })
  expect(added()).toHaveLength(0)
})

test('custom data is checked by the on-demand checker', async () => {
  let loaded = await m.loadData(customRoles, environment)
  expect(loaded.ok && loaded.value.roles.map(role => role.id)).toEqual(defaultData.roles.slice(0, 2).map(role => role.id))
  let bad = await m.loadData(badRoles, environment)
  expect(bad.ok).toBe(false)
  expect(!bad.ok && bad.errors.join('\n')).toBe('data.roles must have at least 2 items')
})

test('the script-tag build adds career-fit.data.js next to its own file, once, with its nonce', async () => {
  asScriptTag()
  let first = m.loadData(customRoles, environment)
  let second = m.loadData(badRoles, environment)
  await vi.waitFor(() => expect(added()).toHaveLength(1))
  let [script] = added()
  expect(script!.src).toBe('https://cdn.example/v1/career-fit.data.js')
  expect(script!.nonce).toBe('n0nce')
  // What the file does when it runs, then the browser's load event.
  globalThis.CareerFitCustomData = await import('../../src/embed/custom-data')
  script!.dispatchEvent(new Event('load'))
  expect((await first).ok).toBe(true)
  expect((await second).ok).toBe(false)
  expect(added()).toHaveLength(1)
})

test('a checker already on the page (career-fit.data.js included first) is used without a request', async () => {
  asScriptTag()
  globalThis.CareerFitCustomData = await import('../../src/embed/custom-data')
  expect((await m.loadData(customRoles, environment)).ok).toBe(true)
  expect(added()).toHaveLength(0)
})

test('when career-fit.data.js is missing, the widget says so instead of using unchecked data', async () => {
  asScriptTag()
  let loading = m.loadData([...customRoles, { key: 'questions', error: 'data-questions is not valid JSON: Unexpected token' }], environment)
  await vi.waitFor(() => expect(added()).toHaveLength(1))
  added()[0]!.dispatchEvent(new Event('error'))
  let result = await loading
  expect(result.ok).toBe(false)
  expect(!result.ok && result.errors).toEqual([
    expect.stringMatching(/career-fit\.data\.js.*https:\/\/cdn\.example\/v1\/career-fit\.data\.js could not be loaded/),
    'data-questions is not valid JSON: Unexpected token'
  ])
})
