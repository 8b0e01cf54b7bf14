import { fill, messagesFor, type Locale } from '../i18n/messages'
import { formattersFor } from '../i18n/format'

/** Where a result can be shared: the channels `onShare` reports. */
export type ShareChannel = 'native' | 'copy' | 'linkedin' | 'x' | 'email'

/** Links that share a result on LinkedIn, X and by email. */
export interface SocialLinks {
  linkedin: string
  x: string
  email: string
}

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

/**
 * Share links for a result URL and text. LinkedIn takes only the URL (it reads the page's
 * Open Graph tags); X and email carry the text too.
 *
 * ```ts
 * let links = socialLinks(url, shareText('en', 'Product manager', 78), 'My Career Fit result')
 * ```
 */
export function socialLinks(url: string, text: string, subject: string): SocialLinks {
  let e = encodeURIComponent
  return {
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${e(url)}`,
    x: `https://x.com/intent/post?text=${e(text)}&url=${e(url)}`,
    email: `mailto:?subject=${e(subject)}&body=${e(`${text}\n\n${url}`)}`
  }
}
