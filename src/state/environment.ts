// Everything a widget needs from the page it runs in reaches it through one
// object, made once per widget at mount (`browserEnvironment()` in
// src/embed/browser-environment.ts) and replaced by a fake in unit tests
// (test/environment.ts), so the logic runs anywhere.

/** What the Web Share API receives. */
export interface ShareContent {
  title: string
  text: string
  url: string
}

/** The part of `localStorage` a quiz uses. Any call may throw (blocked, full). */
export interface QuizStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/**
 * The page and the platform as a widget sees them. An optional member is one the
 * platform may lack: no Web Share API means "Copy link" instead of "Share".
 *
 * ```ts
 * let quiz = createQuiz({ data, storageKey, environment: browserEnvironment() })
 * ```
 */
export interface Environment {
  /** Where progress is kept between visits; `null` keeps it in memory only. */
  storage: QuizStorage | null
  /** The page's address: share links point at it, and a shared result is read from its fragment. */
  location: { readonly href: string; readonly hash: string }
  /** Replaces the page's address without a reload or a history entry, keeping `history.state`. */
  replaceUrl(href: string): void
  /** Fetches a same-origin URL, with the page's credentials (custom data). */
  fetch(url: string): Promise<Response>
  /** Calls `callback` once after `ms` milliseconds (the custom-data load timeout); what it returns cancels that. */
  setTimer(callback: () => void, ms: number): () => void
  /** Opens the system share sheet; rejects with an `AbortError` when the visitor cancels. */
  share?(content: ShareContent): Promise<void>
  /** Puts text on the clipboard; rejects when the platform refuses. */
  writeClipboard?(text: string): Promise<void>
  /** Tells the site owner about a mistake in their options (the console's warnings). */
  warn(message: string): void
  /** Reports invalid data, and errors thrown by the site owner's callbacks (the console's errors). */
  error(problem: unknown): void
}

/** What share actions use of the environment. */
export type ShareEnvironment = Pick<Environment, 'share' | 'writeClipboard'>
