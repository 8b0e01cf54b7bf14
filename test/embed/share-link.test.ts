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

// A page with two quizzes: the default one and one with custom questions.
const customQuestions = JSON.stringify(defaultData.questions.slice(0, 12))
const twoQuizzes = (firstQuestions?: string) => {
  document.body.innerHTML = '<div id="a" data-career-fit></div><div id="b" data-career-fit></div>'
  return [mount('#a', firstQuestions ? { questions: firstQuestions } : {}), mount('#b')]
}
const text = (id: string) => document.getElementById(id)!.shadowRoot!.querySelector('.root')?.textContent ?? ''
const SHARED = 'Someone shared this result with you'
const DAMAGED = /link is incomplete/

test('with two quizzes on a page, only the first that reads a link shows it, and the other is not told it is damaged', async () => {
  history.replaceState(null, '', `#career-fit=${code}`)
  let widgets = twoQuizzes(customQuestions)
  await expect.poll(() => text('b')).toContain(SHARED)
  await expect.poll(() => text('a')).toContain('Which management role fits you?')
  expect(text('a')).not.toMatch(DAMAGED)
  widgets.forEach(widget => widget.destroy())
})

test('two quizzes with the same questions show a shared link once, in the first', async () => {
  history.replaceState(null, '', `#career-fit=${code}`)
  let widgets = twoQuizzes()
  await expect.poll(() => text('a')).toContain(SHARED)
  expect(text('b')).not.toContain(SHARED)
  expect(text('b')).not.toMatch(DAMAGED)
  widgets.forEach(widget => widget.destroy())
})

test('a lone quiz still reports a damaged link, and a remounted one shows its link again', async () => {
  history.replaceState(null, '', `#career-fit=${code.slice(0, -1)}x`)
  let widget = mount('#quiz')
  await expect.poll(() => text('quiz')).toMatch(DAMAGED)
  widget.destroy()
  history.replaceState(null, '', `#career-fit=${code}`)
  mount('#quiz')
  widget = mount('#quiz', { theme: 'dark' })
  await expect.poll(() => text('quiz')).toContain(SHARED)
  widget.destroy()
})
