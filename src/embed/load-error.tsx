export interface LoadErrorProps {
  /** What went wrong, in the visitor's language: `embed.invalid` or `embed.unavailable`. */
  heading: string
  errors: string[]
}

/**
 * What the widget shows instead of the quiz when custom data is invalid (the validator's
 * messages) or a file it needs could not be loaded (its URL).
 */
export function LoadError({ heading, errors }: LoadErrorProps) {
  return (
    <div class="load-error" role="alert" part="error">
      <strong>{heading}</strong>
      <ul>
        {errors.map(error => <li key={error}>{error}</li>)}
      </ul>
    </div>
  )
}
