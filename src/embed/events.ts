// The CustomEvents a widget dispatches on its host element. They bubble and are
// composed, and carry no personal data beyond the answers.
import type { Answers } from '../engine/answers'

/** One role in the ranking a completed quiz reports, best first. */
export interface RankedMatch {
  id: string
  title: string
  /** 0–100. */
  match: number
}

/** `careerfit:ready`: the widget has rendered its first screen. */
export interface ReadyDetail {
  version: string
}
/** `careerfit:step`: a question is shown (`step` counts from 1). */
export interface StepDetail {
  step: number
  questionId: string
}
/** `careerfit:complete`: the visitor reached the results. */
export interface CompleteDetail {
  ranking: RankedMatch[]
  answers: Answers
  shareUrl: string
}
/** `careerfit:share`: the visitor shared the result through `channel` (e.g. `copy`, `native`). */
export interface ShareDetail {
  channel: string
}
/** `careerfit:cta`: the visitor followed the call to action for a recommended role, to `href`. */
export interface CtaDetail {
  roleId: string
  href: string
}

/** `careerfit:open` and `careerfit:close`: a popup widget's dialog opened or closed (the detail is empty). */
export type PopupDetail = Record<string, never>

/** Every event a widget dispatches, by name. */
export interface CareerFitEventMap {
  'careerfit:ready': CustomEvent<ReadyDetail>
  'careerfit:step': CustomEvent<StepDetail>
  'careerfit:complete': CustomEvent<CompleteDetail>
  'careerfit:share': CustomEvent<ShareDetail>
  'careerfit:cta': CustomEvent<CtaDetail>
  'careerfit:open': CustomEvent<PopupDetail>
  'careerfit:close': CustomEvent<PopupDetail>
}

declare global {
  // Typed `addEventListener('careerfit:complete', e => e.detail.ranking)` on elements and the document they bubble to.
  interface HTMLElementEventMap extends CareerFitEventMap {}
  interface DocumentEventMap extends CareerFitEventMap {}
}

/**
 * Dispatches a bubbling, composed event on the host element.
 *
 * ```js
 * emit(host, 'careerfit:share', { channel: 'copy' })
 * ```
 */
export function emit<Type extends keyof CareerFitEventMap>(
  host: Element,
  type: Type,
  detail: CareerFitEventMap[Type]['detail']
): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))
}
