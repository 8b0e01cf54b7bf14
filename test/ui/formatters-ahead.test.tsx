// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, expect, test, vi } from 'vitest'
import { defaultData } from '../../src/engine'
import { messagesFor } from '../../src/i18n/messages'
import { createQuiz } from '../../src/state/quiz'
import { App } from '../../src/ui/app'
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
