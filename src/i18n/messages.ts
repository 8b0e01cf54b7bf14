import { common } from './en/common'
import { embed } from './en/embed'
import { intro } from './en/intro'
import { question } from './en/question'
import { results } from './en/results'
import { review } from './en/review'
import { share } from './en/share'
import { defaultData, type QuizData } from '../engine/data'
import type { DataStrings } from './localize-data'

/** Languages built in: English in the widget, the others in files loaded on demand. */
export type BuiltInLocale = 'en' | 'es' | 'fr' | 'de'

export const LOCALES: readonly BuiltInLocale[] = ['en', 'es', 'fr', 'de']

/**
 * A loaded language's key: a built-in code, a site owner's pack code (`ar`), or,
 * for a widget with its own `messages`, that code with a private-use tag (`fr-x-cf1`),
 * so the key is still a language tag `Intl` reads.
 */
export type Locale = string

/** Every visible string of the widget, one group per screen (files in `en/`, `es/`, `fr/`, `de/`). */
export interface Messages {
  common: typeof common
  intro: typeof intro
  question: typeof question
  review: typeof review
  results: typeof results
  share: typeof share
  embed: typeof embed
}

type Partly<Table> = { [Key in keyof Table]?: Table[Key] extends string ? string : Partly<Table[Key]> }
type Keys<Table, Prefix extends string = ''> = {
  [Key in keyof Table & string]: Table[Key] extends string ? `${Prefix}${Key}` : Keys<Table[Key], `${Prefix}${Key}.`>
}[keyof Table & string]

/** A string's key: its group and name, `intro.heading`, `results.bands.strong` (the README lists them all). */
export type MessageKey = Keys<Messages>

/** Texts by key, as the `messages` option takes them: `{ 'intro.heading': 'Find your role' }`. */
export type MessageOverrides = { [Key in MessageKey]?: string }

/**
 * A language a site owner writes and hosts (or passes to `mount()`): its strings, its
 * translation of the default data, its direction and the locale of its numbers.
 * Strings it leaves out are shown in English.
 */
export interface LocalePack {
  /** Language tag of the texts, `ar`, `pt-BR`; the widget's `locale` option when left out. */
  locale?: string
  /** `rtl` lays the widget out right to left; default `ltr`. */
  dir?: 'ltr' | 'rtl'
  /** Locale that numbers, money and percentages are written in (`ar-EG`); default `locale`. */
  numbers?: string
  /** Keeps titles and labels capitalised inside sentences, as German nouns are; by default "Product manager" reads "product manager" there. */
  keepCase?: boolean
  /** The strings, nested by group as in the English tables (or by `MessageKey`). */
  messages: Partly<Messages> | MessageOverrides
  /** The default data's texts in this language, by the data's ids. */
  data?: Partial<DataStrings>
}

/** A pack with every string, and its data texts as a function: ours, or a site owner's once checked. */
export interface CompletePack extends Omit<LocalePack, 'messages' | 'data'> {
  messages: Messages
  /** Translates the default data (`defaults`) where `data` still has it. */
  localize?: ((data: QuizData, defaults: QuizData) => QuizData) | undefined
}

/** A language ready to show: every string there (English where its pack had none). */
export interface Language {
  /** Where it is registered: what `messagesFor` and `formattersFor` take. */
  key: Locale
  locale: string
  dir: 'ltr' | 'rtl'
  numbers: string
  keepCase?: boolean | undefined
  messages: Messages
  localize?: CompletePack['localize']
}

const english: Language = {
  key: 'en', locale: 'en', dir: 'ltr', numbers: 'en-US',
  messages: { common, intro, question, review, results, share, embed }
}
const PACKS: Record<Locale, Language> = { en: english }

/**
 * Makes a complete pack available under `key`, its language code.
 *
 * ```ts
 * registerLocale('fr', fr)
 * ```
 */
export function registerLocale(key: Locale, pack: CompletePack): Language {
  let locale = pack.locale ?? key
  return (PACKS[key] = { ...pack, key, locale, dir: pack.dir || 'ltr', numbers: pack.numbers ?? locale })
}

let reworded = 0

/**
 * Registers a widget's own wording of a language (the `messages` option, applied by
 * `rewordFor`) under a key of its own (`fr-x-cf1`), which `unregisterLocale` forgets.
 *
 * ```ts
 * rewordLocale(languageOf('en'), { ...messagesFor('en'), intro: { ...messagesFor('en').intro, heading: 'Find your role' } })
 * ```
 */
export function rewordLocale(language: Language, messages: Messages): Language {
  let key = `${language.key}-x-cf${++reworded}`
  return (PACKS[key] = { ...language, key, messages })
}

/** Forgets a widget's own wording (from `rewordLocale`) when the widget goes. */
export function unregisterLocale(key: Locale): void {
  delete PACKS[key]
}

/** The language under a key if it is loaded (English always is). */
export function localePack(key: Locale): Language | undefined {
  // Keys are language tags (options.ts checks them), never inherited names such as `constructor`.
  return PACKS[key]
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
