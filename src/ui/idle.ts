/**
 * Runs `task` when the page is next idle (`requestIdleCallback`; where a browser has
 * none, such as Safari, at the next turn of its event loop): for work that can wait
 * until after a paint, such as building what a later screen needs. Nothing cancels
 * it: each task given is harmless once its screen or widget is gone (a state update
 * of an unmounted component does nothing), and runs at the next idle moment.
 *
 * ```ts
 * useEffect(() => whenIdle(() => warmFormatters(locale)), [])
 * ```
 */
export function whenIdle(task: () => void): void {
  ;(globalThis.requestIdleCallback ?? setTimeout)(task)
}
