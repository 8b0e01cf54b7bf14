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
  expect(warn.mock.calls.flat().join('\n')).toMatch(/Career Fit: another widget on this page saves its progress under "career-fit:same:\w+"; give each widget its own data-storage-key/)
})
