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

// Building an Intl.NumberFormat is what costs (the first loads its locale's data), so count the builds.
test('builds no number format for the first screen, builds the results\' first ones while the visitor reads it, and none when the results show', async () => {
  let Original = Intl.NumberFormat
  let built = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args: ConstructorParameters<typeof Original>) {
    return new Original(...args)
  } as typeof Original)
  let quiz = createQuiz({ data: defaultData, storageKey: 'career-fit:ahead', environment: testEnvironment({ storage: memoryStorage() }) })
  render(<App quiz={quiz} locale="en" results={props => <ResultsScreen {...props} />} />)
  expect(built).not.toHaveBeenCalled()
  // In idle time on the intro.
  await waitFor(() => expect(built).toHaveBeenCalled())
  built.mockClear()
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
  expect(built).not.toHaveBeenCalled()
  built.mockRestore()
})
