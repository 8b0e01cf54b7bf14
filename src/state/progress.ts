// The record a quiz keeps in storage between visits, so a reload resumes it.
// Storage calls never throw here: a blocked, full or broken storage leaves the
// quiz running in memory.
import { resolveAnswers, type Answers } from '../engine/answers'
import type { QuizData } from '../engine/data'
import type { QuizStorage } from './environment'

/** The screens a record can name; `intro` only in records saved before 0.2. */
export type SavedScreen = 'intro' | 'question' | 'review' | 'results'

/** What a quiz keeps in storage between visits. */
export interface Progress {
  version: 1
  answers: Answers
  step: number
  screen: SavedScreen
}

const SCREENS: readonly unknown[] = ['intro', 'question', 'review', 'results']

function attempt<Value>(call: () => Value, fallback: Value): Value {
  try {
    return call()
  } catch {
    return fallback
  }
}

/**
 * Reads a stored progress record, or `null` when it is corrupt, of another
 * version, or names questions or options `data` does not have.
 *
 * ```ts
 * let progress = parseProgress(storage.getItem(key) ?? '', data)
 * ```
 */
export function parseProgress(raw: string, data: QuizData): Progress | null {
  try {
    let { version, answers, step, screen } = JSON.parse(raw) as Partial<Progress>
    // The engine's own check: it throws naming any unknown question or option (or no answers at all).
    resolveAnswers(answers!, data)
    // A value that is not an object of answers names no questions: it gives no answers.
    let valid = version === 1 && SCREENS.includes(screen) && Number.isInteger(step) && step! >= 0 && step! < data.questions.length
    if (valid) return { version: 1, answers: { ...answers }, step: step!, screen: screen! }
  } catch {}
  return null
}

/**
 * The progress stored under `key`, or `null`; a record that can't be used is deleted,
 * unless a newer version of the widget wrote it (another page of the site may run one).
 *
 * ```ts
 * let progress = readProgress(environment.storage, 'career-fit:main', data)
 * ```
 */
export function readProgress(storage: QuizStorage | null, key: string, data: QuizData): Progress | null {
  let raw = attempt(() => storage?.getItem(key), null)
  let progress = raw == null ? null : parseProgress(raw, data)
  if (raw != null && !progress && !attempt(() => JSON.parse(raw).version > 1, false)) writeProgress(storage, key, null)
  return progress
}

/**
 * Stores `progress` under `key`; `null` deletes it.
 *
 * ```ts
 * writeProgress(storage, key, { version: 1, answers, step: 3, screen: 'question' })
 * ```
 */
export function writeProgress(storage: QuizStorage | null, key: string, progress: Progress | null): void {
  attempt(() => (progress ? storage?.setItem(key, JSON.stringify(progress)) : storage?.removeItem(key)), undefined)
}
