// @vitest-environment jsdom
// Issue 13: what a site owner's page or data must not do to a visitor's progress or to the widget.
import { fireEvent, within } from '@testing-library/preact'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { defaultData } from '../../src/engine/data'
import { mount } from '../../src/embed/mount'

let warn: ReturnType<typeof vi.spyOn>

beforeEach(() => {
  localStorage.clear()
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

const ui = (host: Element) => within(host.shadowRoot! as unknown as HTMLElement)
const stored = () => ({ ...localStorage })

async function startAndAnswer(host: Element) {
  fireEvent.click(await ui(host).findByRole('button', { name: 'Start the quiz' }))
  fireEvent.click((await ui(host).findAllByRole('radio'))[1]!)
}

test('a widget with its own questions, in the same place on another page, leaves the first page\'s progress alone', async () => {
  document.body.innerHTML = '<div data-career-fit></div>'
  let first = mount('[data-career-fit]')
  await startAndAnswer(first.element)
  let saved = stored()
  expect(Object.keys(saved)).toHaveLength(1)
  first.destroy()

  // The site's second page: an id-less widget at the same position, with other questions.
  let questions = JSON.stringify(defaultData.questions.slice(0, 3).map(q => ({ ...q, id: 'other-' + q.id })))
  document.body.innerHTML = `<div data-career-fit data-questions='${questions}'></div>`
  let second = mount('[data-career-fit]')
  await startAndAnswer(second.element)
  expect(stored()).toMatchObject(saved)
  expect(Object.keys(stored())).toHaveLength(2)
})

test('two live widgets given one storage key warn and keep their progress apart', async () => {
  document.body.innerHTML = '<div id="a" data-storage-key="same"></div><div id="b" data-storage-key="same"></div>'
  let one = mount('#a')
  let two = mount('#b')
  await startAndAnswer(one.element)
  let saved = stored()
  fireEvent.click(await ui(two.element).findByRole('button', { name: 'Start the quiz' }))
  await ui(two.element).findAllByRole('radio')
  expect(stored()).toMatchObject(saved)
  expect(Object.keys(stored())).toHaveLength(2)
  expect(warn.mock.calls.flat().join('\n')).toMatch(/Career Fit: another widget uses the storage key "career-fit:same:\w+": give each its own data-storage-key/)
})

test.each([
  ['<body>', () => document.body, /can't mount on <body>: use a <div>/],
  ['<html>', () => document.documentElement, /can't mount on <html>: use a <div>/],
  ['<li>', () => document.querySelector('li')!, /can't mount on <li>: use a <div>/],
  ['<button>', () => document.querySelector('button')!, /can't mount on <button>: use a <div>/],
  ['SVG', () => document.querySelector('svg')!, /can't mount on <svg>: use a <div>/],
  ['<template>', () => document.querySelector('template')!, /can't mount on <template>: use a <div>/],
  ['a number', () => 123 as unknown as Element, /can't mount on 123: use a <div> or <section>/]
])('mounting on %s throws a Career Fit error saying what to use, and changes nothing', (_, target, message) => {
  document.body.innerHTML = '<ul><li>Item</li></ul><button>Go</button><svg></svg><template></template>'
  let before = document.documentElement.outerHTML
  expect(() => mount(target())).toThrow(message)
  expect(() => mount(target())).toThrow(/^Career Fit: /)
  expect(document.documentElement.outerHTML).toBe(before)
  expect(document.body.shadowRoot).toBeNull()
})

test('custom data from a URL that never answers times out and shows that it could not be loaded', async () => {
  let fetch = vi.spyOn(globalThis, 'fetch').mockReturnValue(new Promise(() => {}))
  document.body.innerHTML = '<div id="quiz" data-questions="/quiz/questions.json" data-load-timeout="0.05"></div>'
  let widget = mount('#quiz')
  let root = widget.element.shadowRoot!.querySelector('.root')!
  expect(root.getAttribute('aria-busy')).toBe('true')
  expect(await ui(widget.element).findByText(/questions could not be loaded from \S+: no answer within 0\.05 s/)).toBeTruthy()
  expect(root.hasAttribute('aria-busy')).toBe(false)
  expect(fetch).toHaveBeenCalledOnce()
})

test('the load timeout is 10 seconds unless given, and a bad value warns', async () => {
  let { parseOptions } = await import('../../src/embed/options')
  expect(parseOptions({}, { base: 'https://example.com/' }).options.loadTimeout).toBe(10)
  let { options, warnings } = parseOptions({ loadTimeout: 'soon' }, { base: 'https://example.com/', attribute: key => 'data-' + key })
  expect(options.loadTimeout).toBe(10)
  expect(warnings).toEqual(['Career Fit: data-loadTimeout="soon" is not valid: give a number of seconds; using "10".'])
})

const SHARED = 'Someone shared this result with you'
const goodCode = async () => {
  let { encodeAnswers } = await import('../../src/share/codec')
  let question = defaultData.questions[0]!
  return encodeAnswers({ [question.id]: question.options[0]!.id }, defaultData.questions)
}

test('of two share codes in the address, the last one that reads opens', async () => {
  history.replaceState(null, '', `#career-fit=BAD&career-fit=${await goodCode()}`)
  document.body.innerHTML = '<div id="quiz"></div>'
  let widget = mount('#quiz')
  await expect.poll(() => widget.element.shadowRoot!.textContent).toContain(SHARED)
  expect(widget.element.shadowRoot!.querySelector('.bad-link')).toBeNull()
  history.replaceState(null, '', location.pathname)
})

test('a share link pasted into the address after the page loaded opens its result', async () => {
  history.replaceState(null, '', location.pathname)
  document.body.innerHTML = '<div id="quiz"></div>'
  let widget = mount('#quiz')
  await ui(widget.element).findByRole('button', { name: 'Start the quiz' })
  location.hash = `career-fit=${await goodCode()}`
  await expect.poll(() => widget.element.shadowRoot!.textContent).toContain(SHARED)
  widget.destroy()
  history.replaceState(null, '', location.pathname)
})
