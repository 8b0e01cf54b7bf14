import { useHeadingFocus, type ScreenProps } from './screen'

/**
 * Shown instead of a blank screen when the answers cannot be scored.
 *
 * ```tsx
 * <ErrorScreen quiz={quiz} messages={messagesFor('en')} focus />
 * ```
 */
export function ErrorScreen({ quiz, messages, focus }: ScreenProps) {
  let heading = useHeadingFocus(focus)
  let t = messages.common
  return (
    <section class="screen" part="screen">
      <h2 ref={heading} tabIndex={-1}>{t.errorHeading}</h2>
      <p role="alert">{t.errorText}</p>
      <div class="actions">
        <button type="button" onClick={quiz.reset}>{t.startOver}</button>
      </div>
    </section>
  )
}
