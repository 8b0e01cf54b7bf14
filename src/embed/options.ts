// Turns what a site owner wrote (data attributes, element attributes or mount()
// options) into checked options. Pure: no DOM, no fetch; problems go to `warn`.
import { LOCALES, type LocalePack } from '../i18n/messages'
import type { CompleteDetail } from './events'
import { isLiteralColor } from './literal-color'

/** Colour scheme of the widget: `auto` follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto'

/** Where custom quiz data comes from: a value given inline, a same-origin URL to fetch, or JSON that failed to parse. */
export type DataSource =
  | { key: DataKey; value: unknown }
  | { key: DataKey; url: string }
  | { key: DataKey; error: string }
export type DataKey = 'data' | 'roles' | 'questions'

/** A call to action under the recommendation: `{role}` is the role id, `{title}` its title. */
export interface CallToAction {
  url: string
  label: string | null
}

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
  shareBase: string | null
  cta: CallToAction | null
  nonce: string | null
  storageKey: string | null
  onComplete: ((detail: CompleteDetail) => void) | null
}

export interface ParseContext {
  /** Names an option the way the site owner wrote it, e.g. `theme` → `data-theme`. */
  attribute?: (key: string) => string
  /** The page URL that relative URLs resolve against. */
  base?: string
  /** Whether a string is a CSS colour (`CSS.supports('color', v)` in browsers). */
  isColor?: (value: string) => boolean
}

// What a missing option means, for warnings.
const UNSET: Record<string, string> = {
  accent: 'the theme accent',
  roles: 'all roles',
  data: 'the default data',
  questions: 'the default questions',
  shareBase: 'the current page',
  cta: 'no call to action',
  messages: 'the default wording'
}
const THEMES: readonly Theme[] = ['light', 'dark', 'auto']
const IDS = /^[a-z0-9][a-z0-9-]*(\s*,\s*[a-z0-9][a-z0-9-]*)*$/
const WEB = /^https?:$/

/** `shareBase` → `share-base`; `data-` is added for data attributes. */
export const kebab = (key: string): string => key.replace(/[A-Z]/g, c => '-' + c.toLowerCase())

