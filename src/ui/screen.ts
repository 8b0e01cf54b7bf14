import { useEffect, useRef } from 'preact/hooks'
import type { Messages } from '../i18n/messages'
import type { Quiz } from '../state/quiz'
import { revealTop } from './reveal'

/** What every quiz screen gets from `App`. */
export interface ScreenProps {
  quiz: Quiz
  messages: Messages
  /** Move focus to the heading on mount: false for the first screen, so loading a page never steals focus. */
  focus: boolean
}

/**
 * A ref for a screen's heading (`tabIndex={-1}`) that takes focus on mount (when
 * `focusOnMount`) and whenever `key` changes, so keyboard and screen reader users
 * land on the new content instead of a removed button. The widget's top is then
 * scrolled into view if it is out of view, below a sticky header (`revealTop`).
 *
 * ```tsx
 * let heading = useHeadingFocus(focus, step)
 * return <h2 ref={heading} tabIndex={-1}>{question.text}</h2>
 * ```
 */
export function useHeadingFocus(focusOnMount: boolean, key?: unknown) {
  let ref = useRef<HTMLHeadingElement>(null)
  let mounted = useRef(false)
  useEffect(() => {
    let heading = ref.current
    if (heading && (mounted.current || focusOnMount)) {
      // Measure first: effects run after the paint, when layout is clean, and focus dirties it.
      revealTop(heading.closest('.root') ?? heading)
      heading.focus({ preventScroll: true })
    }
    mounted.current = true
  }, [key])
  return ref
}
