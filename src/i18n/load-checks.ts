// The checks of a site owner's wording and packs load on demand (career-fit.wording.js
// for the script tag, a chunk of the ES module), like the custom-data checker.
import { addScript } from '../embed/add-on'
import { page } from '../embed/page'
import type { Checks } from './checks'

declare global {
  /** What career-fit.wording.js leaves for the script-tag build to pick up. */
  var CareerFitWording: Checks | undefined
}

/**
 * The checks of `messages` and language packs, loaded the first time a widget needs them.
 *
 * ```ts
 * let { reword } = await loadChecks()
 * ```
 */
export function loadChecks(): Promise<Checks> {
  page.checks ??= import.meta.env.CAREER_FIT_IIFE ? addScript('career-fit.wording.js', () => globalThis.CareerFitWording)
    : import('./checks').then(module => module.checks)
  return page.checks
}
