import { common } from './en/common'
import { embed } from './en/embed'
import { intro } from './en/intro'
import { question } from './en/question'
import { results } from './en/results'
import { review } from './en/review'
import { share } from './en/share'
import { defaultData, type QuizData } from '../engine/data'
import { page } from '../embed/page'
import type { BuiltInLocale, CompletePack, Language, Locale, Messages } from './language'

export type { BuiltInLocale, CompletePack, Language, LocalePack, Locale, MessageKey, MessageOverrides, Messages } from './language'

export const LOCALES: readonly BuiltInLocale[] = ['en', 'es', 'fr', 'de']

const english: Language = {
  key: 'en', locale: 'en', dir: 'ltr', numbers: 'en-US',
  messages: { common, intro, question, review, results, share, embed }
}

/**
 * Makes a complete pack available under `key`, its language code.
 *
 * ```ts
 * registerLocale('fr', fr)
 * ```
 */
export function registerLocale(key: Locale, pack: CompletePack): Language {
  let locale = pack.locale ?? key
  return (page.languages[key] = { ...pack, key, locale, dir: pack.dir || 'ltr', numbers: pack.numbers ?? locale })
}

/**
 * Registers a widget's own wording of a language (the `messages` option, applied by
 * `rewordFor`) under a key of its own (`fr-x-cf1`), which `unregisterLocale` forgets.
 *
 * ```ts
 * rewordLocale(languageOf('en'), { ...messagesFor('en'), intro: { ...messagesFor('en').intro, heading: 'Find your role' } })
 * ```
 */
export function rewordLocale(language: Language, messages: Messages): Language {
  let key = `${language.key}-x-cf${++page.reworded}`
  return (page.languages[key] = { ...language, key, messages })
}

/** Forgets a widget's own wording (from `rewordLocale`) when the widget goes. */
export function unregisterLocale(key: Locale): void {
  delete page.languages[key]
}

/** The language under a key if it is loaded (English always is). */
export function localePack(key: Locale): Language | undefined {
  // Keys are language tags (options.ts checks them), never inherited names such as `constructor`.
  return page.languages[key] ?? (key == 'en' ? english : undefined)
}

/** The language under a key, English until it is loaded. */
export const languageOf = (key: Locale): Language => localePack(key) ?? english

/**
 * The default data's texts in a language once its pack is loaded; custom texts and
 * English data pass through unchanged.
 *
 * ```ts
 * await loadLocale('es')
 * localizeData(defaultData, 'es').roles[0].title // 'Responsable de programas de clientes'
 * ```
 */
export function localizeData(data: QuizData, key: Locale): QuizData {
  return localePack(key)?.localize?.(data, defaultData) ?? data
}

/**
 * The string table of a language; English until that language's pack is loaded.
 *
 * ```ts
 * await loadLocale('es')
 * messagesFor('es').common.next // 'Siguiente'
 * ```
 */
export function messagesFor(key: Locale): Messages {
  return languageOf(key).messages
}

/** Fills `{name}` placeholders: `fill('Question {n} of {total}', { n: 3, total: 18 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match
  )
}
