import { resolveAnswers, type Answers } from '../engine/answers'
import type { QuizData } from '../engine/data'

/** The screens of one quiz, in the order a visitor meets them. */
export type Screen = 'intro' | 'question' | 'review' | 'results'

/** What a quiz keeps in storage between visits. */
export interface Progress {
  version: 1
  answers: Answers
  step: number
  screen: Screen
}

const SCREENS: readonly unknown[] = ['intro', 'question', 'review', 'results']

/**
 * Reads a stored progress record, or `null` when it is corrupt, of another
 * version, or names questions or options `data` does not have.
 *
 * ```ts
 * let progress = parseProgress(storage.getItem(key) ?? '', data)
 * ```
 */
export function parseProgress(raw: string, data: QuizData): Progress | null {
  let value: Partial<Progress> | null
  try {
    value = JSON.parse(raw) as Partial<Progress> | null
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null || value.version !== 1) return null
  let { answers, step, screen } = value
  if (!SCREENS.includes(screen) || !Number.isInteger(step) || step! < 0 || step! >= data.questions.length) return null
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return null
  try {
    // The engine's own check: it throws naming any unknown question or option.
    resolveAnswers(answers, data)
  } catch {
    return null
  }
  return { version: 1, answers: { ...answers }, step: step!, screen: screen! }
}
