// @vitest-environment jsdom
import { within } from '@testing-library/preact'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { start } from '../../src/embed/mount'
import { kebab } from '../../src/embed/options'
import { defaultData } from '../../src/engine'
import { encodeAnswers } from '../../src/share/codec'
import { memoryStorage, testEnvironment } from '../environment'

// A widget reaches the page only through its environment: these run on a fake one,
// while jsdom's own location, storage and console must stay untouched.
const answers = Object.fromEntries(defaultData.questions.map(q => [q.id, q.options[0]!.id]))
const code = encodeAnswers(answers, defaultData.questions)
const PAGE = 'https://host.example/careers'

let console_: ReturnType<typeof vi.spyOn>[]
beforeEach(() => {
  document.body.innerHTML = '<div id="quiz"></div>'
  localStorage.clear()
  console_ = [vi.spyOn(console, 'warn'), vi.spyOn(console, 'error')]
})
afterEach(() => {
  for (let spy of console_) expect(spy).not.toHaveBeenCalled()
  vi.restoreAllMocks()
})

const host = () => document.getElementById('quiz')!
const ui = () => within(host().shadowRoot! as unknown as HTMLElement)

test('reads a shared link from the environment and clears it there, keeping the rest of the fragment', async () => {
  let environment = testEnvironment({ href: `${PAGE}#top&career-fit=${code}` })
  let widget = start(host(), {}, kebab, environment)
  ;(await ui().findByRole('button', { name: 'Take the quiz yourself' })).click()
  await ui().findByRole('button', { name: 'Start the quiz' })
  expect(environment.location.href).toBe(`${PAGE}#top`)
  expect(location.hash).toBe('')
  widget.destroy()
})

test('keeps progress in the environment\'s storage', async () => {
  let storage = memoryStorage()
  let widget = start(host(), { storageKey: 'side' }, kebab, testEnvironment({ storage }))
  ;(await ui().findByRole('button', { name: 'Start the quiz' })).click()
  ;(await ui().findAllByRole('radio'))[0]!.click()
  await vi.waitFor(() => expect([...storage.items].join()).toMatch(new RegExp(`^career-fit:side:\\w+,.*${defaultData.questions[0]!.id}`)))
  expect(localStorage.length).toBe(0)
  widget.destroy()
})

test('sends warnings and invalid-data errors to the environment', async () => {
  let environment = testEnvironment()
  let widget = start(host(), { theme: 'neon', data: '{"roles": []}' }, kebab, environment)
  expect(environment.warnings).toEqual([expect.stringMatching(/^Career Fit: theme="neon" is not valid/)])
  await vi.waitFor(() => expect(environment.errors).toEqual([expect.stringContaining('data.roles')]))
  widget.destroy()
})

test('fetches custom data through the environment, resolving URLs against its page', async () => {
  let fetch = vi.fn((_url: string) => Promise.resolve(new Response(JSON.stringify({ questions: defaultData.questions.slice(0, 3) }), { status: 200 })))
  let widget = start(host(), { questions: '/quiz.json' }, kebab, testEnvironment({ href: PAGE, fetch }))
  await ui().findByText(/3 questions/)
  expect(fetch).toHaveBeenCalledWith('https://host.example/quiz.json')
  widget.destroy()
})

test('times out custom data on the environment\'s timer, and drops the timer once the data comes', async () => {
  let environment = testEnvironment({ href: PAGE, fetch: () => new Promise(() => {}) })
  let widget = start(host(), { questions: '/never.json', loadTimeout: 3 }, kebab, environment)
  await vi.waitFor(() => expect(environment.timers.map(timer => timer.ms)).toEqual([3000]))
  expect(ui().queryByRole('button', { name: 'Start the quiz' })).toBeNull()
  environment.timers[0]!.run()
  expect(await ui().findByText(/questions could not be loaded from https:\/\/host\.example\/never\.json: no answer within 3 s/)).toBeTruthy()
  expect(environment.timers).toEqual([])
  widget.destroy()

  let answered = testEnvironment({ href: PAGE, fetch: () => Promise.resolve(new Response(JSON.stringify({ questions: defaultData.questions.slice(0, 3) }))) })
  let second = start(host(), { questions: '/quiz.json' }, kebab, answered)
  await ui().findByText(/3 questions/)
  expect(answered.timers).toEqual([])
  second.destroy()
})

test('sends a language pack\'s warnings to the environment', async () => {
  let environment = testEnvironment()
  let pack = { dir: 'rtl' as const, messages: { intro: { start: 'ابدأ الاختبار' } } }
  let widget = start(host(), { locale: 'ar', localePack: pack }, kebab, environment)
  expect(await ui().findByRole('button', { name: 'ابدأ الاختبار' })).toBeTruthy()
  expect(environment.warnings).toEqual([expect.stringMatching(/^Career Fit: the "ar" pack has no text for /)])
  widget.destroy()
})
