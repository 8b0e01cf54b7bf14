// mount(): one widget in an open shadow root of a host element, and everything
// needed to take it out again.
import { h, render } from 'preact'
import { version as packageVersion } from '../../package.json'
import type { Question, QuizData, Role } from '../engine/data'
import type { ParseResult } from '../engine/parse-data'
import { loadLocale } from '../i18n/load-locale'
import { localizeData, rewordLocale, unregisterLocale, type BuiltInLocale, type Language, type LocalePack, type MessageOverrides } from '../i18n/messages'
import { decodeAnswers } from '../share/codec'
import { clearShareCode, readShareCode, resultUrl } from '../share/link'
import { createQuiz, type Quiz, type QuizEvent } from '../state/quiz'
import { emit, type CompleteDetail } from './events'
import { LoadError } from './load-error'
import type { Checks } from '../i18n/checks'
import { loadChecks } from '../i18n/load-checks'
import { loadData, pickRoles } from './load-data'
import { kebab, parseOptions, type ResolvedOptions, type Theme } from './options'
import { applyStyles } from './styles'
import { Widget } from './widget'

/** The widget's version, package.json's (typed here so the declarations don't import package.json). */
export const version: string = packageVersion

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
  /** Page that share links open (default: the current page). */
  shareBase?: string
  /** Call to action under the recommendation: a URL template, `{role}` is the role id, `{title}` its title. */
  cta?: string
  /** The call to action's text, `{title}` is the role title: `'Browse {title} jobs'`. */
  ctaLabel?: string
  /** Nonce for the `<style>` element used where constructable stylesheets are missing. */
  nonce?: string
  /** Key that keeps this widget's progress apart from others' (default: the host's id or position). */
  storageKey?: string
  /** Called when the visitor reaches the results, with the `careerfit:complete` detail. */
  onComplete?: (detail: CompleteDetail) => void
}

/** What `mount()` returns. */
export interface CareerFitHandle {
  /** The host element the widget lives in. */
  readonly element: Element
  /** Back to the intro, forgetting the answers and stored progress. */
  reset(): void
  /** Removes the widget, its styles and its listeners; the host element stays as it was. */
  destroy(): void
}

const live = new WeakMap<Element, CareerFitHandle>()
const HOSTS = '[data-career-fit],career-fit-quiz'
// The widget showing each share code, so a page with several quizzes shows a shared result once.
const claims = new Map<string, WeakRef<Element>>()

/** Whether an element holds a widget, from this or another copy of the script. */
export const isMounted = (host: Element): boolean => !!host.shadowRoot?.querySelector('.root')

function storageKey(host: Element, options: ResolvedOptions): string {
  let index = [...document.querySelectorAll(HOSTS)].indexOf(host)
  return 'career-fit:' + (options.storageKey ?? (host.id || (index < 0 ? 'widget' : index)))
}

// A share link's answers; `false` when the page's URL holds a code that can't be read.
// A link belongs to one widget: the first whose questions read it. With several
// widgets a code one can't read may be another quiz's, so only a lone widget calls it damaged.
function sharedAnswers(host: Element, data: QuizData) {
  let code = readShareCode(location.hash)
  if (code === null) return null
  let owner = claims.get(code)?.deref()
  if (owner && owner !== host && owner.isConnected && live.has(owner)) return null
  let decoded = decodeAnswers(code, data.questions)
  if (decoded.ok) {
    claims.set(code, new WeakRef(host))
    return decoded.answers
  }
  let alone = [...document.querySelectorAll(HOSTS)].every(element => element === host)
  return alone ? false : null
}

// Once the visitor leaves a shared result for their own quiz, a reload must not
// bring the shared result back: drop our part of the fragment, nothing else.
function forgetShareCode(shared: boolean): void {
  if (shared || readShareCode(location.hash) === null) return
  history.replaceState(history.state, '', clearShareCode(location.href))
}

/**
 * Renders a Career Fit quiz into `target` (an element or a CSS selector) inside
 * an open shadow root. The target's `data-*` options apply; `options` win.
 *
 * ```js
 * let widget = CareerFit.mount('#quiz', { locale: 'es', theme: 'dark' })
 * widget.destroy()
 * ```
 */
export function mount(target: Element | string, options: MountOptions = {}): CareerFitHandle {
  let host = typeof target === 'string' ? document.querySelector(target) : target
  if (!host) throw new Error(`Career Fit: no element matches the selector "${String(target)}"`)
  let own = options as Record<string, unknown>
  return start(host, { ...datasetOptions(host), ...own }, key => (Object.hasOwn(own, key) ? key : 'data-' + kebab(key)))
}

