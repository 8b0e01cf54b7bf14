import { useState } from 'preact/hooks'
import { fill } from '../../i18n/messages'
import type { View } from './view'

interface FeedbackProps {
  v: View
  roleId: string
  /** The only recommendation: the question need not name it on screen. */
  alone: boolean
  onFeedback(roleId: string, helpful: boolean): void
}

/** "Was this helpful?" for one recommended role; thanks the visitor once answered. */
export function Feedback({ v, roleId, alone, onFeedback }: FeedbackProps) {
  let [choice, setChoice] = useState<boolean | null>(null)
  let { m } = v
  let question = fill(m.helpful, { role: v.role(roleId).title })
  // The buttons stay (pressed) after an answer so keyboard focus is not lost; one answer per role.
  let button = (helpful: boolean, text: string) => (
    <button
      type="button"
      class="secondary"
      aria-pressed={choice === helpful}
      onClick={() => {
        if (choice !== null) return
        setChoice(helpful)
        onFeedback(roleId, helpful)
      }}
    >
      {text}
    </button>
  )
  return (
    <div class="r-row" role="group" aria-label={question}>
      <span aria-hidden="true">{alone ? m.helpfulShort : question}</span>
      {button(true, m.yes)}
      {button(false, m.no)}
      <span role="status">{choice === null ? '' : m.thanks}</span>
    </div>
  )
}
