// The script-tag entry: one global `CareerFit`, the <career-fit-quiz> element, and
// a widget in every [data-career-fit] element. Exports nothing, so the IIFE
// assigns no global of its own and a second copy of the script changes nothing.
import { defineElement } from './embed/element'
import { mount, version } from './embed/mount'
import { widgetOn } from './embed/page'
import { locateAddOns } from './embed/add-on'

declare global {
  interface Window {
    CareerFit?: { mount: typeof mount; version: string }
  }
}

function mountAll(): void {
  for (let element of document.querySelectorAll('[data-career-fit]')) {
    // Mounted already, by this or another copy of the script.
    if (widgetOn(element)) continue
    try {
      mount(element)
    } catch (error) {
      console.error(error)
    }
  }
}

if (!window.CareerFit) {
  // Only while this script runs does the page say where it came from: the add-on files sit next to it.
  locateAddOns(document.currentScript)
  window.CareerFit = { mount, version }
  defineElement()
  // The elements before the script now, without waiting for the rest of the page
  // (about 6 ms at the end of a body); any after it once the page is parsed.
  mountAll()
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll, { once: true })
}
