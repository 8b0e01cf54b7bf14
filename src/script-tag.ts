// The script-tag entry: one global, and a widget in every [data-career-fit] element.
import { mount } from './embed/mount'

export { mount }

function mountAll(): void {
  for (let element of document.querySelectorAll('[data-career-fit]')) {
    if (!element.shadowRoot) mount(element)
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll)
else mountAll()
