// Turns what a site owner wrote (data attributes, element attributes or mount()
// options) into checked options. OPTIONS describes every option once: how to
// read it, its default, and what a warning says about a bad value. The element's
// attributes come from it, and a test holds MountOptions and the README's table
// to it. Pure: no DOM, no fetch; problems come back as warnings.
import type { Question, QuizData, Role } from '../engine/data'
import { LOCALES, type BuiltInLocale, type LocalePack, type MessageOverrides } from '../i18n/messages'
import type { DataKey, DataSource } from './custom-data'
import type { CompleteDetail } from './events'
import { isLiteralColor } from './literal-color'

/** Colour scheme of the widget: `auto` follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto'

/** How the widget sits in the page: `popup` is a launcher button that opens the quiz in a dialog. */
export type Mode = 'inline' | 'popup'

/** A built-in language, with or without a region: `'fr'`, `'fr-CA'`. */
export type BuiltInLocaleTag = BuiltInLocale | `${BuiltInLocale}-${string}`

/** How the widget is worded: `messages` by key, or by language code and then key. */
export type MessagesOption = MessageOverrides | { [locale: string]: MessageOverrides }

/** The language options: a built-in language, or any language with a pack. */
export type LocaleOptions =
  | {
    /** `'en'` (default), `'es'`, `'fr'` or `'de'`; region tags such as `'fr-CA'` work. */
    locale?: BuiltInLocaleTag
    localePack?: undefined
  }
  | {
    /** The pack's language tag: `'ar'`, `'pt-BR'`. */
    locale: string
    /** A site owner's language: a pack, or the same-origin URL of a file that leaves one on `window.CareerFitLocales`. */
    localePack: LocalePack | string
  }

/** Options of `mount()`; the same as the data attributes and the element's attributes. */
export type MountOptions = LocaleOptions & MountSettings

/** The options other than the language. */
export interface MountSettings {
  /** Texts replacing the widget's own, by key (the README lists them), for every language or per language. */
  messages?: MessagesOption | string
  /** `'light'` (default), `'dark'` or `'auto'` (follows the visitor's system). */
  theme?: Theme
  /** Accent colour, any CSS colour: `'#0a7d5a'`. */
  accent?: string
  /** Role ids to compare (at least 2) as an array or comma-separated; or custom roles (an array, JSON or a same-origin URL). */
  roles?: string | string[] | Role[]
  /** Custom quiz data merged over the defaults: an object, JSON or a same-origin URL. */
  data?: string | Partial<QuizData>
  /** Custom questions: an array, JSON or a same-origin URL. */
  questions?: string | Question[]
  /** Seconds to wait for custom data from a URL before showing that it could not be loaded (default 10). */
  loadTimeout?: number
  /** Page that share links open (default: the current page). */
  shareBase?: string
  /** Call to action under the recommendation: a URL template, `{role}` is the role id, `{title}` its title. */
  cta?: string
  /** The call to action's text, `{title}` is the role title: `'Browse {title} jobs'`. */
  ctaLabel?: string
  /** Where the call to action opens: `'_self'` (default) or `'_blank'` (a new tab, `rel="noopener"`). */
  ctaTarget?: CtaTarget
  /** Nonce for the `<style>` element used where constructable stylesheets are missing. */
  nonce?: string
  /** Key that keeps this widget's progress apart from others' (default: the host's id or position). */
  storageKey?: string
  /** `'inline'` (default) or `'popup'`: a launcher button that opens the quiz in a dialog. */
  mode?: Mode
  /** Called when the visitor reaches the results, with the `careerfit:complete` detail. */
  onComplete?: (detail: CompleteDetail) => void
}


/** A call to action under the recommendation: `{role}` is the role id, `{title}` its title. */
export interface CallToAction {
  url: string
  label: string | null
  /** Where the link opens: this tab (`_self`) or a new one (`_blank`, with `rel="noopener"`). */
  target: CtaTarget
}
export type CtaTarget = '_self' | '_blank'

/** Options after checking, every one with its value or default. */
export interface ResolvedOptions {
  /** A built-in code, or any language tag when `localePack` is given. */
  locale: string
  /** A site owner's pack, or the same-origin URL of its file. */
  localePack: LocalePack | string | null
  /** Wording over the language's strings: by key, or by locale and then key (checked once the language loads). */
  messages: Record<string, unknown> | null
  theme: Theme
  accent: string | null
  /** Black or white, whichever reads better on a hex `accent`; null when unknown. */
  accentText: string | null
  /** Ids of the roles to compare (at least 2), or null for all. */
  roles: string[] | null
  data: DataSource[]
  loadTimeout: number
  shareBase: string | null
  cta: CallToAction | null
  nonce: string | null
  storageKey: string | null
  mode: Mode
  onComplete: ((detail: CompleteDetail) => void) | null
}

