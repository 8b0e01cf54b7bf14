// mount(): one widget in an open shadow root of a host element, and everything
// needed to take it out again.
import { render } from 'preact'
// The JSX runtime the components use already, so the bundle carries no createElement.
import { jsx } from 'preact/jsx-runtime'
import { version as packageVersion } from '../../package.json'
import type { Answers } from '../engine/answers'
import { defaultData, type QuizData } from '../engine/data'
import type { Outcome } from '../engine/parse-data'
import { loadLocale, readyLocale } from '../i18n/load-locale'
import type { Checks } from '../i18n/checks'
import { loadChecks } from '../i18n/load-checks'
import { localizeData, rewordLocale, unregisterLocale, type Language } from '../i18n/messages'
import { decodeAnswers, fingerprint } from '../share/codec'
import { clearShareCode, readShareCodes } from '../share/link'
import type { Environment } from '../state/environment'
import { createQuiz, type Emit, type Quiz } from '../state/quiz'
import { browserEnvironment } from './browser-environment'
import { emit, type CompleteDetail } from './events'
import { LoadError } from './load-error'
import { loadData, pickRoles } from './load-data'
import { loadPopup } from './load-popup'
import { kebab, parseOptions, type MountOptions, type ResolvedOptions } from './options'
import { claimHost, freeKey, releaseHost, shownElsewhere, widgetOn, type Mounted } from './page'
import type { PopupAddOn, ShowPopup } from './popup'
import { applyStyles } from './styles'
import { Widget } from './widget'

/** The widget's version, package.json's (typed here so the declarations don't import package.json). */
export const version: string = packageVersion
export type { MountOptions }

/** What `mount()` returns. */
export interface CareerFitHandle {
  /** The host element the widget lives in. */
  readonly element: Element
  /** Back to the intro, forgetting the answers and stored progress. */
  reset(): void
  /** Opens a popup widget's dialog (`mode: 'popup'`); an inline widget ignores it. */
  open(): void
  /** Closes a popup widget's dialog, keeping the answers. */
  close(): void
  /** Removes the widget, its styles and its listeners; the host element stays as it was. */
  destroy(): void
}

const HOSTS = '[data-career-fit],career-fit-quiz'

const hosts = (): Element[] => [...document.querySelectorAll(HOSTS)]

// The key names the question set too, so a widget in the same place on another page,
// with its own questions, never touches this one's record.
function storageKey(host: Element, options: ResolvedOptions, questions: QuizData['questions']): string {
  let index = hosts().indexOf(host)
  return `career-fit:${options.storageKey ?? (host.id || (index < 0 ? 'widget' : index))}:${fingerprint(questions).toString(36)}`
}

// A share link's answers; `false` when the page's URL holds a code that can't be read.
// A link belongs to one widget: the first whose questions read it. With several
// widgets a code one can't read may be another quiz's, so only a lone widget calls it damaged.
// The last code that reads wins: a second link pasted onto the first leaves both in the URL.
function sharedAnswers(widget: Mounted, data: QuizData, { location }: Environment): Answers | false | null {
  let codes = readShareCodes(location.hash).filter(code => !shownElsewhere(code, widget.host))
  for (let code of codes) {
    let decoded = decodeAnswers(code, data.questions)
    if (decoded.ok) {
      widget.shareCode = code
      return decoded.value
    }
  }
  return codes.length && hosts().every(element => element === widget.host) ? false : null
}

// Once the visitor leaves a shared result for their own quiz, a reload must not
// bring the shared result back: drop our part of the fragment, nothing else.
function forgetShareCode({ location, replaceUrl }: Environment): void {
  if (readShareCodes(location.hash).length) replaceUrl(clearShareCode(location.href))
}

// The widget's styles and root element in the host's shadow root; what takes them out again goes to `cleanups`.
function addRoot(host: Element, options: ResolvedOptions, cleanups: (() => void)[]): HTMLElement {
  let shadow: ShadowRoot
  try {
    // <body> could hold a shadow root, but the widget would hide the whole page.
    if (host == document.body) throw 0
    shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  } catch {
    // Only some elements can hold a shadow root (not <li>, <button>, SVG, <template>), and a number none.
    throw new Error(`Career Fit: can't mount on ${host.localName ? `<${host.localName}>` : String(host)}: use a <div> or <section>`)
  }
  shadow.querySelector('slot')?.remove()
  cleanups.push(applyStyles(shadow, options.nonce))
  if (options.accent) {
    let text = options.accentText ? `;--cf-accent-text:var(--career-fit-accent-text,${options.accentText})` : ''
    cleanups.push(applyStyles(shadow, options.nonce, `.root{--cf-accent:${options.accent}${text}}`))
  }
  let root = document.createElement('div')
  // `root inline` or `root popup`.
  root.className = 'root ' + options.mode
  root.setAttribute('part', 'root')
  root.setAttribute('data-theme', options.theme)
  root.lang = options.locale
  shadow.append(root)
  return root
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
  // HTML, SVG and MathML elements have a dataset; any other element has none.
  return { ...(host as HTMLElement).dataset }
}

/**
 * Mounts with raw options whose names `attribute` spells as the site owner wrote
 * them (for warnings), on the page `environment` describes.
 */