/** The options written as `data-*` attributes on an element (`data-share-base` → `shareBase`). */
export function datasetOptions(host: Element): Record<string, unknown> {
  return host instanceof HTMLElement ? { ...host.dataset } : {}
}

/** Mounts with raw options whose names `attribute` spells as the site owner wrote them (for warnings). */
export function start(host: Element, raw: Record<string, unknown>, attribute: (key: string) => string): CareerFitHandle {
  live.get(host)?.destroy()
  let warn = (message: string) => console.warn(message)
  let options = parseOptions(raw, warn, { attribute })
  let shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  let cleanups = [applyStyles(shadow, options.nonce)]
  if (options.accent) {
    let text = options.accentText ? `;--cf-accent-text:var(--career-fit-accent-text,${options.accentText})` : ''
    cleanups.push(applyStyles(shadow, options.nonce, `.root{--cf-accent:${options.accent}${text}}`))
  }
  let root = document.createElement('div')
  root.className = 'root'
  root.setAttribute('part', 'root')
  root.setAttribute('data-theme', options.theme)
  root.lang = options.locale
  shadow.append(root)

  let quiz: Quiz | undefined
  let running = true
  let onEvent = (event: QuizEvent) => {
    if (!running || !quiz) return
    if (event.type === 'step') emit(host, 'careerfit:step', { step: event.step + 1, questionId: event.questionId })
    else if (event.type === 'share') emit(host, 'careerfit:share', { channel: event.channel })
    else if (event.type === 'feedback') emit(host, 'careerfit:feedback', { roleId: event.roleId, helpful: event.helpful })
    else {
      let detail: CompleteDetail = {
        ranking: event.result.ranking.map(({ id, title, match }) => ({ id, title, match })),
        answers: { ...event.answers },
        shareUrl: resultUrl(event.answers, quiz.data.questions, options.shareBase)
      }
      emit(host, 'careerfit:complete', detail)
      try {
        options.onComplete?.(detail)
      } catch (error) {
        console.error(error)
      }
    }
  }
  // `language` is English when the requested language's strings could not be loaded.
  let show = (loaded: ParseResult<QuizData>, language: Language, checks?: Checks | void | null) => {
    if (!running) return
    if (checks) {
      language = rewordLocale(language, options.messages!, checks.reword, warn, attribute('messages'))
      cleanups.push(() => unregisterLocale(language.key))
    }
    let locale = language.key
    root.removeAttribute('aria-busy')
    root.lang = language.locale
    root.dir = language.dir
    if (!loaded.ok) {
      console.error('Career Fit: the quiz data is invalid:\n' + loaded.errors.join('\n'))
      return render(h(LoadError, { errors: loaded.errors, locale }), root)
    }
    let data = pickRoles(loaded.value, options.roles)
    if (!data) {
      warn(`Career Fit: ${attribute('roles')}="${String(options.roles)}" names fewer than 2 known roles; using all roles.`)
      data = loaded.value
    }
    data = localizeData(data, locale)
    let shared = sharedAnswers(host, data)
    quiz = createQuiz({ data, storageKey: storageKey(host, options), sharedAnswers: shared || null, onEvent })
    if (shared) cleanups.push(quiz.$shared.listen(forgetShareCode))
    let { shareBase, cta, accent } = options
    render(h(Widget, { quiz, locale, shareBase, cta, accent: accent ?? '#1d4ed8', badLink: shared === false }), root)
    emit(host, 'careerfit:ready', { version })
  }
  // Custom data and a language other than English may both have to load first.
  let data = loadData(options.data)
  let pack = loadLocale(options.locale, options.localePack)
  // Wording is checked before it is shown; without the checks the widget keeps its own.
  let checks = options.messages && loadChecks().catch((error: Error) =>
    warn(`Career Fit: ${attribute('messages')} can't be checked (${error.message}); using the default wording.`))
  if (data instanceof Promise || pack instanceof Promise || checks) {
    root.setAttribute('aria-busy', 'true')
    void Promise.all([data, pack, checks]).then(([data, pack, checks]) => show(data, pack, checks))
  } else show(data, pack)

  let handle: CareerFitHandle = {
    element: host,
    reset: () => quiz?.restart(),
    destroy() {
      if (!running) return
      running = false
      quiz?.destroy()
      render(null, root)
      root.remove()
      for (let cleanup of cleanups) cleanup()
      if (live.get(host) === handle) live.delete(host)
      for (let [code, owner] of claims) if (owner.deref() === host) claims.delete(code)
    }
  }
  live.set(host, handle)
  return handle
}
