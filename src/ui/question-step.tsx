import { useStore } from './use-store'
import { useId } from 'preact/hooks'
import { SKIP } from '../engine/skip'
import { fill } from '../i18n/messages'
import { Progress } from './progress'
import { useHeadingFocus, type ScreenProps } from './screen'

/**
 * One question as a radio group: Enter on a radio or Next goes on, Back goes back.
 *
 * ```tsx
 * <QuestionStep quiz={quiz} messages={messagesFor('en')} focus />
 * ```
 */
export function QuestionStep({ quiz, messages, focus }: ScreenProps) {
  let step = useStore(quiz.$step)
  let answers = useStore(quiz.$answers)
  let missing = useStore(quiz.$missing)
  let heading = useHeadingFocus(focus, step)
  let errorId = useId()
  let t = messages.question
  let { questions } = quiz.data
  let question = questions[step]!
  let options = [...question.options, { id: SKIP, label: t.skip }]
  return (
    // Not a form: sandboxed frames without allow-forms block every submission.
    <div class="screen" part="screen">
      <Progress n={step + 1} total={questions.length} label={fill(t.progress, { n: step + 1, total: questions.length })} />
      {/* Keyed by question: reusing a checked radio across questions would uncheck the new answer. */}
      <fieldset
        key={question.id}
        aria-describedby={missing ? errorId : undefined}
        onKeyDown={event => {
          // Enter on a radio goes on, as it would submit a form.
          if (event.key !== 'Enter' || (event.target as HTMLInputElement).type !== 'radio') return
          event.preventDefault()
          quiz.next()
        }}
      >
        <legend>
          <h2 ref={heading} tabIndex={-1}>{question.text}</h2>
        </legend>
        {options.map(option => (
          <label class="option" part="option" key={option.id}>
            <input
              type="radio"
              name={question.id}
              value={option.id}
              checked={answers[question.id] === option.id}
              onChange={() => quiz.answer(question.id, option.id)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
      {missing && <p id={errorId} class="error" role="alert">{t.missing}</p>}
      <div class="actions">
        <button type="button" class="secondary" onClick={quiz.back}>{messages.common.back}</button>
        <button type="button" onClick={quiz.next}>{messages.common.next}</button>
      </div>
    </div>
  )
}