export interface ParseContext {
  /** The page URL that relative URLs resolve against. */
  base: string
  /** Names an option the way the site owner wrote it, e.g. `theme` → `data-theme`. */
  attribute?: (key: string) => string
  /** Whether a string is a CSS colour (`CSS.supports('color', v)` in browsers). */
  isColor?: (value: string) => boolean
}

/** What an option's parser may use. */
interface Reader {
  /** `value` as an http(s) URL resolved against the page, optionally only of the page's origin. */
  url(value: unknown, sameOrigin?: boolean): string | undefined
  isColor(value: string): boolean
  /** The option's name as the site owner wrote it, for error messages. */
  attribute(key: string): string
  /** Whether another option was given at all (a language tag of ours needs no pack). */
  given(key: string): boolean
}

/** One option: how to read it and what a warning about a bad value says. */
export interface Option<Value> {
  /** What is used when the option is missing or invalid. */
  fallback: Value
  /** The checked value, or `undefined` when the value is invalid. */
  parse(value: unknown, read: Reader): Value | undefined
  /** Ends the warning's "is not valid": `: use "en" or "es"`. */
  hint?: string | undefined
  /** A `null` fallback in words, for the warning: `the default data`. */
  unset?: string | undefined
  /** Only a `mount()` option: no data attribute or element attribute. */
  script?: true
}

const option = <Value>(fallback: Value, parse: Option<Value>['parse'], hint?: string, unset?: string): Option<Value> =>
  ({ fallback, parse, hint, unset })

/** An option that takes exactly one of `values`, the first by default; its warning lists them. */
const oneOf = <Value extends string>(...values: Value[]): Option<Value> => option(values[0]!,
  value => (values.includes(value as Value) ? (value as Value) : undefined),
  `: use "${values.join('", "').replace(/", "(?!.*", ")/, '" or "')}"`)
const IDS = /^[a-z0-9][a-z0-9-]*(\s*,\s*[a-z0-9][a-z0-9-]*)*$/
const WEB = /^https?:$/

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

const unique = (ids: string[]): string[] => [...new Set(ids.map(id => id.trim()))]