function cssColor(value: string): boolean {
  let css = globalThis.CSS
  if (css && typeof css.supports === 'function') return css.supports('color', value)
  // Without CSS.supports (jsdom), accept only characters a colour can contain,
  // so a value can never close the rule it is written into.
  return /^[#\w\s(),.%/+-]+$/.test(value)
}

/**
 * Checks raw options; each invalid value gives one warning naming the
 * attribute, the bad value and the default used instead.
 *
 * ```js
 * parseOptions({ locale: 'es', theme: 'dark' }, console.warn)
 * ```
 */
export function parseOptions(
  raw: Record<string, unknown>,
  warn: (message: string) => void,
  context: ParseContext = {}
): ResolvedOptions {
  let name = context.attribute ?? kebab
  let base = context.base ?? (typeof location === 'undefined' ? 'http://localhost/' : location.href)
  let given = (key: string): unknown => {
    let value = Object.hasOwn(raw, key) ? raw[key] : undefined
    return value === '' || value === null ? undefined : value
  }
  let reject = <T>(key: string, fallback: T, why = ''): T => {
    let shown = typeof given(key) === 'string' ? `"${String(given(key))}"` : String(given(key))
    let used = fallback === null ? (UNSET[key] ?? 'none') : `"${String(fallback)}"`
    warn(`Career Fit: ${name(key)}=${shown} is not valid${why}; using ${used}.`)
    return fallback
  }
  let pick = <T>(key: string, fallback: T, parse: (value: unknown) => T | undefined, why?: string): T => {
    let value = given(key)
    if (value === undefined) return fallback
    let parsed = parse(value)
    return parsed === undefined ? reject(key, fallback, why) : parsed
  }
  let url = (value: unknown, sameOrigin = false): string | undefined => {
    if (typeof value !== 'string') return undefined
    try {
      let parsed = new URL(value, base)
      if (!WEB.test(parsed.protocol)) return undefined
      return sameOrigin && parsed.origin !== new URL(base).origin ? undefined : parsed.href
    } catch {
      return undefined
    }
  }

  let data: DataSource[] = []
  let source = (key: DataKey, value: unknown): boolean => {
    if (value === undefined) return true
    if (typeof value !== 'string') {
      if (typeof value !== 'object') return false
      data.push({ key, value })
      return true
    }
    let text = value.trim()
    if (text.startsWith('{') || text.startsWith('[')) {
      try {
        data.push({ key, value: JSON.parse(text) })
      } catch (error) {
        data.push({ key, error: `${name(key)} is not valid JSON: ${(error as Error).message}` })
      }
      return true
    }
    // A URL names a file or path; anything else (e.g. a mistyped role list) is a mistake.
    let href = /^[^\s]*[./][^\s]*$/.test(text) ? url(text, true) : undefined
    if (href) data.push({ key, url: href })
    return href !== undefined
  }

  let roles = pick<string[] | null>('roles', null, value => {
    if (typeof value === 'string' && IDS.test(value.trim())) return unique(value.split(','))
    if (Array.isArray(value) && value.every(item => typeof item === 'string')) return unique(value)
    return source('roles', value) ? null : undefined
  }, ': give at least 2 role ids separated by commas, JSON or a same-origin URL')
  if (roles && roles.length < 2) roles = reject('roles', null, ': give at least 2 role ids')
  if (!source('data', given('data'))) reject('data', null, ': give JSON or a same-origin URL')
  if (!source('questions', given('questions'))) reject('questions', null, ': give JSON or a same-origin URL')

  let ctaUrl = pick<string | null>('cta', null, value =>
    typeof value === 'string' && url(value.replaceAll('{role}', 'role').replaceAll('{title}', 'title')) ? value.trim() : undefined,
  ': give an http(s) URL template such as https://example.com/jobs?q={role}')

  let accent = pick<string | null>('accent', null, value =>
    typeof value === 'string' && isLiteralColor(value.trim()) && (context.isColor ?? cssColor)(value.trim()) ? value.trim() : undefined,
  ': give a literal colour, not var() or url()')
  // Inline JSON or an object; for `localePack`, a same-origin URL too.
  let json = (value: unknown): object | undefined => {
    try {
      return typeof value == 'object' ? value! : String(value).trim().startsWith('{') ? JSON.parse(String(value)) : undefined
    } catch {}
  }
  let localePack = pick<LocalePack | string | null>('localePack', null, value => (json(value) as LocalePack | undefined) ?? url(value, true),
    ': give JSON or a same-origin URL')
  // English is every widget's fallback: a pack never replaces it (`messages` rewords it).
  let locale = pick('locale', (localePack as LocalePack | null)?.locale ?? 'en', value => {
    let tag = typeof value === 'string' ? value.trim() : ''
    let code = tag.toLowerCase().split(/[-_]/)[0] as (typeof LOCALES)[number]
    return localePack ? (/^[a-z]{2,3}(-\w+)*$/i.test(tag) ? tag : undefined) : LOCALES.includes(code) ? code : undefined
  }, localePack ? ': give a language tag' : ': use "en", "es", "fr", "de" or a localePack')
  return {
    locale,
    localePack: locale == 'en' ? null : localePack,
    messages: pick<Record<string, unknown> | null>('messages', null, value => json(value) as Record<string, unknown>, ': give JSON'),
    theme: pick<Theme>('theme', 'light', value => (THEMES.includes(value as Theme) ? (value as Theme) : undefined),
      ': use "light", "dark" or "auto"'),
    accent,
    accentText: accent && textOn(accent),
    roles,
    data,
    shareBase: pick<string | null>('shareBase', null, value => url(value), ': give an http(s) URL'),
    cta: ctaUrl === null ? null : { url: ctaUrl, label: pick<string | null>('ctaLabel', null, text) },
    nonce: pick<string | null>('nonce', null, text),
    storageKey: pick<string | null>('storageKey', null, text),
    onComplete: pick<ResolvedOptions['onComplete']>('onComplete', null, value =>
      typeof value === 'function' ? (value as ResolvedOptions['onComplete']) : undefined, ': give a function')
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

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

function unique(ids: string[]): string[] {
  return [...new Set(ids.map(id => id.trim()))]
}
