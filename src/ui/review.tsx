import { useStore } from './use-store'
import { fill } from '../i18n/messages'
import { useHeadingFocus, type ScreenProps } from './screen'

/**
 * "Check your answers": every question with its answer, a Change button each, and See my results.
 *
 * ```tsx
 * <Review quiz={quiz} messages={messagesFor('en')} focus />
 * ```
 */
export function Review({ quiz, messages, focus }: ScreenProps) {
  let answers = useStore(quiz.$answers)
  let heading = useHeadingFocus(focus)
  let t = messages.review
  return (
    <section class="screen" part="screen">
      <h2 ref={heading} tabIndex={-1}>{t.heading}</h2>
      <p>{t.lead}</p>
      <ol class="answers">
        {quiz.data.questions.map(question => {
          let option = question.options.find(o => o.id === answers[question.id])
          return (
            <li key={question.id}>
              <p>{question.text}</p>
              <p class={option ? 'answer' : 'answer meta'}>{option ? option.label : t.skipped}</p>
              <button
                type="button"
                class="link"
                aria-label={fill(t.changeLabel, { question: question.text })}
                onClick={() => quiz.editAnswer(question.id)}
              >
                {t.change}
              </button>
            </li>
          )
        })}
      </ol>
      <div class="actions">
        <button type="button" class="secondary" onClick={quiz.back}>{messages.common.back}</button>
        <button type="button" onClick={quiz.showResults}>{t.finish}</button>
      </div>
    </section>
  )
}
