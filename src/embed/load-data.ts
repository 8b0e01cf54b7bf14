// Custom quiz data: fetch what is given as a URL, then merge and validate it with
// the checker in custom-data.ts, which loads on demand: pages that keep the
// default data never download it.
import { defaultData, type QuizData } from '../engine/data'
import type { Outcome } from '../engine/parse-data'
import type { Environment } from '../state/environment'
import { addScript } from './add-on'
import type { DataSource, LoadedSource, parseCustomData } from './custom-data'
import { page } from './page'

declare global {
  /** What career-fit.data.js leaves for the script-tag build to pick up. */
  var CareerFitCustomData: { parseCustomData: typeof parseCustomData } | undefined
}

function loadChecker(): Promise<typeof parseCustomData> {
  // career-fit.data.js may already be on the page, included before career-fit.js: addScript picks it up.
  page.checker ??= import.meta.env.CAREER_FIT_IIFE ? addScript('career-fit.data.js', () => globalThis.CareerFitCustomData?.parseCustomData)
    : import('./custom-data').then(module => module.parseCustomData)
  return page.checker
}

type Loader = Pick<Environment, 'fetch' | 'setTimer'>

async function fetchSource(source: DataSource, { fetch, setTimer }: Loader, seconds: number): Promise<LoadedSource> {
  if (!('url' in source)) return source
  let cancel: (() => void) | undefined
  try {
    let fetched = fetch(source.url).then(response => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.json() as Promise<unknown>
    })
    // A server that never answers must not leave the widget loading forever.
    let late = new Promise<never>((_, reject) => (cancel = setTimer(() => reject(new Error(`no answer within ${seconds} s`)), seconds * 1000)))
    return { key: source.key, value: await Promise.race([fetched, late]) }
  } catch (error) {
    return { key: source.key, error: `${source.key} could not be loaded from ${source.url}: ${(error as Error).message}` }
  } finally {
    cancel?.()
  }
}

/**
 * The quiz data for a widget: the defaults, or custom data, fetched where it is a
 * URL and checked by the on-demand checker. A URL that gives no answer within
 * `seconds` counts as one that could not be loaded.
 *
 * ```js
 * let result = await loadData([{ key: 'roles', url: '/my-roles.json' }], environment)
 * ```
 */
export async function loadData(sources: DataSource[], environment: Loader, seconds = 10): Promise<Outcome<QuizData>> {
  if (!sources.length) return { ok: true, value: defaultData }
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
 * Keeps the roles named in `ids`, in the data's order; `undefined` when fewer
 * than two of them exist (the caller warns and keeps every role).
 */
export function pickRoles(data: QuizData, ids: string[] | null): QuizData | undefined {
  if (!ids) return data
  let roles = data.roles.filter(role => ids.includes(role.id))
  return roles.length >= 2 ? { ...data, roles } : undefined
}
