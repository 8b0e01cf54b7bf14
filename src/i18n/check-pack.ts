// Checking a site owner's language pack. It loads with the check of their wording
// (career-fit.wording.js), so pages that use our languages as they are never carry it.
import type { QuizData } from '../engine/data'
import { translateData } from './localize-data'
import type { CompletePack, LocalePack, Messages } from './language'
import { reword } from './wording'

/**
 * A site owner's pack made complete: its strings over `english` (the ones it leaves
 * out stay English, with one warning listing them), and its data texts as `localize`.
 *
 * ```ts
 * checkPack('ar', { dir: 'rtl', messages: { intro: { start: 'ابدأ' } } }, messagesFor('en'), console.warn)
 * ```
 */
export function checkPack(code: string, pack: LocalePack, english: Messages, warn: (message: string) => void): CompletePack {
  let { messages, missing } = reword(english, pack.messages ?? {}, warn, `the "${code}" pack`)
  if (missing.length) warn(`Career Fit: the "${code}" pack has no text for ${missing.join(', ')}; showing English there.`)
  let table = pack.data
  return {
    ...pack,
    messages,
    ...(table && { localize: (data: QuizData, defaults: QuizData) => translateData(data, defaults, table) })
  }
}
