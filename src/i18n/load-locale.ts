// Loads a language's strings on demand, so English pages carry none of them.
// The ES module build splits the built-in ones into chunks (`import()`); the script-tag
// build can't split, so it adds `<script src="career-fit.<locale>.js">` next to its own
// file, a same-origin script a strict CSP allows, and reads the pack that file leaves
// on `window.CareerFitLocales`. A site owner's pack file is loaded the same way, and
// checked by career-fit.wording.js.
import { addScript } from '../embed/add-on'
import { page } from '../embed/page'
import { loadChecks } from './load-checks'
import { localePack, messagesFor, registerLocale, type CompletePack, type Language, type LocalePack } from './messages'

declare global {
  /** Packs left by `career-fit.<locale>.js` files, and by site owners' pack files, for the widget to pick up. */
  var CareerFitLocales: Record<string, LocalePack> | undefined
}

// The built-in packs as chunks of the ES module build; the script-tag build drops this.
const chunk = (code: string): Promise<CompletePack> =>
  code == 'fr' ? import('./fr-pack').then(module => module.fr)
  : code == 'de' ? import('./de-pack').then(module => module.de)
  : import('./es-pack').then(module => module.es)

/**
 * The built-in language `code` if it needs no loading: English, one loaded before,
 * or one whose file is already on the page.
 *
 * ```ts
 * readyLocale('en')?.messages.common.next // 'Next'
 * ```
 */
export function readyLocale(code: string): Language | undefined {
  let onPage = globalThis.CareerFitLocales?.[code]
  return localePack(code) ?? (onPage && registerLocale(code, onPage as CompletePack))
}

/**
 * The language `code`, once loaded. `source` is a site owner's pack or the same-origin
 * URL of its file; without it, a built-in language loads from its own file. Each loads
 * once per page (a pack object each time it is given); when it can't, the promise
 * resolves to English and `warn` says why, so a widget is never left blank.
 *
 * ```ts
 * let language = await loadLocale('fr', null, environment.warn)
 * language.locale // 'fr', or 'en' if the French strings could not be loaded
 * ```
 */
export function loadLocale(code: string, source: LocalePack | string | null | undefined, warn: (message: string) => void): Promise<Language> {
  let given = typeof source == 'object' ? source : null
  // Ours are complete; a site owner's pack is checked before it is used.
  let ready = !source && readyLocale(code)
  if (ready) return Promise.resolve(ready)
  let promise = page.locales.get(code)
  if (given || !promise) {
    // A file already on the page (ours without `source` is ready above) is picked up by addScript.
    let pack = given ? Promise.resolve(given)
      : import.meta.env.CAREER_FIT_IIFE || source
        ? addScript((source as string) || `career-fit.${code}.js`, () => globalThis.CareerFitLocales?.[code])
        : chunk(code)
    let checked = source
      ? pack.then(async pack => (await loadChecks()).checkPack(code, pack, messagesFor('en'), warn))
      : (pack as Promise<CompletePack>)
    promise = checked.then(
      pack => registerLocale(code, pack),
      (error: unknown) => {
        warn(`Career Fit: the "${code}" strings could not be loaded (${(error as Error).message}); showing English.`)
        return localePack('en')!
      }
    )
    if (!given) page.locales.set(code, promise)
  }
  return promise
}
