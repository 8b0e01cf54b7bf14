// Bringing a new screen into view. Every screen change moves focus to the new heading;
// the browser's own focus scrolling ignores a host page's sticky header, so we
// scroll ourselves, and only when the widget's top is out of view.

/**
 * Whether a top edge `top` px from the viewport's top is hidden: above the viewport,
 * under what the page keeps covered there (`padding`, its `scroll-padding-top`), or
 * below the viewport's bottom (`height`).
 *
 * ```ts
 * isTopHidden(40, 64, 640) // true: under a 64 px sticky header
 * ```
 */
export function isTopHidden(top: number, padding: number, height: number): boolean {
  return top < padding || top >= height
}

/**
 * Scrolls `element`'s top into view below the page's `scroll-padding-top` when it
 * is out of view; leaves the page alone otherwise.
 *
 * ```ts
 * revealTop(heading.closest('.root') ?? heading)
 * ```
 */
export function revealTop(element: Element): void {
  let view = element.ownerDocument.defaultView
  if (!view || !element.scrollIntoView) return
  let padding = parseFloat(view.getComputedStyle(element.ownerDocument.documentElement).scrollPaddingTop) || 0
  if (isTopHidden(element.getBoundingClientRect().top, padding, view.innerHeight)) element.scrollIntoView({ block: 'start' })
}
