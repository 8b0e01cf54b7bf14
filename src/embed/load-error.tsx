import { messagesFor, type Locale } from '../i18n/messages'

export interface LoadErrorProps {
  errors: string[]
  locale: Locale
}

/** What the widget shows instead of the quiz when custom data is invalid: the validator's messages. */
export function LoadError({ errors, locale }: LoadErrorProps) {
  return (
    <div class="load-error" role="alert" part="error">
      <strong>{messagesFor(locale).embed.invalid}</strong>
      <ul>
        {errors.map(error => <li key={error}>{error}</li>)}
      </ul>
    </div>
  )
}
