// The script-tag build can't split code, so parts only some pages need live in
// files next to career-fit.js (career-fit.es.js, career-fit.data.js). Loading one
// adds a same-origin <script>, which a strict CSP allows; the file leaves what it
// holds on a global for the widget to pick up.
import { page } from './page'

/**
 * Remembers the script tag the widget came from: its URL locates the add-on files,
 * its nonce lets them run under a nonce-based CSP. Call it while that script runs.
 *
 * ```ts
 * locateAddOns(document.currentScript)
 * ```
 */
export function locateAddOns(element: Element | null): void {
  if (element instanceof HTMLScriptElement && element.src) page.script = { src: element.src, nonce: element.nonce }
}

/**
 * Adds `<script src="<file>">` next to the widget's own script, then reads what it
 * left with `pick`. Rejects with a message naming the file's URL.
 *
 * ```ts
 * let pack = await addScript('career-fit.es.js', () => globalThis.CareerFitLocales?.es)
 * ```
 */
export function addScript<Value>(file: string, pick: () => Value | undefined): Promise<Value> {
  let { script } = page
  let ready = pick()
  // Included before career-fit.js: nothing to load.
  if (ready) return Promise.resolve(ready)
  return new Promise((resolve, reject) => {
    // A site owner's file comes as a full URL; ours sit next to the widget's script.
    if (!script && !file.includes(':')) throw new Error('the widget\'s own script URL is unknown')
    let element = document.createElement('script')
    element.src = new URL(file, script?.src).href
    element.nonce = script?.nonce ?? ''
    element.onload = () => {
      let value = pick()
      value ? resolve(value) : reject(new Error(`${element.src} is not the file the widget expects`))
    }
    element.onerror = () => reject(new Error(`${element.src} could not be loaded`))
    document.head.append(element)
  })
}
