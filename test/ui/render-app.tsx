import { render } from '@testing-library/preact'
import { defaultData, type QuizData } from '../../src/engine'
import type { Locale } from '../../src/i18n/messages'
import { createQuiz, type QuizEvent, type QuizOptions } from '../../src/state/quiz'
import { App, type ResultsProps } from '../../src/ui/app'
import { memoryStorage } from '../state/memory-storage'

/** A stand-in for the real results screen: the top role and the callbacks it gets. */
export function StandInResults(props: ResultsProps) {
  return (
    <section>
      <h2>Stand-in results{props.shared ? ' (shared)' : ''}</h2>
      <p>Top: {props.result.ranking[0]?.title}</p>
      <button type="button" onClick={props.onChangeAnswers}>Stand-in change answers</button>
      <button type="button" onClick={props.onRetake}>Stand-in retake</button>
    </section>
  )
}

export function renderApp(options: Partial<QuizOptions> & { locale?: Locale; data?: QuizData } = {}) {
  let events: QuizEvent[] = []
  let { locale = 'en', ...rest } = options
  let quiz = createQuiz({
    data: defaultData,
    storageKey: 'career-fit:ui',
    storage: memoryStorage(),
    onEvent: event => events.push(event),
    ...rest
  })
  let view = render(<App quiz={quiz} locale={locale} results={props => <StandInResults {...props} />} />)
  return { ...view, quiz, events }
}
