/**
 * Runs `task` when the page is next idle (`requestIdleCallback`; where a browser has
 * none, such as Safari, at the next turn of its event loop) and returns what cancels it:
 * for work that can wait until after a paint, such as building what a later screen needs.
 *
 * ```ts
 * useEffect(() => whenIdle(() => warmFormatters(locale)), [])
 * ```
 */
export function whenIdle(task: () => void): () => void {
  let id = ((self.requestIdleCallback as typeof requestIdleCallback | undefined) ?? setTimeout)(task)
  return () => ((self.cancelIdleCallback as typeof cancelIdleCallback | undefined) ?? clearTimeout)(id as number)
}
