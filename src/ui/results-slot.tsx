import { useStore } from './use-store'
import type { VNode } from 'preact'
import type { Answers } from '../engine/answers'
import type { QuizData } from '../engine/data'
import type { Result } from '../engine/score'
import type { Locale } from '../i18n/messages'
import { ErrorScreen } from './error-screen'
import type { ScreenProps } from './screen'

/** What the results renderer gets (`ResultsScreen` in `src/ui/results/`). */
export interface ResultsProps {
  result: Result
  data: QuizData
  answers: Answers
  locale: Locale
  /** The answers came from a shared link, not from this visitor. */
  shared: boolean
  onChangeAnswers(): void
  onRetake(): void
  onTakeQuiz(): void
  onShare(channel: string): void
  /** Move focus to the heading on mount: false when results are the first screen shown. */
  focus: boolean
}

/** Renders the results screen; `App` gets it from its caller so the quiz screens need not bundle it. */
export type ResultsRenderer = (props: ResultsProps) => VNode | null

export interface ResultsSlotProps extends ScreenProps {
  locale: Locale
  results: ResultsRenderer
}

/**
 * Connects the quiz stores to the results renderer, or shows the error screen when scoring failed.
 *
 * ```tsx
 * <ResultsSlot quiz={quiz} messages={messages} focus locale="en" results={props => <ResultsScreen {...props} />} />
 * ```
 */
export function ResultsSlot({ quiz, locale, results, ...screen }: ResultsSlotProps) {
  let result = useStore(quiz.$result)
  let answers = useStore(quiz.$answers)
  let shared = useStore(quiz.$shared)
  if (!result.ok) return <ErrorScreen quiz={quiz} {...screen} />
  return results({
    result: result.value, data: quiz.data, answers, locale, shared,
    onChangeAnswers: quiz.showReview,
    onRetake: quiz.start,
    onTakeQuiz: quiz.leaveSharedResult,
    onShare: quiz.reportShare,
    focus: screen.focus
  })
}
