// Loads a language's strings on demand, so English pages carry none of them.
// The ES module build splits the built-in ones into chunks (`import()`); the script-tag
// build can't split, so it adds `<script src="career-fit.<locale>.js">` next to its own
// file, a same-origin script a strict CSP allows, and reads the pack that file leaves
// on `window.CareerFitLocales`. A site owner's pack file is loaded the same way, and
// checked by career-fit.wording.js.
import { addScript } from '../embed/add-on'
import { loadChecks } from './load-checks'
import { localePack, messagesFor, registerLocale, type CompletePack, type Language, type LocalePack } from './messages'

declare global {
  /** Packs left by `career-fit.<locale>.js` files, and by site owners' pack files, for the widget to pick up. */
  var CareerFitLocales: Record<string, LocalePack> | undefined
}

const loading = new Map<string, Promise<Language>>()

// The built-in packs as chunks of the ES module build; the script-tag build drops this.
const chunk = (code: string): Promise<CompletePack> =>
  code == 'fr' ? import('./fr-pack').then(module => module.fr)
  : code == 'de' ? import('./de-pack').then(module => module.de)
  : import('./es-pack').then(module => module.es)

/**
 * The language `code`: at once when it is loaded (English always is), else a promise.
 * `source` is a site owner's pack or the same-origin URL of its file; without it, a
 * built-in language loads from its own file. Each loads once per page (a pack object
 * each time it is given); when it can't, the promise resolves to English with one
 * console warning, so a widget is never left blank.
 *
 * ```ts
 * let language = await loadLocale('fr')
 * language.locale // 'fr', or 'en' if the French strings could not be loaded
 * ```
 */
export function loadLocale(code: string, source?: LocalePack | string | null): Language | Promise<Language> {
  let given = typeof source == 'object' ? source : null
  let onPage = globalThis.CareerFitLocales?.[code]
  // Ours are complete; a site owner's pack is checked before it is used.
  let ready = !source && (localePack(code) ?? (onPage && registerLocale(code, onPage as CompletePack)))
  if (ready) return ready
  let promise = loading.get(code)
  if (given || !promise) {
    let pack = given || onPage ? Promise.resolve(given || onPage!)
      : import.meta.env.CAREER_FIT_IIFE || source
        ? addScript((source as string) || `career-fit.${code}.js`, () => globalThis.CareerFitLocales?.[code])
        : chunk(code)
    let checked = source
      ? pack.then(async pack => (await loadChecks()).checkPack(code, pack, messagesFor('en'), console.warn))
      : (pack as Promise<CompletePack>)
    promise = checked.then(
      pack => registerLocale(code, pack),
      (error: unknown) => {
        console.warn(`Career Fit: the "${code}" strings could not be loaded (${(error as Error).message}); showing English.`)
        return localePack('en')!
      }
    )
    if (!given) loading.set(code, promise)
  }
  return promise
}
