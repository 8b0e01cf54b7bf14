/**
 * Runs `task` when the page is next idle (`requestIdleCallback`, or a short timer in
 * browsers without it, such as Safari) and returns what cancels it: for work that
 * can wait until after a paint, such as building what a later screen needs.
 *
 * ```ts
 * useEffect(() => whenIdle(() => warmFormatters(locale, ['USD'])), [])
 * ```
 */
export function whenIdle(task: () => void): () => void {
  let idle = self.requestIdleCallback as typeof requestIdleCallback | undefined
  // The timeout makes it happen even on a page that is never idle.
  let id = idle ? idle(task, { timeout: 2000 }) : setTimeout(task, 50)
  return () => (idle ? cancelIdleCallback : clearTimeout)(id as number)
}
