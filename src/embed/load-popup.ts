// Popup mode loads on demand, like the custom-data checker: career-fit.popup.js for the
// script tag, a chunk of the ES module; inline widgets never download it.
import { addScript } from './add-on'
import { page } from './page'
import type { PopupAddOn } from './popup'

declare global {
  /** What career-fit.popup.js leaves for the script-tag build to pick up. */
  var CareerFitPopup: PopupAddOn | undefined
}

/**
 * Popup mode, loaded the first time a popup widget needs it; rejects with a message naming the file.
 *
 * ```ts
 * let createPopup = await loadPopup()
 * ```
 */
export function loadPopup(): Promise<PopupAddOn> {
  page.popup ??= import.meta.env.CAREER_FIT_IIFE ? addScript('career-fit.popup.js', () => globalThis.CareerFitPopup)
    : import('./popup').then(module => module.createPopup)
  return page.popup
}
