// Checking a site owner's quiz data: merge it over the defaults and validate the
// whole. Only widgets given custom data load this (see load-data.ts): in the
// script-tag build it is the separate file career-fit.data.js.
import type { QuizData } from '../engine/data'
import { parseQuizData, type Outcome } from '../engine/parse-data'

/** Where custom quiz data comes from: a value given inline, a same-origin URL to fetch, or JSON that failed to parse. */
export type DataSource =
  | { key: DataKey; value: unknown }
  | { key: DataKey; url: string }
  | { key: DataKey; error: string }
export type DataKey = 'data' | 'roles' | 'questions'

/** A custom data source after fetching: its value, or why it could not be read. */
export type LoadedSource = Exclude<DataSource, { url: string }>

/**
 * Merges `sources` over `defaults` and validates the result with `parseQuizData`.
 * `roles` and `questions` take the list itself or a file shaped like data/roles.json
 * ({ sources, roles }); `data` is merged key by key.
 *
 * ```ts
 * parseCustomData([{ key: 'questions', value: myQuestions }], defaultData)
 * ```
 */
export function parseCustomData(sources: LoadedSource[], defaults: QuizData): Outcome<QuizData> {
  let merged: Record<string, unknown> = { ...defaults }
  let errors: string[] = []
  for (let source of sources) {
    if ('error' in source) errors.push(source.error)
    else if (source.key === 'data' || !Array.isArray(source.value)) Object.assign(merged, source.value)
    else merged[source.key] = source.value
  }
  return errors.length > 0 ? { ok: false, errors } : parseQuizData(merged)
}
