// The shapes of languages and their strings, apart from the registry in messages.ts,
// so the page's state (src/embed/page.ts) can name them without an import cycle.
import type { common } from './en/common'
import type { embed } from './en/embed'
import type { intro } from './en/intro'
import type { question } from './en/question'
import type { results } from './en/results'
import type { review } from './en/review'
import type { share } from './en/share'
import type { QuizData } from '../engine/data'
import type { DataStrings } from './localize-data'

/** Languages built in: English in the widget, the others in files loaded on demand. */
export type BuiltInLocale = 'en' | 'es' | 'fr' | 'de'

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
