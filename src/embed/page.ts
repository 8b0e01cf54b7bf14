// The widget's module-level state, all of it in one place: what one copy of the
// script shares across the widgets it mounts on a page. Everything else belongs to
// one widget and goes away with it. (Two memos also live beside the code they
// serve, keyed by what they are computed from and never changed: the salary
// rate per data set in engine/parts.ts and the number formats per locale in
// i18n/format.ts. Popup mode, a file of its own that can't share this object, keeps
// its two page-wide sets in popup.ts: the clicks already handled and the dialogs to
// reopen after a re-mount.)
import type { Checks } from '../i18n/checks'
import type { Language, Locale } from '../i18n/language'
import type { QuizState } from '../state/quiz'
import type { parseCustomData } from './custom-data'
import type { PopupAddOn } from './popup'

/** A widget on a host element, as the page sees it. */
export interface Mounted {
  readonly host: Element
  /** The share code from the page's URL this widget shows, if any. */
  shareCode: string | null
  /** The storage key its progress is saved under, once its data is loaded. */
  key?: string
  /** What a re-mount with new options goes on from: the state, its storage key (naming the question set), the focused element's index. */
  carry?(): { state: QuizState; key: string; focus: number } | undefined
  destroy(): void
}

// Any copy of the script (the script tag, the ES module) finds a host's widget here.
const WIDGET: unique symbol = Symbol.for('career-fit.widget')
type Host = Element & { [WIDGET]?: Mounted | undefined }

export const page: {
  /** The widgets this copy mounted and has not destroyed; weakly, so a host the page drops without `destroy()` can go. */
  widgets: Set<WeakRef<Mounted>>
  /** The script tag this copy came from, set while it runs (see add-on.ts). */
  script?: { src: string; nonce: string }
  /** The custom-data checker, loaded once for every widget that needs it (see load-data.ts). */
  checker?: Promise<typeof parseCustomData>
  /** Popup mode, loaded once for every popup widget (see load-popup.ts). */
  popup?: Promise<PopupAddOn>
  /** The widget's stylesheet, parsed once and adopted by every shadow root (see styles.ts). */
  sheet?: CSSStyleSheet
  /** Languages loaded by key besides the built-in English, widgets' own wordings included (see i18n/messages.ts). */
  languages: Record<Locale, Language>
  /** How many wordings widgets have registered: each gets a key of its own (see i18n/messages.ts). */
  reworded: number
  /** Languages on their way, by code, so each loads once (see i18n/load-locale.ts). */
  locales: Map<string, Promise<Language>>
  /** The checks of site owners' wording and packs, loaded once for every widget that needs them (see i18n/load-checks.ts). */
  checks?: Promise<Checks>
} = { widgets: new Set(), languages: {}, reworded: 0, locales: new Map() }

/**
 * The widget on `host`, mounted by this or another copy of the script.
 *
 * ```ts
 * widgetOn(host)?.destroy()
 * ```
 */
export const widgetOn = (host: Element): Mounted | undefined => (host as Host)[WIDGET]

/** Records `widget` as the one on its host. */
export function claimHost(widget: Mounted): void {
  ;(widget.host as Host)[WIDGET] = widget
  page.widgets.add(new WeakRef(widget))
}

/** Forgets `widget`; false when it was already forgotten (destroyed, or replaced by another copy's widget). */
export function releaseHost(widget: Mounted): boolean {
  let host = widget.host as Host
  for (let ref of page.widgets) if (ref.deref() === widget || !ref.deref()) page.widgets.delete(ref)
  if (host[WIDGET] !== widget) return false
  delete host[WIDGET]
  return true
}

/**
 * Whether another widget on the page already shows `code`: a shared link opens in one quiz.
 *
 * ```ts
 * if (!shownElsewhere(code, host)) show(code)
 * ```
 */
export function shownElsewhere(code: string, host: Element): boolean {
  return [...page.widgets].some(ref => {
    let widget = ref.deref()
    return widget?.shareCode === code && widget.host !== host && widget.host.isConnected
  })
}

/**
 * `key`, or when another live widget on the page saves under it, the first free
 * variant: two widgets never overwrite each other's progress.
 *
 * ```ts
 * widget.key = freeKey('career-fit:quiz:1k3x9vq', widget)
 * ```
 */
export function freeKey(key: string, widget: Mounted): string {
  let taken = () => [...page.widgets].some(ref => {
    let other = ref.deref()
    return other !== widget && other?.key === key && other.host.isConnected
  })
  while (taken()) key += '+'
  return key
}
