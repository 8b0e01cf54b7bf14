import { fill, messagesFor, type Locale } from '../i18n/messages'
import { formattersFor } from '../i18n/format'

/** Where a result can be shared: the channels `onShare` reports. */
export type ShareChannel = 'native' | 'copy'

/**
 * The short text that goes with a shared link: "My top career match: Product manager (78%)".
 *
 * ```ts
 * shareText('en', ranking[0].title, ranking[0].match)
 * ```
 */
export function shareText(locale: Locale, role: string, match: number): string {
  return fill(messagesFor(locale).share.text, { role, match: formattersFor(locale).percent(match) })
}
