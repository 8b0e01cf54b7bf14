import { render } from '@testing-library/preact'
import { defaultData, type QuizData } from '../../src/engine'
import type { Locale } from '../../src/i18n/messages'
import type { CareerFitEventMap } from '../../src/embed/events'
import type { QuizStorage } from '../../src/state/environment'
import { createQuiz, type QuizOptions } from '../../src/state/quiz'
import { App, type ResultsProps } from '../../src/ui/app'
import { memoryStorage, testEnvironment } from '../environment'

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

/** An event the quiz sent the host page: its type and detail. */
export interface SentEvent {
  type: keyof CareerFitEventMap
  detail: unknown
}

export function renderApp(options: Partial<QuizOptions> & { locale?: Locale; data?: QuizData; storage?: QuizStorage } = {}) {
  let events: SentEvent[] = []
  let { locale = 'en', storage = memoryStorage(), ...rest } = options
  let quiz = createQuiz({
    data: defaultData,
    storageKey: 'career-fit:ui',
    environment: testEnvironment({ storage }),
    emit: (type, detail) => void events.push({ type, detail }),
    ...rest
  })
  let view = render(<App quiz={quiz} locale={locale} results={props => <StandInResults {...props} />} />)
  return { ...view, quiz, events }
}