export function start(
  host: Element,
  raw: Record<string, unknown>,
  attribute: (key: string) => string,
  environment: Environment = browserEnvironment()
): CareerFitHandle {
  let previous = widgetOn(host)
  let carried = previous?.carry?.()
  previous?.destroy()
  let { options, warnings } = parseOptions(raw, { attribute, base: environment.location.href })
  for (let warning of warnings) environment.warn(warning)
  let cleanups: (() => void)[] = []
  let root = addRoot(host, options, cleanups)
  let quiz: Quiz | undefined
  let popup: ShowPopup | undefined
  let widget: Mounted = {
    host,
    shareCode: null,
    carry: () => quiz && {
      state: quiz.$state.get(), key: widget.key!,
      focus: [...root.querySelectorAll('*')].indexOf(host.shadowRoot!.activeElement!)
    },
    destroy() {
      if (!releaseHost(widget)) return
      quiz?.destroy()
      render(null, root)
      // A shadow root can't be taken off again: a slot shows the host's own children as before.
      root.replaceWith(document.createElement('slot'))
      for (let cleanup of cleanups) cleanup()
    }
  }
  claimHost(widget)

  let dispatch: Emit = (type, detail) => {
    emit(host, type, detail)
    if (type !== 'careerfit:complete') return
    try {
      options.onComplete?.(detail as CompleteDetail)
    } catch (error) {
      environment.error(error)
    }
  }
  // `language` is English when the requested language's strings could not be loaded;
  // `addOn` is popup mode, or why it could not be loaded.
  let show = (loaded: Outcome<QuizData>, language: Language, checks: Checks | void | null, addOn?: PopupAddOn | string | false) => {
    if (checks) {
      let messages = checks.rewordFor(language.messages, options.messages!, language.key, environment.warn, attribute('messages'))
      language = rewordLocale(language, messages)
      cleanups.push(() => unregisterLocale(language.key))
    }
    let locale = language.key
    root.removeAttribute('aria-busy')
    root.lang = language.locale
    root.dir = language.dir
    // No console error of ours: the browser's console names the file that failed already.
    if (typeof addOn == 'string') {
      return render(jsx(LoadError, { heading: language.messages.embed.unavailable, errors: [addOn] }), root)
    }
    if (!loaded.ok) {
      environment.error('Career Fit: the quiz data is invalid:\n' + loaded.errors.join('\n'))
      return render(jsx(LoadError, { heading: language.messages.embed.invalid, errors: loaded.errors }), root)
    }
    let data = pickRoles(loaded.value, options.roles)
    if (!data) {
      environment.warn(`Career Fit: ${attribute('roles')}="${String(options.roles)}" names fewer than 2 known roles; using all roles.`)
      data = loaded.value
    }
    data = localizeData(data, locale)
    let shared = sharedAnswers(widget, data, environment)
    let key = storageKey(host, options, data.questions)
    widget.key = freeKey(key, widget)
    if (widget.key !== key) environment.warn(`Career Fit: another widget uses the storage key "${key}": give each its own ${attribute('storageKey')}.`)
    // New options for the same questions and storage key go on where the visitor was; others start over.
    let same = carried?.key === widget.key
    quiz = createQuiz({
      data, environment, storageKey: widget.key, shareBase: options.shareBase,
      sharedAnswers: shared || null, restore: same ? carried!.state : undefined, emit: dispatch
    })
    // A link pasted into the address bar after the page loaded opens too.
    let onHashChange = () => {
      let answers = sharedAnswers(widget, data, environment)
      if (answers) quiz!.openShared(answers)
    }
    addEventListener('hashchange', onHashChange)
    cleanups.push(quiz.$shared.listen(stillShared => stillShared || forgetShareCode(environment)), () => removeEventListener('hashchange', onHashChange))
    render(jsx(Widget, { quiz, locale, environment, cta: options.cta, badLink: shared === false, restarted: !!carried && !same }), root)
    if (addOn) popup = addOn(root, quiz, language.messages, cleanups)
    if (same) (root.querySelectorAll('*')[carried!.focus] as HTMLElement | undefined)?.focus()
    else emit(host, 'careerfit:ready', { version })
  }
  // A widget with nothing to load (default data, a language that is ready, its own
  // wording, inline) renders at once, without waiting a tick; others wait for all of it.
  // A popup widget waits for popup mode too, so it never shows the quiz inline first.
  let popupMode = options.mode == 'popup'
  let ready = !popupMode && !options.data.length && !options.messages && !options.localePack && readyLocale(options.locale)
  if (ready) show({ ok: true, value: defaultData }, ready, null)
  else {
    root.setAttribute('aria-busy', 'true')
    // Wording is checked before it is shown; without the checks the widget keeps its own.
    let checks = options.messages && loadChecks().catch((error: Error) =>
      environment.warn(`Career Fit: ${attribute('messages')} not checked (${error.message}); not used.`))
    void Promise.all([
      loadData(options.data, environment, options.loadTimeout), loadLocale(options.locale, options.localePack, environment.warn), checks,
      popupMode && loadPopup().catch((error: Error) => error.message)
    ]).then(([loaded, language, checked, addOn]) => widgetOn(host) === widget && show(loaded, language, checked, addOn))
  }

  return {
    element: host, reset: () => quiz?.reset(), destroy: widget.destroy,
    open: () => popup?.(true), close: () => popup?.(false)
  }
}
