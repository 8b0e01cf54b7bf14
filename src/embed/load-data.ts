// Custom quiz data: fetch what is given as a URL, then merge and validate it with
// the checker in custom-data.ts, which loads on demand: pages that keep the
// default data never download it.
import { defaultData, type QuizData } from '../engine/data'
import type { Outcome } from '../engine/parse-data'
import type { Environment } from '../state/environment'
import { addScript } from './add-on'
import type { LoadedSource, parseCustomData } from './custom-data'
import type { DataSource } from './options'
import { page } from './page'

declare global {
  /** What career-fit.data.js leaves for the script-tag build to pick up. */
  var CareerFitCustomData: { parseCustomData: typeof parseCustomData } | undefined
}

function loadChecker(): Promise<typeof parseCustomData> {
  // career-fit.data.js may already be on the page, included before career-fit.js.
  page.checker ??= import.meta.env.CAREER_FIT_IIFE ? addScript('career-fit.data.js', () => globalThis.CareerFitCustomData?.parseCustomData)
    : import('./custom-data').then(module => module.parseCustomData)
  return page.checker
}

async function fetchSource(source: DataSource, environment: Pick<Environment, 'fetch'>, seconds: number): Promise<LoadedSource> {
  if (!('url' in source)) return source
  try {
    let fetched = environment.fetch(source.url).then(response => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.json() as Promise<unknown>
    })
    // A server that never answers must not leave the widget loading forever.
    let late = new Promise<never>((_, reject) => setTimeout(reject, seconds * 1000, new Error(`no answer within ${seconds} s`)))
    return { key: source.key, value: await Promise.race([fetched, late]) }
  } catch (error) {
    return { key: source.key, error: `${source.key} could not be loaded from ${source.url}: ${(error as Error).message}` }
  }
}

async function loadCustom(sources: DataSource[], environment: Pick<Environment, 'fetch'>, seconds: number): Promise<Outcome<QuizData>> {
  let loaded = await Promise.all(sources.map(source => fetchSource(source, environment, seconds)))
  try {
    // The bundled defaults are trusted (tests check them); only custom data is validated.
    return (await loadChecker())(loaded, defaultData)
  } catch (error) {
    let problems = loaded.flatMap(source => ('error' in source ? [source.error] : []))
    return { ok: false, errors: [`custom data can't be checked without career-fit.data.js, next to career-fit.js: ${(error as Error).message}`, ...problems] }
  }
}

/**
 * The quiz data for a widget: the defaults at once, custom data (which has to be
 * checked, and maybe fetched) as a promise. Like `loadLocale`: a widget with
 * nothing to load renders at once, without waiting a tick. A URL that gives no
 * answer within `seconds` counts as one that could not be loaded.
 *
 * ```js
 * let result = await loadData([{ key: 'roles', url: '/my-roles.json' }], environment)
 * ```
 */
export function loadData(sources: DataSource[], environment: Pick<Environment, 'fetch'>, seconds = 10): Outcome<QuizData> | Promise<Outcome<QuizData>> {
  return sources.length === 0 ? { ok: true, value: defaultData } : loadCustom(sources, environment, seconds)
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
