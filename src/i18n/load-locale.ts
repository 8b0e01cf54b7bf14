// Loads a language's strings on demand, so English pages carry none of them.
// The ES module build splits them into a chunk (`import()`); the script-tag build
// can't split, so it adds `<script src="career-fit.<locale>.js">` next to its own file,
// a same-origin script a strict CSP allows, and reads the pack that file leaves
// on `window.CareerFitLocales`.
import { addScript } from '../embed/add-on'
import { localePack, registerLocale, type Locale, type LocalePack } from './messages'

declare global {
  /** Packs left by `career-fit.<locale>.js` files for the script-tag build to pick up. */
  var CareerFitLocales: Partial<Record<Locale, LocalePack>> | undefined
}

const loading = new Map<Locale, Promise<LocalePack>>()

/**
 * The pack of `locale`: at once when it is loaded (English always is), else a promise.
 * Each locale loads once per page; when it can't, the promise resolves to English
 * with one console warning, so a widget is never left blank.
 *
 * ```ts
 * let pack = await loadLocale('es')
 * pack.locale // 'es', or 'en' if the Spanish strings could not be loaded
 * ```
 */
export function loadLocale(locale: Locale): LocalePack | Promise<LocalePack> {
  let ready = localePack(locale) ?? globalThis.CareerFitLocales?.[locale]
  if (ready) {
    registerLocale(ready)
    return ready
  }
  let promise = loading.get(locale)
  if (!promise) {
    // Spanish is the one locale to load; the constant drops the branch the build can't use.
    let pack = import.meta.env.CAREER_FIT_IIFE
      ? addScript(`career-fit.${locale}.js`, () => globalThis.CareerFitLocales?.[locale])
      : import('./es-pack').then(module => module.es)
    promise = pack.then(
      pack => (registerLocale(pack), pack),
      (error: unknown) => {
        console.warn(`Career Fit: the "${locale}" strings could not be loaded (${(error as Error).message}); showing English.`)
        return localePack('en')!
      }
    )
    loading.set(locale, promise)
  }
  return promise
}
