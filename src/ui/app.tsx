import { useStore } from './use-store'
import { render } from 'preact'
import { useRef } from 'preact/hooks'
import { formattersFor, warmFormatters } from '../i18n/format'
import { fill, messagesFor, type Locale, type Messages } from '../i18n/messages'
import type { Result } from '../engine/score'
import type { Outcome } from '../engine/parse-data'
import type { Quiz } from '../state/quiz'
import { Intro } from './intro'
import { QuestionStep } from './question-step'
import { ResultsSlot, type ResultsRenderer } from './results-slot'
import { Review } from './review'
import { whenIdle } from './idle'

export type { ResultsProps, ResultsRenderer } from './results-slot'

export interface AppProps {
  quiz: Quiz
  locale: Locale
  /** Renders the results screen: the embed layer passes `ResultsScreen`. */
  results: ResultsRenderer
}

function topMatch(result: Outcome<Result>, messages: Messages, locale: Locale): string {
  let top = result.ok ? result.value.ranking[0] : undefined
  return top ? fill(messages.common.topMatch, { role: top.title, match: formattersFor(locale).percent(top.match) }) : ''
}

/**
 * The whole quiz: the screen for `quiz.$screen`, and a polite live region announcing progress and the result.
 *
 * ```tsx
 * render(<App quiz={createQuiz({ data, storageKey, environment })} locale="en" results={props => <ResultsScreen {...props} />} />, root)
 * ```
 */
export function App({ quiz, locale, results }: AppProps) {
  let screen = useStore(quiz.$screen)
  let step = useStore(quiz.$step)
  let shown = useRef('')
  // Every screen but the first takes focus: loading a page never steals it.
  let focus = !!shown.current
  if (shown.current != screen) {
    shown.current = screen
    // Idle time builds what the results need before they are asked for: their
    // formats while the visitor reads the intro; while they check the answers, the
    // score and a rehearsal of the results screen, which compiles its code. Queued
    // while rendering, before the paint, so it is first in line once the page is idle.
    whenIdle(() => screen === 'review' ? rehearse() : warmFormatters(locale))
  }
  let messages = messagesFor(locale)
  let props = { quiz, messages, focus }
  let slot = (takesFocus: boolean) => <ResultsSlot {...props} focus={takesFocus} locale={locale} results={results} />
  // Rendered off the page and taken down again: nothing of it shows, is announced or takes focus.
  let rehearse = () => {
    let box = document.createElement('div')
    render(slot(false), box)
    render(null, box)
  }
  let total = quiz.data.questions.length
  // Read once per screen change: subscribing would score every answer while the quiz runs.
  let live =
    screen === 'question' ? fill(messages.question.progress, { n: step + 1, total })
    : screen === 'results' || screen === 'shared' ? topMatch(quiz.$result.get(), messages, locale)
    : ''
  return (
    // The root the embed layer renders into carries the language and its direction.
    <div class="quiz">
      {screen === 'intro' ? <Intro {...props} />
        : screen === 'question' ? <QuestionStep {...props} />
        : screen === 'review' ? <Review {...props} />
        : slot(focus)}
      <p class="sr-only" aria-live="polite">{live}</p>
    </div>
  )
}
