// <career-fit-quiz>: the same widget as a custom element, its options as attributes.
import { kebab, OPTIONS, type OptionName } from './options'
import { start, type CareerFitHandle } from './mount'

/** The element's attributes, in option names (`share-base` → `shareBase`): every option but the `mount()`-only ones. */
export const OPTION_NAMES = (Object.keys(OPTIONS) as OptionName[]).filter(name => !('script' in OPTIONS[name]))

/**
 * Defines `<career-fit-quiz>` once (a second call, or a second copy of the script, does nothing).
 *
 * ```js
 * defineElement()
 * document.body.append(Object.assign(document.createElement('career-fit-quiz'), { id: 'quiz' }))
 * ```
 */
export function defineElement(tag = 'career-fit-quiz'): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return
  customElements.define(tag, class extends HTMLElement {
    static observedAttributes = OPTION_NAMES.map(kebab)
    handle: CareerFitHandle | undefined
    queued = false

    connectedCallback() {
      // A moved element is disconnected and connected again: it keeps its widget.
      if (!this.handle) this.update()
    }

    disconnectedCallback() {
      queueMicrotask(() => {
        if (this.isConnected) return
        this.handle?.destroy()
        this.handle = undefined
      })
    }

    // Changed attributes apply together, once, going on from where the visitor was.
    attributeChangedCallback() {
      if (!this.handle || this.queued) return
      this.queued = true
      queueMicrotask(() => {
        this.queued = false
        if (this.handle) this.update()
      })
    }

    update() {
      let raw: Record<string, unknown> = {}
      for (let name of OPTION_NAMES) raw[name] = this.getAttribute(kebab(name))
      this.handle = start(this, raw, kebab)
    }
  })
}
