// Custom quiz data: fetch what is given as a URL, merge it over the defaults,
// validate the whole with parseQuizData, and keep only the chosen roles.
import { defaultData, type QuizData } from '../engine/data'
import { parseQuizData, type ParseResult } from '../engine/parse-data'
import type { DataSource } from './options'

type Loaded = Exclude<DataSource, { url: string }>

async function fetchSource(source: DataSource): Promise<Loaded> {
  if (!('url' in source)) return source
  try {
    let response = await fetch(source.url, { credentials: 'same-origin' })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return { key: source.key, value: await response.json() }
  } catch (error) {
    return { key: source.key, error: `${source.key} could not be loaded from ${source.url}: ${(error as Error).message}` }
  }
}

// `roles` and `questions` take the list itself or a file shaped like data/roles.json ({ sources, roles }).
// The bundled defaults are trusted (tests check them); only custom data is validated.
function merge(sources: Loaded[]): ParseResult<QuizData> {
  if (sources.length === 0) return { ok: true, value: defaultData }
  let merged: Record<string, unknown> = { ...defaultData }
  let errors: string[] = []
  for (let source of sources) {
    if ('error' in source) errors.push(source.error)
    else if (source.key === 'data' || !Array.isArray(source.value)) Object.assign(merged, source.value)
    else merged[source.key] = source.value
  }
  return errors.length > 0 ? { ok: false, errors } : parseQuizData(merged)
}

/**
 * The quiz data for a widget: synchronous when nothing has to be fetched.
 *
 * ```js
 * let result = await loadData([{ key: 'roles', url: '/my-roles.json' }])
 * ```
 */
export function loadData(sources: DataSource[]): ParseResult<QuizData> | Promise<ParseResult<QuizData>> {
  if (sources.some(source => 'url' in source)) return Promise.all(sources.map(fetchSource)).then(merge)
  return merge(sources as Loaded[])
}

/**
 * Keeps the roles named in `ids`, in the data's order; `undefined` when fewer
 * than two of them exist (the caller warns and keeps every role).
 */
export function pickRoles(data: QuizData, ids: string[] | null): QuizData | undefined {
  if (!ids) return data
  let roles = data.roles.filter(role => ids.includes(role.id))
  return roles.length >= 2 ? { ...data, roles } : undefined
}
