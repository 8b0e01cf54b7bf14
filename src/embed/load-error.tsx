import { messagesFor, type Locale } from '../i18n/messages'

export interface LoadErrorProps {
  errors: string[]
  locale: Locale
  /** What went wrong, in the visitor's words: the data is invalid (default), or a file could not be loaded. */
  heading?: 'invalid' | 'unavailable'
}

/** What the widget shows instead of the quiz when custom data is invalid (the validator's messages) or a file it needs is missing. */
export function LoadError({ errors, locale, heading = 'invalid' }: LoadErrorProps) {
  return (
    <div class="load-error" role="alert" part="error">
      <strong>{messagesFor(locale).embed[heading]}</strong>
      <ul>
        {errors.map(error => <li key={error}>{error}</li>)}
      </ul>
    </div>
  )
}
