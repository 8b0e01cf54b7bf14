// @vitest-environment jsdom
// Site owners' words: the `messages` option and language packs, through mount().
import { fireEvent, within } from '@testing-library/preact'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { mount } from '../../src/embed/mount'
import { messagesFor, type LocalePack } from '../../src/i18n/messages'
import { flatten } from '../../src/i18n/wording'

const en = messagesFor('en')
let warn: ReturnType<typeof vi.spyOn>

beforeEach(() => {
  document.body.innerHTML = '<div id="quiz"></div><div id="other"></div>'
  localStorage.clear()
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => vi.restoreAllMocks())

const widget = (id = 'quiz') => within(document.getElementById(id)!.shadowRoot!.querySelector('.root') as HTMLElement)
const root = (id = 'quiz') => document.getElementById(id)!.shadowRoot!.querySelector('.root')!
const warnings = () => warn.mock.calls.map((call: unknown[]) => String(call[0]))

test('messages rewords any string by key, nested or dotted, and leaves the rest', async () => {
  // Nested groups work too, though the types describe the dotted keys.
  mount('#quiz', { messages: { 'intro.heading': 'Find the role for you', intro: { start: 'Begin' } } as never })
  await widget().findByRole('heading', { name: 'Find the role for you' })
  widget().getByRole('button', { name: 'Begin' })
  widget().getByText(en.intro.privacy)
  expect(warnings()).toEqual([])
})

test('data-messages takes JSON, and wording for another language is left for that language', async () => {
  let host = document.getElementById('quiz')!
  host.dataset.messages = JSON.stringify({ en: { 'intro.heading': 'Hello' }, fr: { 'intro.heading': 'Bonjour' } })
  host.dataset.locale = 'fr'
  mount(host)
  await widget().findByRole('heading', { name: 'Bonjour' })
  expect(root().getAttribute('lang')).toBe('fr')
})

test('two widgets with the same language keep their own wording, and English stays as it is', async () => {
  document.body.insertAdjacentHTML('beforeend', '<div id="plain"></div>')
  mount('#quiz', { messages: { 'common.next': 'Next one' } })
  mount('#other', { messages: { 'common.next': 'Next two' } })
  mount('#plain')
  for (let [id, next] of [['quiz', 'Next one'], ['other', 'Next two'], ['plain', en.common.next]] as const) {
    fireEvent.click(await widget(id).findByRole('button', { name: en.intro.start }))
    await widget(id).findByRole('button', { name: next })
  }
})

test('unknown keys give one warning naming them all', async () => {
  mount('#quiz', { messages: { 'intro.title': 'x', 'intro.heading': 'Kept', results: { bands: { great: 'y' } } } as never })
  await widget().findByRole('heading', { name: 'Kept' })
  expect(warnings()).toEqual([expect.stringMatching(/messages has unknown keys intro\.title, results\.bands\.great;/)])
})

test('a text with a missing or unknown placeholder keeps the default text, with a warning naming its key', async () => {
  mount('#quiz', { messages: { 'question.progress': 'Step {n}', 'intro.length': '{count} questions in {mins} minutes', 'intro.start': 'Go' } })
  await widget().findByRole('button', { name: 'Go' })
  expect(warnings()).toHaveLength(2)
  expect(warnings()[0]).toMatch(/"question\.progress" must be text with the placeholders \{n\}, \{total\}; using the default text/)
  expect(warnings()[1]).toMatch(/"intro\.length" must be text with the placeholders \{count\}, \{minutes\}/)
  widget().getByText(en.intro.length.replace('{count}', '18').replace('{minutes}', '3'), { exact: false })
})

const arabic = {
  locale: 'ar',
  dir: 'rtl',
  numbers: 'ar-EG',
  messages: { intro: { heading: 'ما الدور الإداري الذي يناسبك؟', start: 'ابدأ الاختبار' } },
  data: { roles: { 'product-manager': { title: 'مدير المنتج' } } }
} satisfies LocalePack

test('a pack object gives a language we do not ship: its strings, direction and numbers, English for the rest with one warning', async () => {
  mount('#quiz', { locale: 'ar', localePack: arabic })
  await widget().findByRole('heading', { name: arabic.messages.intro.heading })
  expect(root().getAttribute('dir')).toBe('rtl')
  expect(root().getAttribute('lang')).toBe('ar')
  widget().getByText(en.intro.privacy)
  let missing = Object.keys(flatten(en)).filter(key => !['intro.heading', 'intro.start'].includes(key))
  expect(warnings()).toEqual([`Career Fit: the "ar" pack has no text for ${missing.join(', ')}; showing English there.`])
})

test('a pack with every string gives no warning', async () => {
  let full = { locale: 'pt', messages: JSON.parse(JSON.stringify(en).replaceAll('"Next"', '"Seguinte"')) }
  mount('#quiz', { locale: 'pt', localePack: full })
  await widget().findByRole('heading', { name: en.intro.heading })
  expect(warnings()).toEqual([])
})

test('without career-fit.wording.js the widget keeps its own wording, with one warning', async () => {
  // The script-tag build, on a page where the widget's own script URL is unknown: the file can't load.
  vi.resetModules()
  vi.stubEnv('CAREER_FIT_IIFE', 'true')
  let fresh = await import('../../src/embed/mount')
  fresh.mount('#quiz', { messages: { 'intro.heading': 'Mine' } })
  await widget().findByRole('heading', { name: en.intro.heading })
  expect(warnings()).toEqual([expect.stringMatching(/^Career Fit: messages not checked \(.*\); not used\.$/)])
  vi.unstubAllEnvs()
})
