// Popup mode, loaded only by popup widgets (career-fit.popup.js next to the script tag's
// file, a chunk of the ES module): a launcher button in the page, and the quiz's own root
// moved into a modal <dialog>. The browser's dialog moves focus in when it opens, back to
// what opened it when it closes, and closes on Esc; the rest is here. No Preact: the quiz
// renders into its root as an inline one does, so this file carries no copy of it.
import type { Messages } from '../i18n/language'
import type { Quiz } from '../state/quiz'
import css from './popup.css?inline'

/** Opens (`true`) or closes a popup widget's dialog: what `mount()`'s handle calls. */
export type ShowPopup = (open: boolean) => void

/** What career-fit.popup.js (or the ES module's chunk) gives the widget. */
export type PopupAddOn = typeof createPopup

// A click on an unnamed opener opens one popup widget: the first that hears it.
const handled = new WeakSet<Event>()
// Hosts whose dialog was open when their widget was re-mounted with new options (an attribute
// of <career-fit-quiz> changed): the new widget, rendered before the next task, keeps it open.
const reopen = new WeakSet<Element>()

const element = <Tag extends keyof HTMLElementTagNameMap>(tag: Tag, attributes: Record<string, string>, text = '') => {
  let made = document.createElement(tag)
  for (let [name, value] of Object.entries(attributes)) made.setAttribute(name, value)
  made.textContent = text
  return made
}

// Popup mode's styles after the widget's own: a constructable stylesheet, else a <style>
// with the nonce the widget's own <style> carries.
function addStyles(shadow: ShadowRoot): () => void {
  if (shadow.adoptedStyleSheets) {
    let sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet]
    return () => {
      shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter(s => s !== sheet)
    }
  }
  let style = element('style', {}, css)
  style.nonce = shadow.querySelector('style')?.nonce ?? ''
  shadow.append(style)
  return () => style.remove()
}

/**
 * Wraps a widget's root (in its host's shadow root) in a launcher and a dialog; what
 * takes them out again (putting the root back, closing the dialog without an event)
 * goes to `cleanups`, which the widget runs when it is destroyed.
 *
 * ```ts
 * let show = createPopup(root, quiz, messagesFor('en'), cleanups)
 * show(true)
 * ```
 */
export function createPopup(root: HTMLElement, quiz: Quiz, messages: Messages, cleanups: (() => void)[]): ShowPopup {
  let shadow = root.getRootNode() as ShadowRoot
  let { host } = shadow
  let html = document.documentElement.style
  // The root's theme, language and direction, so the launcher and the dialog follow them too.
  let bar = root.cloneNode() as HTMLElement
  bar.removeAttribute('part')
  let launcher = element('button', { type: 'button', class: 'btn', part: 'launcher', 'aria-haspopup': 'dialog' }, messages.embed.launcher)
  let dialog = element('dialog', { part: 'dialog', 'aria-label': messages.intro.heading, closedby: 'any' })
  let close = element('button', { type: 'button', class: 'btn close', part: 'close' }, messages.embed.close)
  root.replaceWith(bar)
  dialog.append(close, root)
  bar.append(launcher, dialog)

  let shown = false
  let overflow = ''
  // Esc, a click on the backdrop and close() all end here, once each.
  let settle = () => {
    if (shown === dialog.open) return
    shown = dialog.open
    if (shown) overflow = html.overflow
    // A modal dialog leaves the page behind it scrollable.
    html.overflow = shown ? 'hidden' : overflow
    // As events.ts's emit does; importing it would split a shared chunk off the ES module.
    host.dispatchEvent(new CustomEvent(shown ? 'careerfit:open' : 'careerfit:close', { detail: {}, bubbles: true, composed: true }))
  }
  let open = () => {
    // The browser reports Esc's close in a task of its own: reopened before that, it still counts.
    settle()
    if (!dialog.open && dialog.isConnected) dialog.showModal()
    settle()
  }
  let shut = () => {
    dialog.close()
    settle()
  }
  let onClick = (event: MouseEvent) => {
    let name = (event.target as Element).closest?.('[data-career-fit-open]')?.getAttribute('data-career-fit-open')
    if (name == null || (name ? name !== host.id : handled.has(event))) return
    handled.add(event)
    // A link's href (#quiz) is the page's fallback without the script.
    event.preventDefault()
    open()
  }
  launcher.onclick = open
  close.onclick = shut
  dialog.onclose = settle
  document.addEventListener('click', onClick)
  if (reopen.delete(host) && dialog.isConnected) {
    // To the visitor it never closed: no event.
    dialog.showModal()
    shown = true
    overflow = html.overflow
    html.overflow = 'hidden'
  }
  // A share link opens the dialog on its result, whether the page loaded with it or it came later.
  let unbind = quiz.$shared.subscribe(shared => shared && open())
  // The root scrolls inside the dialog: each new screen or question starts at its top, as an
  // inline widget's top is brought into view (revealTop sees the root itself always in view).
  let toTop = () => root.scrollTo(0, 0)
  cleanups.push(unbind, quiz.$screen.listen(toTop), quiz.$step.listen(toTop), addStyles(shadow), () => {
    document.removeEventListener('click', onClick)
    dialog.onclose = null
    dialog.close()
    if (shown) {
      html.overflow = overflow
      reopen.add(host)
      setTimeout(() => reopen.delete(host))
    }
    // Whatever took the root's place in the dialog (a slot) goes back where the root was.
    bar.replaceWith(dialog.lastChild!)
  })
  return show => (show ? open() : shut())
}