/** Custom data given inline, as JSON or as a same-origin URL; `undefined` for anything else (a mistyped role list). */
const source = (key: DataKey) => (value: unknown, read: Reader): DataSource | undefined => {
  if (typeof value === 'object') return { key, value }
  if (typeof value !== 'string') return undefined
  let trimmed = value.trim()
  if (/^[[{]/.test(trimmed)) {
    try {
      return { key, value: JSON.parse(trimmed) }
    } catch (error) {
      return { key, error: `${read.attribute(key)} is not valid JSON: ${(error as Error).message}` }
    }
  }
  // A URL names a file or path.
  let url = /^[^\s]*[./][^\s]*$/.test(trimmed) ? read.url(trimmed, true) : undefined
  return url ? { key, url } : undefined
}

/** Role ids (2 or more), or custom roles. */
function roles(value: unknown, read: Reader): string[] | DataSource | undefined {
  let ids = typeof value === 'string' && IDS.test(value.trim()) ? value.split(',')
    : Array.isArray(value) && value.every(item => typeof item === 'string') ? value
    : undefined
  if (!ids) return source('roles')(value, read)
  ids = unique(ids)
  return ids.length >= 2 ? ids : undefined
}

const DATA_HINT = ': give JSON or a same-origin URL'

/** An object as it is, or one given as JSON. */
const json = (value: unknown): Record<string, unknown> | undefined => {
  try {
    return typeof value == 'object' ? (value as Record<string, unknown>) : String(value).trim().startsWith('{') ? JSON.parse(String(value)) : undefined
  } catch {}
}

/**
 * Every option, once, in the README's order. A new option is one entry here,
 * one in `MountOptions` and one row in the README's table.
 */
export const OPTIONS = {
  locale: option<string>('en', (value, read) => {
    let tag = typeof value === 'string' ? value.trim() : ''
    let code = tag.toLowerCase().split(/[-_]/)[0] as BuiltInLocale
    // Ours by their code, region or not; any language tag with a pack.
    return read.given('localePack') ? (/^[a-z]{2,3}(-\w+)*$/i.test(tag) ? tag : undefined) : LOCALES.includes(code) ? code : undefined
  }, ': use "en", "es", "fr", "de" or a localePack'),
  localePack: option<LocalePack | string | null>(null, (value, read) => json(value) as LocalePack | undefined ?? read.url(value, true),
    DATA_HINT),
  messages: option<Record<string, unknown> | null>(null, json, ': give JSON'),
  theme: oneOf<Theme>('light', 'dark', 'auto'),
  accent: option<string | null>(null, (value, read) => {
    let color = text(value)
    return color && isLiteralColor(color) && read.isColor(color) ? color : undefined
  }, ': give a literal colour, not var() or url()', 'the theme accent'),
  roles: option<string[] | DataSource | null>(null, roles,
    ': give 2 or more role ids, JSON or a same-origin URL', 'all roles'),
  data: option<DataSource | null>(null, source('data'), DATA_HINT, 'the default data'),
  questions: option<DataSource | null>(null, source('questions'), DATA_HINT, 'the default questions'),
  loadTimeout: option(10, value => (Number(value) > 0 ? Number(value) : undefined), ': give a number of seconds'),
  shareBase: option<string | null>(null, (value, read) => read.url(value), ': give an http(s) URL', 'the current page'),
  cta: option<string | null>(null, (value, read) =>
    typeof value === 'string' && read.url(value.replaceAll('{role}', 'role').replaceAll('{title}', 'title')) ? value.trim() : undefined,
  ': give an http(s) URL such as https://example.com/jobs?q={role}', 'no call to action'),
  ctaLabel: option<string | null>(null, text),
  ctaTarget: oneOf<CtaTarget>('_self', '_blank'),
  nonce: option<string | null>(null, text),
  storageKey: option<string | null>(null, text),
  mode: oneOf<Mode>('inline', 'popup'),
  onComplete: {
    ...option<ResolvedOptions['onComplete']>(null, value =>
      typeof value === 'function' ? (value as ResolvedOptions['onComplete']) : undefined, ': give a function'),
    script: true
  }
} satisfies { [Key in keyof MountOptions]-?: Option<unknown> }

export type OptionName = keyof typeof OPTIONS
type Given = { [Key in OptionName]: (typeof OPTIONS)[Key]['fallback'] }

/** `shareBase` → `share-base`; `data-` is added for data attributes. */
export const kebab = (key: string): string => key.replace(/[A-Z]/g, c => '-' + c.toLowerCase())

// Without CSS.supports (jsdom), any literal colour: isLiteralColor has already kept out
// every character that could close the rule the value is written into.
const cssColor = (value: string): boolean => globalThis.CSS?.supports?.('color', value) ?? true

/**
 * Checks raw options against OPTIONS; each invalid value gives one warning
 * naming the attribute, the bad value and the default used instead.
 *
 * ```js
 * let { options, warnings } = parseOptions({ locale: 'es', theme: 'dark' }, { base: location.href })
 * ```
 */
export function parseOptions(raw: Record<string, unknown>, context: ParseContext): { options: ResolvedOptions; warnings: string[] } {
  let { base, attribute = kebab, isColor = cssColor } = context
  let warnings: string[] = []
  let read: Reader = {
    isColor,
    attribute,
    given: key => raw[key] != null && raw[key] !== '',
    url(value, sameOrigin) {
      if (typeof value !== 'string') return undefined
      try {
        let parsed = new URL(value, base)
        if (!WEB.test(parsed.protocol)) return undefined
        return sameOrigin && parsed.origin !== new URL(base).origin ? undefined : parsed.href
      } catch {
        return undefined
      }
    }
  }
  let check = (key: OptionName): unknown => {
    let { fallback, parse, hint = '', unset = 'none' } = OPTIONS[key] as Option<unknown>
    let value = Object.hasOwn(raw, key) ? raw[key] : undefined
    if (value === '' || value == null) return fallback
    let parsed = parse(value, read)
    if (parsed !== undefined) return parsed
    let shown = typeof value === 'string' ? `"${value}"` : String(value)
    let used = fallback === null ? unset : `"${String(fallback)}"`
    warnings.push(`Career Fit: ${attribute(key)}=${shown} is not valid${hint}; using ${used}.`)
    return fallback
  }
  let given = Object.fromEntries(Object.keys(OPTIONS).map(key => [key, check(key as OptionName)])) as Given
  return { options: resolve(given), warnings }
}

/** Options that depend on others: custom data from three options, a label only with its link, a language and its pack. */
function resolve({ roles, data, questions, accent, cta, ctaLabel, ctaTarget, locale, localePack, ...rest }: Given): ResolvedOptions {
  let sources = [roles, data, questions].filter((item): item is DataSource => !!item && !Array.isArray(item))
  // A tag of ours needs no pack, another a valid one; English, every widget's fallback, takes none.
  if (!localePack && !LOCALES.includes(locale as BuiltInLocale)) locale = 'en'
  return {
    ...rest,
    locale,
    localePack: locale == 'en' ? null : localePack,
    accent,
    accentText: accent && textOn(accent),
    roles: Array.isArray(roles) ? roles : null,
    data: sources,
    cta: cta === null ? null : { url: cta, label: ctaLabel, target: ctaTarget }
  }
}

/**
 * `#000` or `#fff` for text on a `#rgb` / `#rrggbb` colour: black above the
 * relative luminance where both contrast ratios are equal (0.179).
 */
export function textOn(color: string): string | null {
  let hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(color)?.[1]
  if (!hex) return null
  let channels = (hex.length === 3 ? [...hex].map(c => c + c) : hex.match(/../g)!).map(pair => {
    let c = parseInt(pair, 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  let luminance = 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!
  return luminance > 0.179 ? '#000' : '#fff'
}
