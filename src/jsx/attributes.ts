// <career-fit-quiz>'s attributes as JSX props, shared by the React, Preact and Vue declarations.
import type { Mode, Theme } from '../embed/options'
import type { BuiltInLocale } from '../i18n/language'

/**
 * The attributes of `<career-fit-quiz>`, spelled as in HTML (every value is a
 * string); the README's options table says what each one does.
 *
 * ```tsx
 * import type {} from 'career-fit/jsx-react'
 * <career-fit-quiz locale="es" theme="dark" share-base="https://example.com/quiz" />
 * ```
 */
export type CareerFitQuizAttributes = CareerFitQuizSettings & (
  | {
    /** `en` (default), `es`, `fr` or `de`; region tags such as `es-MX` work. */
    locale?: BuiltInLocale | `${BuiltInLocale}-${string}`
    'locale-pack'?: undefined
  }
  | {
    /** Any language tag, with your pack for it: `ar`, `pt-BR`. */
    locale: string
    /** Your language pack: the same-origin URL of its file, or JSON. */
    'locale-pack': string
  }
)

/** The attributes other than the language. */
export interface CareerFitQuizSettings {
  /** Your wording over ours, by key, as JSON: `{"intro.heading": "Find your role"}`. */
  messages?: string
  /** `light` (default), `dark` or `auto` (follows the visitor's system). */
  theme?: Theme
  /** Any CSS colour: `#0a7d5a`, `rebeccapurple`. */
  accent?: string
  /** Role ids to compare, at least 2, comma-separated; or custom roles as JSON or a same-origin URL. */
  roles?: string
  /** Custom quiz data merged over the defaults: JSON or a same-origin URL. */
  data?: string
  /** Custom questions: JSON or a same-origin URL. */
  questions?: string
  /** Seconds to wait for custom data from a URL (default `10`). */
  'load-timeout'?: string
  /** The page share links open: `https://example.com/quiz`. */
  'share-base'?: string
  /** A link under the recommendation; `{role}` is the role id, `{title}` its title. */
  cta?: string
  /** The link's text, `{title}` filled in: `Browse {title} jobs`. */
  'cta-label'?: string
  /** Where the link opens: this tab (`_self`, the default) or a new one (`_blank`). */
  'cta-target'?: '_self' | '_blank'
  /** CSP nonce for the `<style>` element used where constructable stylesheets are missing. */
  nonce?: string
  /** Keeps this widget's saved progress apart from others'. */
  'storage-key'?: string
  /** `inline` (default) or `popup`: a launcher button that opens the quiz in a dialog. */
  mode?: Mode
}
