import { common as enCommon } from './en/common'
import { intro as enIntro } from './en/intro'
import { question as enQuestion } from './en/question'
import { results as enResults } from './en/results'
import { review as enReview } from './en/review'
import { share as enShare } from './en/share'
import { common as esCommon } from './es/common'
import { intro as esIntro } from './es/intro'
import { question as esQuestion } from './es/question'
import { results as esResults } from './es/results'
import { review as esReview } from './es/review'
import { share as esShare } from './es/share'

/** Languages with a complete string table. */
export type Locale = 'en' | 'es'

export const LOCALES: readonly Locale[] = ['en', 'es']

/** Every visible string of the widget, one group per screen (files in `en/` and `es/`). */
export interface Messages {
  common: typeof enCommon
  intro: typeof enIntro
  question: typeof enQuestion
  review: typeof enReview
  results: typeof enResults
  share: typeof enShare
}

const TABLES: Record<Locale, Messages> = {
  en: { common: enCommon, intro: enIntro, question: enQuestion, review: enReview, results: enResults, share: enShare },
  es: { common: esCommon, intro: esIntro, question: esQuestion, review: esReview, results: esResults, share: esShare }
}

/** The string table of a locale. */
export function messagesFor(locale: Locale): Messages {
  return TABLES[locale]
}

/** Fills `{name}` placeholders: `fill('Question {n} of {total}', { n: 3, total: 18 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match
  )
}
