// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, expect, test, vi } from 'vitest'
import { defaultData } from '../../src/engine'
import { messagesFor } from '../../src/i18n/messages'
import { createQuiz } from '../../src/state/quiz'
import { App, type ResultsProps } from '../../src/ui/app'
import { ResultsScreen } from '../../src/ui/results/results-screen'
import { memoryStorage, testEnvironment } from '../environment'

afterEach(cleanup)

// Building an Intl.NumberFormat or ListFormat is what costs (the first loads its locale's data), so count the builds.
test('builds no number or list format for the first screen, builds the results\' first ones while the visitor reads it, and none when the results show', async () => {
  let Numbers = Intl.NumberFormat
  let Lists = Intl.ListFormat
  let numbers = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args: ConstructorParameters<typeof Numbers>) {
    return new Numbers(...args)
  } as typeof Numbers)
  let lists = vi.spyOn(Intl, 'ListFormat').mockImplementation(function (...args: ConstructorParameters<typeof Lists>) {
    return new Lists(...args)
  } as unknown as typeof Lists)
  let built = { get calls() { return numbers.mock.calls.length + lists.mock.calls.length } }
  let quiz = createQuiz({ data: defaultData, storageKey: 'career-fit:ahead', environment: testEnvironment({ storage: memoryStorage() }) })
  render(<App quiz={quiz} locale="en" results={props => <ResultsScreen {...props} />} />)
  expect(built.calls).toBe(0)
  // In idle time on the intro.
  await waitFor(() => expect(numbers).toHaveBeenCalled())
  expect(lists).toHaveBeenCalled()
  numbers.mockClear()
  lists.mockClear()
  act(() => {
    quiz.start()
    for (let question of defaultData.questions) {
      quiz.answer(question.id, question.options.at(-1)!.id)
      quiz.next()
    }
    quiz.showResults()
  })
  expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/best fit/i)
  expect(screen.getByRole('region', { name: messagesFor('en').results.ranking }).textContent).toMatch(/\d%/)
  expect(built.calls).toBe(0)
  numbers.mockRestore()
  lists.mockRestore()
})

// The results' first render compiles their code and builds their reasons; rehearsing it off
// the page while the visitor checks their answers takes about a third off the real one at 4× CPU.
test('while the visitor checks their answers the results are rendered once off the page, with nothing of it reaching the page', async () => {
  let events: string[] = []
  let storage = memoryStorage()
  let quiz = createQuiz({ data: defaultData, storageKey: 'career-fit:rehearsal', environment: testEnvironment({ storage }), emit: type => void events.push(type) })
  let rendered: string[] = []
  let results = (props: ResultsProps) => {
    rendered.push(props.result.ranking[0]!.title)
    return <ResultsScreen {...props} />
  }
  render(<App quiz={quiz} locale="en" results={results} />)
  act(() => {
    quiz.start()
    for (let question of defaultData.questions) {
      quiz.answer(question.id, question.options[0]!.id)
      quiz.next()
    }
  })
  let review = screen.getByRole('heading', { level: 2, name: messagesFor('en').review.heading })
  await waitFor(() => expect(document.activeElement).toBe(review))
  let saved = [...storage.items]
  let page = document.body.innerHTML
  await waitFor(() => expect(rendered).toHaveLength(1))
  // Give the rehearsal's own effects (heading focus, idle builds) their chance to run.
  await new Promise(resolve => setTimeout(resolve, 100))
  expect(document.body.innerHTML).toBe(page)
  expect(document.activeElement).toBe(review)
  expect(events).not.toContain('careerfit:complete')
  expect([...storage.items]).toEqual(saved)
  act(() => quiz.showResults())
  expect(rendered).toEqual([rendered[0], rendered[0]])
  expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(rendered[0])
  expect(events.filter(type => type === 'careerfit:complete')).toHaveLength(1)
})

test('a widget taken down on the review before the page is idle rehearses nothing that fails', async () => {
  let errors = vi.spyOn(console, 'error')
  let quiz = createQuiz({ data: defaultData, storageKey: 'career-fit:gone', environment: testEnvironment({ storage: memoryStorage() }) })
  let rendered = 0
  let view = render(<App quiz={quiz} locale="en" results={props => (rendered++, <ResultsScreen {...props} />)} />)
  act(() => {
    quiz.start()
    for (let question of defaultData.questions) {
      quiz.answer(question.id, question.options[1]!.id)
      quiz.next()
    }
  })
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(messagesFor('en').review.heading)
  view.unmount()
  quiz.destroy()
  // The idle task still runs (nothing cancels it), on a quiz that is gone.
  await waitFor(() => expect(rendered).toBe(1))
  expect(errors).not.toHaveBeenCalled()
  expect(document.body.textContent).toBe('')
})
