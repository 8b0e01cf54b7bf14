// The entry of dist/career-fit.de.js: leaves the German pack where the script-tag
// build's `loadLocale` looks for it. Including this file before career-fit.js also works.
import { de } from './de-pack'

;(globalThis.CareerFitLocales ??= {}).de = de
