// Share links carry the code in the URL fragment, which browsers send neither to
// servers nor in Referer. The fragment may hold other `&`-separated parts (a hash
// router's route, an anchor): those are kept and the code goes last.
import type { Answers } from '../engine/answers'
import { encodeAnswers, type CodecQuestion } from './codec'

/** The fragment's parts other than a career-fit code, and the URL before the `#`. */
function split(href: string): [string, string[]] {
  let [page = '', ...rest] = href.split('#')
  let parts = rest.join('#').split('&').map(part => part.replace(/(^|\?)career-fit=.*/, '')).filter(Boolean)
  return [page, parts]
}

/**
 * The link to `page` that shows a result: `#career-fit=<code>` added to its
 * fragment, replacing any code already there.
 *
 * ```ts
 * shareUrl('1abc', 'https://example.com/quiz#top')
 * // 'https://example.com/quiz#top&career-fit=1abc'
 * ```
 */
export function shareUrl(code: string, page: string): string {
  let [before, parts] = split(page)
  return `${before}#${[...parts, 'career-fit=' + code].join('&')}`
}

/**
 * The share link of a set of answers: `shareUrl` of their code.
 *
 * ```js
 * resultUrl(answers, data.questions, options.shareBase ?? location.href)
 * ```
 */
export function resultUrl(answers: Answers, questions: CodecQuestion[], page: string): string {
  return shareUrl(encodeAnswers(answers, questions), page)
}

/**
 * The share code in a URL fragment, `''` when the key is there without a value,
 * or `null` when there is none.
 *
 * ```ts
 * readShareCode('#/quiz&career-fit=1abc') // '1abc'
 * ```
 */
export function readShareCode(hash: string): string | null {
  let match = /(?:^#?|[&?])career-fit=([^&]*)/.exec(hash)
  if (!match) return null
  try {
    return decodeURIComponent(match[1] ?? '')
  } catch {
    return match[1] ?? ''
  }
}

/**
 * The URL without its share code, for `history.replaceState` once the code is read.
 *
 * ```ts
 * clearShareCode('https://example.com/#career-fit=1abc') // 'https://example.com/'
 * ```
 */
export function clearShareCode(href: string): string {
  let [page, parts] = split(href)
  return parts.length ? `${page}#${parts.join('&')}` : page
}
