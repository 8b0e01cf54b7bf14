// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultData, score, SKIP } from '../../src/engine'
import { messagesFor } from '../../src/i18n/messages'
import { memoryStorage } from '../environment'
import { renderApp } from './render-app'

const en = messagesFor('en')
const questions = defaultData.questions

afterEach(cleanup)

const checked = (element: HTMLElement) => (element as HTMLInputElement).checked

async function heading(name: string) {
  return screen.findByRole('heading', { name })
}

/** Picks an option by its visible label and waits for it to be checked. */
async function choose(label: string) {
  let radio = await screen.findByRole('radio', { name: label })
  fireEvent.click(radio)
  await waitFor(() => expect(checked(radio)).toBe(true))
}

describe('App', () => {
  it('completes the quiz by clicks and shows the scored result', async () => {
    let { events } = renderApp()
    fireEvent.click(await screen.findByRole('button', { name: en.intro.start }))
    let answers: Record<string, string> = {}
    for (let [i, question] of questions.entries()) {
      await heading(question.text)
      let option = question.options[i % question.options.length]!
      answers[question.id] = option.id
      await choose(option.label)
      fireEvent.click(screen.getByRole('button', { name: en.common.next }))
    }
    await heading(en.review.heading)
    fireEvent.click(screen.getByRole('button', { name: en.review.finish }))
    await heading('Stand-in results')
    let top = score(answers, defaultData).ranking[0]!
    expect(screen.getByText(`Top: ${top.title}`)).toBeTruthy()
    expect(events.filter(e => e.type === 'careerfit:complete')).toHaveLength(1)
    await waitFor(() => expect(document.querySelector('[aria-live="polite"]')?.textContent).toMatch(top.title))
  })

  it('completes the quiz by keyboard: Space picks a radio, Enter submits', async () => {
    renderApp()
    fireEvent.click(await screen.findByRole('button', { name: en.intro.start }))
    for (let question of questions) {
      let title = await heading(question.text)
      await waitFor(() => expect(document.activeElement).toBe(title))
      // jsdom has no key defaults: Space on a radio is a click, arrow keys are the browser's.
      let radio = screen.getByRole('radio', { name: en.question.skip })
      radio.focus()
      fireEvent.click(radio)
      await waitFor(() => expect(checked(radio)).toBe(true))
      fireEvent.keyDown(radio, { key: 'Enter' })
    }
    await heading(en.review.heading)
    expect(screen.getAllByText(en.review.skipped)).toHaveLength(questions.length)
  })

  it('does not advance on Next without a choice and says what to do', async () => {
    let { events } = renderApp()
    fireEvent.click(await screen.findByRole('button', { name: en.intro.start }))
    await heading(questions[0]!.text)
    fireEvent.click(screen.getByRole('button', { name: en.common.next }))
    let alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe(en.question.missing)
    expect(screen.getByRole('group', { name: questions[0]!.text }).getAttribute('aria-describedby')).toBe(alert.id)
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(questions[0]!.text)
    expect(events.filter(e => e.type === 'careerfit:step')).toHaveLength(1)
    await choose(en.question.skip)
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
  })

  it('shows the progress as text and as a progress bar', async () => {
    renderApp()
    fireEvent.click(await screen.findByRole('button', { name: en.intro.start }))
    await choose(questions[0]!.options[0]!.label)
    fireEvent.click(screen.getByRole('button', { name: en.common.next }))
    let label = `Question 2 of ${questions.length}`
    let bar = await screen.findByRole('progressbar', { name: label })
    expect((bar as HTMLProgressElement).value).toBe(2)
    expect((bar as HTMLProgressElement).max).toBe(questions.length)
    await waitFor(() => expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe(label))
  })

  it('keeps answers when going back', async () => {
    renderApp()
    fireEvent.click(await screen.findByRole('button', { name: en.intro.start }))
    let first = questions[0]!.options[1]!
    await choose(first.label)
    fireEvent.click(screen.getByRole('button', { name: en.common.next }))
    await heading(questions[1]!.text)
    fireEvent.click(screen.getByRole('button', { name: en.common.back }))
    await heading(questions[0]!.text)
    expect(checked(screen.getByRole('radio', { name: first.label }))).toBe(true)
  })

  it('moves focus to the new heading on every step, but not on first render', async () => {
    renderApp()
    let intro = await heading(en.intro.heading)
    expect(document.activeElement).not.toBe(intro)
    fireEvent.click(screen.getByRole('button', { name: en.intro.start }))
    let title = await heading(questions[0]!.text)
    await waitFor(() => expect(document.activeElement).toBe(title))
    expect(title.getAttribute('tabindex')).toBe('-1')
    await choose(en.question.skip)
    fireEvent.click(screen.getByRole('button', { name: en.common.next }))
    let next = await heading(questions[1]!.text)
    await waitFor(() => expect(document.activeElement).toBe(next))
  })

  it('offers to continue after a remount and restores the step and answers', async () => {
    let storage = memoryStorage()
    let first = renderApp({ storage })
    fireEvent.click(await screen.findByRole('button', { name: en.intro.start }))
    let picked = questions[0]!.options[2]!
    await choose(picked.label)
    fireEvent.click(screen.getByRole('button', { name: en.common.next }))
    await heading(questions[1]!.text)
    await choose(en.question.skip)
    fireEvent.click(screen.getByRole('button', { name: en.common.next }))
    await heading(questions[2]!.text)
    first.unmount()

    renderApp({ storage })
    expect(await screen.findByRole('button', { name: en.common.startOver })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: en.intro.resume }))
    await heading(questions[2]!.text)
    fireEvent.click(screen.getByRole('button', { name: en.common.back }))
    await heading(questions[1]!.text)
    expect(checked(screen.getByRole('radio', { name: en.question.skip }))).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: en.common.back }))
    await heading(questions[0]!.text)
    expect(checked(screen.getByRole('radio', { name: picked.label }))).toBe(true)
  })

  it('returns to the review after changing an answer there', async () => {
    let { quiz } = renderApp()
    quiz.start()
    for (let question of questions) {
      quiz.answer(question.id, question.options[0]!.id)
      quiz.next()
    }
    await heading(en.review.heading)
    let target = questions[3]!
    expect(screen.getAllByRole('listitem')).toHaveLength(questions.length)
    fireEvent.click(screen.getByRole('button', { name: `Change your answer to: ${target.text}` }))
    await heading(target.text)
    await choose(target.options[4]!.label)
    fireEvent.click(screen.getByRole('button', { name: en.common.next }))
    await heading(en.review.heading)
    let item = screen.getAllByRole('listitem')[3]!
    expect(item.textContent).toContain(target.options[4]!.label)
  })

  it('tells how many questions the data has and about how long they take', async () => {
    let data = { ...defaultData, questions: questions.slice(0, 12) }
    renderApp({ data })
    expect(await screen.findByText('12 questions, about 2 min')).toBeTruthy()
    expect(screen.getByText(en.intro.privacy)).toBeTruthy()
  })

  it('starts over from the intro, forgetting stored answers', async () => {
    let storage = memoryStorage()
    let { quiz, unmount } = renderApp({ storage })
    quiz.start()
    quiz.answer(questions[0]!.id, questions[0]!.options[0]!.id)
    quiz.next()
    unmount()
    renderApp({ storage })
    fireEvent.click(await screen.findByRole('button', { name: en.common.startOver }))
    await heading(questions[0]!.text)
    expect(screen.getAllByRole('radio').some(checked)).toBe(false)
  })

  it('shows an error with Start over when the answers cannot be scored', async () => {
    let { quiz } = renderApp({ sharedAnswers: { [questions[0]!.id]: 'no-such-option' } })
    await heading(en.common.errorHeading)
    fireEvent.click(screen.getByRole('button', { name: en.common.startOver }))
    await heading(en.intro.heading)
    expect(quiz.$shared.get()).toBe(false)
  })

  it('passes a shared result to the results renderer and takes the quiz afresh', async () => {
    let { quiz } = renderApp({ sharedAnswers: { [questions[0]!.id]: SKIP } })
    await heading('Stand-in results (shared)')
    quiz.leaveSharedResult()
    await heading(en.intro.heading)
    expect(screen.getByRole('button', { name: en.intro.start })).toBeTruthy()
  })
})
