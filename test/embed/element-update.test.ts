// @vitest-environment jsdom
// Issue 13, item 11: changing <career-fit-quiz> mid-quiz keeps the visitor where they were.
import { fireEvent, within } from '@testing-library/preact'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { defaultData } from '../../src/engine/data'
import { defineElement } from '../../src/embed/element'

const TAG = 'career-fit-update-test'
defineElement(TAG)

let element: HTMLElement
let readies: Event[] = []
const onReady = (event: Event) => void readies.push(event)
const ui = () => within(element.shadowRoot! as unknown as HTMLElement)
const settle = () => new Promise(resolve => setTimeout(resolve, 0))

beforeEach(async () => {
  localStorage.clear()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  readies = []
  document.addEventListener('careerfit:ready', onReady)
  document.body.innerHTML = '<main></main><aside></aside>'
  element = document.createElement(TAG)
  element.id = 'quiz'
  document.querySelector('main')!.append(element)
  fireEvent.click(await ui().findByRole('button', { name: 'Start the quiz' }))
  let radio = (await ui().findAllByRole('radio'))[1]!
  fireEvent.click(radio)
  radio.focus()
})
afterEach(() => {
  document.removeEventListener('careerfit:ready', onReady)
  element.remove()
  vi.restoreAllMocks()
})

const onFirstQuestion = () => ui().getAllByText(`Question 1 of ${defaultData.questions.length}`)[0]
const focusedRadio = () => element.shadowRoot!.activeElement as HTMLInputElement | null

test('200 quick attribute changes apply at once, in one render, keeping the screen, the answer and the focus, with no new ready event', async () => {
  expect(readies).toHaveLength(1)
  let renders = 0
  let observer = new MutationObserver(records => {
    for (let record of records) renders += [...record.addedNodes].filter(node => (node as Element).classList?.contains('root')).length
  })
  observer.observe(element.shadowRoot!, { childList: true })
  for (let i = 0; i < 200; i++) {
    element.setAttribute('theme', i % 2 ? 'light' : 'dark')
    element.setAttribute('accent', i % 2 ? '#0a7d5a' : 'rebeccapurple')
  }
  await settle()
  observer.disconnect()
  expect(renders).toBe(1)
  expect(element.shadowRoot!.querySelector('.root')!.getAttribute('data-theme')).toBe('light')
  expect(onFirstQuestion()).toBeTruthy()
  expect(focusedRadio()?.type).toBe('radio')
  expect(focusedRadio()?.checked).toBe(true)
  expect(readies).toHaveLength(1)
})

test('a new locale applies in place, on the same question', async () => {
  element.setAttribute('locale', 'es')
  await vi.waitFor(() => expect(ui().getAllByText(`Pregunta 1 de ${defaultData.questions.length}`)[0]).toBeTruthy())
  expect(ui().getAllByRole('radio').filter(radio => (radio as HTMLInputElement).checked)).toHaveLength(1)
  expect(readies).toHaveLength(1)
})

test('moving the element keeps the quiz where it was', async () => {
  document.querySelector('aside')!.append(element)
  await settle()
  expect(onFirstQuestion()).toBeTruthy()
  expect(ui().getAllByRole('radio').filter(radio => (radio as HTMLInputElement).checked)).toHaveLength(1)
  expect(readies).toHaveLength(1)
})

test('new questions start over, with a notice', async () => {
  let questions = defaultData.questions.slice(0, 3).map(q => ({ ...q, id: 'other-' + q.id }))
  element.setAttribute('questions', JSON.stringify(questions))
  await ui().findByRole('button', { name: 'Start the quiz' })
  expect(ui().getByRole('status').textContent).toBe('The questions changed, so the quiz starts again.')
})
