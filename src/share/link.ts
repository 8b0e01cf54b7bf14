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
 * The share codes in a URL fragment, the last first (`''` for the key without a
 * value): a link pasted after another one may leave both in the address.
 *
 * ```ts
 * readShareCodes('#/quiz&career-fit=1abc&career-fit=1xyz') // ['1xyz', '1abc']
 * ```
 */
export function readShareCodes(hash: string): string[] {
  // Codes are URL-safe by construction: nothing to unescape (and a malformed escape can't throw).
  return [...hash.matchAll(/(?:^#?|[&?])career-fit=([^&]*)/g)].map(match => match[1]!).reverse()
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
