// The widget's CSS, applied inside a shadow root: a constructable stylesheet
// where the browser has them (allowed by a strict CSP), else a <style nonce>.
import host from './host.css?inline'
import { page } from './page'

// The UI's stylesheets, each only if present: a glob over literal paths matches nothing for a missing file.
const ui = import.meta.glob<string>(['../ui/styles.css', '../ui/results/results.css', '../ui/share-actions.css'], {
  query: '?inline',
  import: 'default',
  eager: true
})
const ORDER = ['../ui/styles.css', '../ui/results/results.css', '../ui/share-actions.css']

/** All the widget's CSS, the host reset and tokens first. */
export const css = [host, ...ORDER.map(path => ui[path] ?? '')].join('\n')

/**
 * Adds `text` (default: the widget's CSS) to a shadow root and returns a function that removes it again.
 *
 * ```js
 * let remove = applyStyles(shadow, null)
 * remove()
 * ```
 */
export function applyStyles(shadow: ShadowRoot, nonce: string | null, text = css): () => void {
  // Every browser the widget supports has them (and replaceSync); jsdom has neither.
  if (shadow.adoptedStyleSheets) {
    let parse = () => {
      let parsed = new CSSStyleSheet()
      parsed.replaceSync(text)
      return parsed
    }
    // The widget's own sheet is parsed once and shared by every widget on the page.
    let sheet = text === css ? (page.sheet ??= parse()) : parse()
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet]
    return () => {
      shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter(s => s !== sheet)
    }
  }
  let style = document.createElement('style')
  if (nonce) style.nonce = nonce
  style.textContent = text
  shadow.prepend(style)
  return () => style.remove()
}
