// The real page behind the Environment (src/state/environment.ts): the only
// module that touches storage, the address bar, fetch, timers, sharing and the console.
import type { Environment } from '../state/environment'

/**
 * The browser as a widget sees it: `localStorage` when the page may use it
 * (sandboxed frames and some privacy modes throw), `location` and `history`,
 * `fetch`, `setTimeout`, `navigator.share` where it exists, the clipboard and the console.
 *
 * ```ts
 * let environment = browserEnvironment()
 * environment.warn('Career Fit: …')
 * ```
 */
export function browserEnvironment(): Environment {
  let nav = navigator
  let environment: Environment = {
    storage: null,
    location,
    replaceUrl: href => history.replaceState(history.state, '', href),
    fetch: url => fetch(url, { credentials: 'same-origin' }),
    setTimer(callback, ms) {
      let timer = setTimeout(callback, ms)
      return () => clearTimeout(timer)
    },
    // Throws where there is no clipboard (insecure pages): share actions then offer to copy by hand.
    writeClipboard: text => nav.clipboard.writeText(text),
    warn: message => console.warn(message),
    error: problem => console.error(problem)
  }
  try {
    environment.storage = localStorage
  } catch {}
  if (nav.share) environment.share = content => nav.share(content)
  return environment
}
