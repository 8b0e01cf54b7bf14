import { common } from './en/common'
import { embed } from './en/embed'
import { intro } from './en/intro'
import { question } from './en/question'
import { results } from './en/results'
import { review } from './en/review'
import { share } from './en/share'
import { defaultData, type QuizData } from '../engine/data'

/** Languages with a complete string table. */
export type Locale = 'en' | 'es'

export const LOCALES: readonly Locale[] = ['en', 'es']

/** Every visible string of the widget, one group per screen (files in `en/` and `es/`). */
export interface Messages {
  common: typeof common
  intro: typeof intro
  question: typeof question
  review: typeof review
  results: typeof results
  share: typeof share
  embed: typeof embed
}

/** Everything one language needs: English is built in, others load on demand (`loadLocale`). */
export interface LocalePack {
  locale: Locale
  messages: Messages
  /** Translates the default data (`defaults`) where `data` still has it; English, the data's own language, needs none. */
  localize?: (data: QuizData, defaults: QuizData) => QuizData
}

const PACKS: Partial<Record<Locale, LocalePack>> = {
  en: { locale: 'en', messages: { common, intro, question, review, results, share, embed } }
}

/** Makes a loaded pack available to `messagesFor` and `localizeData`. */
export function registerLocale(pack: LocalePack): void {
  PACKS[pack.locale] = pack
}

/** The pack of a locale if it is loaded (English always is). */
export function localePack(locale: Locale): LocalePack | undefined {
  return PACKS[locale]
}

/**
 * The default data's texts in `locale` once its pack is loaded; custom texts and
 * English data pass through unchanged.
 *
 * ```ts
 * await loadLocale('es')
 * localizeData(defaultData, 'es').roles[0].title // 'Responsable de programas de clientes'
 * ```
 */
export function localizeData(data: QuizData, locale: Locale): QuizData {
  return PACKS[locale]?.localize?.(data, defaultData) ?? data
}

/**
 * The string table of a locale; English until that locale's pack is loaded.
 *
 * ```ts
 * await loadLocale('es')
 * messagesFor('es').common.next // 'Siguiente'
 * ```
 */
export function messagesFor(locale: Locale): Messages {
  return (PACKS[locale] ?? PACKS.en!).messages
}

/** Fills `{name}` placeholders: `fill('Question {n} of {total}', { n: 3, total: 18 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match
  )
}
