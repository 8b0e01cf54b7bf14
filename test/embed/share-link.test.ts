// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test } from 'vitest'
import { mount } from '../../src/embed/mount'
import { defaultData } from '../../src/engine'
import { encodeAnswers } from '../../src/share/codec'

const answers = Object.fromEntries(defaultData.questions.map((q, i) => [q.id, q.options[(i * 2 + 1) % q.options.length]!.id]))
const code = encodeAnswers(answers, defaultData.questions)

beforeEach(() => {
  document.body.innerHTML = '<div id="quiz"></div>'
  localStorage.clear()
})
afterEach(() => {
  history.replaceState(null, '', location.pathname)
})

const shadow = () => document.getElementById('quiz')!.shadowRoot!
const button = (name: string) => [...shadow().querySelectorAll('button')].find(b => b.textContent === name)

test('leaving a shared result for your own quiz drops only our part of the URL fragment', async () => {
  history.replaceState({ route: 'kept' }, '', `#top&career-fit=${code}`)
  let widget = mount('#quiz')
  await expect.poll(() => shadow().textContent).toContain('Someone shared this result with you')
  expect(location.hash).toBe(`#top&career-fit=${code}`)
  button('Take the quiz yourself')!.click()
  await expect.poll(() => location.hash).toBe('#top')
  expect(history.state).toEqual({ route: 'kept' })
  widget.destroy()
})

test('a destroyed widget leaves the URL alone', async () => {
  history.replaceState(null, '', `#career-fit=${code}`)
  let widget = mount('#quiz')
  await expect.poll(() => shadow().textContent).toContain('Someone shared this result with you')
  let take = button('Take the quiz yourself')!
  widget.destroy()
  take.click()
  expect(location.hash).toBe(`#career-fit=${code}`)
})
