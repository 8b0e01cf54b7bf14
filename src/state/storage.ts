/** The part of `localStorage` a quiz uses; inject your own for tests or other backends. */
export interface QuizStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/**
 * Runs a storage call; a blocked, full or broken storage gives `fallback` instead of throwing.
 *
 * ```ts
 * let raw = attempt(() => storage.getItem(key), null)
 * ```
 */
export function attempt<Value>(call: () => Value, fallback: Value): Value {
  try {
    return call()
  } catch {
    return fallback
  }
}

/** `window.localStorage` when the page may use it (sandboxed frames and some privacy modes throw), else `null`. */
export function defaultStorage(): QuizStorage | null {
  return attempt(() => globalThis.localStorage ?? null, null)
}
