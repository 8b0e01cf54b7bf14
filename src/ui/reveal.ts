// Bringing a new screen into view. Every screen change moves focus to the new heading;
// the browser's own focus scrolling ignores a host page's sticky header, so we scroll
// ourselves, and only when the widget's top is out of view.

/**
 * Scrolls `element`'s top into view when it is above the viewport, under what the
 * page keeps clear at its top (its `scroll-padding-top`: a sticky header), or below
 * the viewport; `scrollIntoView` then honours that padding. Leaves the page alone otherwise.
 *
 * ```ts
 * revealTop(heading.closest('.root') ?? heading)
 * ```
 */
export function revealTop(element: Element): void {
  let top = element.getBoundingClientRect().top
  let padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
  if (top < padding || top >= innerHeight) element.scrollIntoView()
}
