// @vitest-environment jsdom
import { within } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { mount } from '../../src/embed/mount'

let warn: ReturnType<typeof vi.spyOn>
let error: ReturnType<typeof vi.spyOn>

beforeEach(() => {
  document.body.innerHTML = '<main><p>Article</p><div id="quiz" class="slot" data-note="kept"></div></main>'
  localStorage.clear()
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  error = vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

const host = () => document.getElementById('quiz')!

test('a selector that matches nothing throws an Error naming it', () => {
  expect(() => mount('#nowhere')).toThrow(/#nowhere/)
  expect(() => mount('#nowhere')).toThrow(Error)
})

test('mounts into an open shadow root, by selector or element', () => {
  let widget = mount('#quiz')
  expect(widget.element).toBe(host())
  expect(host().shadowRoot?.querySelector('.root[part="root"]')).not.toBeNull()
  widget.destroy()
  mount(host()).destroy()
})

test('destroy leaves the host and the page as they were found', () => {
  let before = document.body.innerHTML
  let widget = mount('#quiz', { theme: 'dark', accent: '#0a7d5a', nonce: 'n0nce' })
  expect(host().shadowRoot!.childNodes.length).toBeGreaterThan(0)
  widget.destroy()
  expect(document.body.innerHTML).toBe(before)
  // Only a slot, which shows the host's own children again.
  expect([...host().shadowRoot!.childNodes].map(node => node.nodeName)).toEqual(['SLOT'])
  expect(document.head.querySelectorAll('style')).toHaveLength(0)
})

test('a destroyed host can be mounted again, reusing its shadow root', () => {
  mount('#quiz').destroy()
  let shadow = host().shadowRoot
  let widget = mount('#quiz')
  expect(host().shadowRoot).toBe(shadow)
  expect(shadow!.querySelectorAll('.root')).toHaveLength(1)
  expect(shadow!.querySelector('slot')).toBeNull()
  widget.destroy()
})

test('mounting a host again replaces its widget instead of adding a second', () => {
  mount('#quiz')
  let widget = mount('#quiz', { locale: 'es' })
  expect(host().shadowRoot!.querySelectorAll('.root')).toHaveLength(1)
  expect(host().shadowRoot!.querySelector('.root')!.getAttribute('lang')).toBe('es')
  widget.destroy()
})

test('styles go into a <style> with the nonce where constructable stylesheets are missing', () => {
  let widget = mount('#quiz', { nonce: 'abc' })
  let style = host().shadowRoot!.querySelector('style')!
  expect(style.nonce).toBe('abc')
  expect(style.textContent).toContain('--career-fit-accent')
  widget.destroy()
})

test('events are dispatched on the host, bubbling and composed', async () => {
  let events: Event[] = []
  document.addEventListener('careerfit:ready', event => events.push(event))
  let widget = mount('#quiz')
  expect(events).toHaveLength(1)
  let [ready] = events as CustomEvent[]
  expect(ready!.target).toBe(host())
  expect(ready!.bubbles).toBe(true)
  expect(ready!.composed).toBe(true)
  expect(ready!.detail.version).toMatch(/^\d+\.\d+\.\d+/)
  widget.destroy()
})

test('options come from data attributes, and mount() options win', () => {
  host().dataset.locale = 'es'
  host().dataset.theme = 'dark'
  let widget = mount('#quiz', { theme: 'auto' })
  let root = host().shadowRoot!.querySelector('.root')!
  expect(root.getAttribute('lang')).toBe('es')
  expect(root.getAttribute('data-theme')).toBe('auto')
  widget.destroy()
})

test('an invalid option warns once and the widget still renders', () => {
  host().dataset.theme = 'neon'
  let widget = mount('#quiz')
  expect(warn).toHaveBeenCalledTimes(1)
  expect(warn.mock.calls[0]![0]).toMatch(/data-theme="neon".*"light"/)
  expect(host().shadowRoot!.querySelector('.root')!.childNodes.length).toBeGreaterThan(0)
  widget.destroy()
})

test('an unknown locale falls back to English with one warning', () => {
  // @ts-expect-error: the types take only built-in languages without a pack; JavaScript may pass anything
  let widget = mount('#quiz', { locale: 'pt' })
  expect(warn).toHaveBeenCalledTimes(1)
  expect(warn.mock.calls[0]![0]).toMatch(/locale="pt".*"en"/)
  expect(host().shadowRoot!.querySelector('.root')!.getAttribute('lang')).toBe('en')
  widget.destroy()
})

test('invalid custom data shows the validator messages in the widget and the console', async () => {
  let widget = mount('#quiz', { data: '{"roles": [{"id": "only-one"}]}' })
  let alert = () => host().shadowRoot!.querySelector('[role="alert"]')?.textContent
  await expect.poll(alert).toContain('data.roles')
  expect(error).toHaveBeenCalledTimes(1)
  expect(String(error.mock.calls[0]![0])).toContain('data.roles')
  widget.destroy()
})

test('roles naming fewer than 2 known roles warn and keep all roles', () => {
  let widget = mount('#quiz', { roles: 'product-manager, astronaut' })
  expect(warn).toHaveBeenCalledTimes(1)
  expect(warn.mock.calls[0]![0]).toMatch(/roles="product-manager,astronaut".*all roles/)
  widget.destroy()
})

test('step and complete events carry their details, and onComplete gets the same', async () => {
  let { fireEvent, waitFor, within } = await import('@testing-library/preact')
  let { defaultData } = await import('../../src/engine/data')
  let steps: CustomEvent[] = []
  let completes: CustomEvent[] = []
  let onComplete = vi.fn()
  document.addEventListener('careerfit:step', event => steps.push(event))
  document.addEventListener('careerfit:complete', event => completes.push(event))
  let widget = mount('#quiz', { shareBase: 'https://host.example/quiz', onComplete })
  let ui = within(host().shadowRoot! as unknown as HTMLElement)
  fireEvent.click(await ui.findByRole('button', { name: 'Start the quiz' }))
  await waitFor(() => expect(steps).toHaveLength(1))
  expect(steps[0]!.detail).toEqual({ step: 1, questionId: defaultData.questions[0]!.id })
  expect(steps[0]!.composed && steps[0]!.bubbles).toBe(true)
  for (let [i, question] of defaultData.questions.entries()) {
    await waitFor(() => expect(steps).toHaveLength(i + 1))
    await ui.findByRole('heading', { name: question.text })
    let option = question.options[i % question.options.length]!
    fireEvent.click(await ui.findByRole('radio', { name: option.label }))
    fireEvent.click(ui.getByRole('button', { name: 'Next' }))
  }
  expect(steps.map(event => event.detail.step)).toEqual(defaultData.questions.map((_, i) => i + 1))
  fireEvent.click(await ui.findByRole('button', { name: 'See my results' }))
  await waitFor(() => expect(completes).toHaveLength(1))
  let detail = completes[0]!.detail
  expect(Object.keys(detail).sort()).toEqual(['answers', 'ranking', 'shareUrl'])
  expect(detail.ranking).toHaveLength(defaultData.roles.length)
  for (let role of detail.ranking) expect(Object.keys(role).sort()).toEqual(['id', 'match', 'title'])
  expect(Object.keys(detail.answers)).toHaveLength(defaultData.questions.length)
  expect(detail.shareUrl).toMatch(/^https:\/\/host\.example\/quiz#career-fit=\w+/)
  expect(onComplete).toHaveBeenCalledWith(detail)
  widget.destroy()
})

test('reset() forgets the answers and returns to the intro', async () => {
  let { fireEvent, within } = await import('@testing-library/preact')
  let widget = mount('#quiz', { storageKey: 'reset-test' })
  let ui = within(host().shadowRoot! as unknown as HTMLElement)
  fireEvent.click(await ui.findByRole('button', { name: 'Start the quiz' }))
  fireEvent.click((await ui.findAllByRole('radio'))[1]!)
  let keys = Object.keys(localStorage)
  expect(keys).toEqual([expect.stringMatching(/^career-fit:reset-test:\w+$/)])
  expect(localStorage.getItem(keys[0]!)).toContain('work-with')
  widget.reset()
  await ui.findByRole('button', { name: 'Start the quiz' })
  expect(Object.keys(localStorage)).toEqual([])
  widget.destroy()
})

test('custom roles given inline replace the defaults after validation', async () => {
  let { findAllByRole } = await import('@testing-library/preact')
  let { defaultData } = await import('../../src/engine/data')
  let roles = defaultData.roles.slice(0, 3)
  let ready = vi.fn()
  host().addEventListener('careerfit:ready', ready)
  let widget = mount('#quiz', { roles: JSON.stringify(roles) })
  // Custom data waits for its checker (career-fit.data.js), with the root busy meanwhile.
  expect(host().shadowRoot!.querySelector('.root')!.getAttribute('aria-busy')).toBe('true')
  await expect.poll(() => ready.mock.calls.length).toBe(1)
  expect(await findAllByRole(host().shadowRoot! as unknown as HTMLElement, 'button')).not.toHaveLength(0)
  expect(host().shadowRoot!.textContent).toContain('with 3 management roles')
  widget.destroy()
})

test('custom questions from a same-origin URL are fetched, and the root is busy until then', async () => {
  let { defaultData } = await import('../../src/engine/data')
  let questions = defaultData.questions.slice(0, 4)
  let fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify({ questions })))
  let ready = new Promise(resolve => host().addEventListener('careerfit:ready', resolve))
  let widget = mount('#quiz', { questions: '/quiz/questions.json' })
  let root = host().shadowRoot!.querySelector('.root')!
  expect(root.getAttribute('aria-busy')).toBe('true')
  await ready
  expect(fetch.mock.calls[0]![0]).toBe(new URL('/quiz/questions.json', location.href).href)
  expect(root.hasAttribute('aria-busy')).toBe(false)
  expect(root.textContent).toContain('4 questions')
  widget.destroy()
})

test('a failed fetch shows the error in the widget', async () => {
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('nope', { status: 404 }))
  let widget = mount('#quiz', { data: './missing.json' })
  let { findByRole } = await import('@testing-library/preact')
  let alert = await findByRole(host().shadowRoot! as unknown as HTMLElement, 'alert')
  expect(alert.textContent).toContain('HTTP 404')
  expect(error).toHaveBeenCalledTimes(1)
  widget.destroy()
})

describe('languages that load on demand', () => {
  // Fresh modules, so Spanish is not loaded yet.
  let fresh = async () => {
    vi.resetModules()
    let { mount } = await import('../../src/embed/mount')
    let { messagesFor } = await import('../../src/i18n/messages')
    return { mount, en: messagesFor('en'), es: (await import('../../src/i18n/es-pack')).es.messages }
  }
  let ui = () => within(host().shadowRoot! as unknown as HTMLElement)
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  test('a Spanish widget is busy and empty until its strings load, then speaks Spanish', async () => {
    let { mount, es } = await fresh()
    let ready = new Promise(resolve => host().addEventListener('careerfit:ready', resolve))
    let widget = mount('#quiz', { locale: 'es' })
    let root = host().shadowRoot!.querySelector('.root')!
    expect(root.getAttribute('aria-busy')).toBe('true')
    expect(root.textContent).toBe('')
    await ready
    expect(root.hasAttribute('aria-busy')).toBe(false)
    expect(root.getAttribute('lang')).toBe('es')
    expect(ui().getByRole('heading', { name: es.intro.heading })).toBeTruthy()
    expect(ui().getByRole('button', { name: es.intro.start })).toBeTruthy()
    widget.destroy()
  })

  test('invalid custom data is reported in Spanish once the strings load', async () => {
    let { mount, es } = await fresh()
    let widget = mount('#quiz', { locale: 'es', data: '{"roles": [{"id": "only-one"}]}' })
    let alert = await ui().findByRole('alert')
    expect(alert.textContent).toContain(es.embed.invalid)
    widget.destroy()
  })

  test('when the Spanish strings can not load, the widget speaks English and warns once', async () => {
    vi.stubEnv('CAREER_FIT_IIFE', 'true') // the script-tag build, which here has no script URL to load from
    let { mount, en } = await fresh()
    let widget = mount('#quiz', { locale: 'es' })
    await ui().findByRole('heading', { name: en.intro.heading })
    let root = host().shadowRoot!.querySelector('.root')!
    expect(root.getAttribute('lang')).toBe('en')
    expect(root.hasAttribute('aria-busy')).toBe(false)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]![0]).toMatch(/"es" strings could not be loaded.*English/)
    widget.destroy()
  })
})
