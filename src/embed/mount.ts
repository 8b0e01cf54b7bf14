import { h, render } from 'preact'
import { defaultData } from '../engine/data'
import { App } from '../ui/app'

/** What `mount()` returns: a way to remove the widget again. */
export interface WidgetHandle {
  /** Removes the widget and everything it added to the page. */
  destroy(): void
}

/**
 * Renders the quiz into `target` (an element or a CSS selector) inside an open shadow root.
 *
 * ```js
 * let widget = CareerFit.mount('#quiz')
 * widget.destroy()
 * ```
 */
export function mount(target: Element | string): WidgetHandle {
  let host = typeof target === 'string' ? document.querySelector(target) : target
  if (!host) throw new Error(`Career Fit: no element matches the selector "${String(target)}"`)
  let shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  let root = document.createElement('div')
  shadow.append(root)
  render(h(App, { data: defaultData }), root)
  return {
    destroy() {
      render(null, root)
      root.remove()
    }
  }
}
