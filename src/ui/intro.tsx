import { useStore } from './use-store'
import { fill } from '../i18n/messages'
import { useHeadingFocus, type ScreenProps } from './screen'

// About ten seconds a question.
const QUESTIONS_PER_MINUTE = 6

/**
 * The first screen: what the quiz does and takes, privacy, and Start (or Continue / Start over).
 *
 * ```tsx
 * <Intro quiz={quiz} messages={messagesFor('en')} focus={false} />
 * ```
 */
export function Intro({ quiz, messages, focus }: ScreenProps) {
  let hasProgress = useStore(quiz.$hasProgress)
  let heading = useHeadingFocus(focus)
  let t = messages.intro
  let count = quiz.data.questions.length
  return (
    <section class="screen" part="screen">
      <h2 ref={heading} tabIndex={-1}>{t.heading}</h2>
      <p>{fill(t.lead, { roles: quiz.data.roles.length })}</p>
      <p class="meta">
        {fill(t.length, { count, minutes: Math.max(1, Math.round(count / QUESTIONS_PER_MINUTE)) })}
      </p>
      <p>{t.get}</p>
      <p class="meta">{t.privacy}</p>
      <div class="actions">
        {hasProgress ? (
          <>
            <button type="button" onClick={quiz.resume}>{t.resume}</button>
            <button type="button" class="secondary" onClick={quiz.start}>{messages.common.startOver}</button>
          </>
        ) : (
          <button type="button" onClick={quiz.start}>{t.start}</button>
        )}
      </div>
    </section>
  )
}
