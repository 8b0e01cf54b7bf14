// The entry of dist/career-fit.es.js: leaves the Spanish pack where the script-tag
// build's `loadLocale` looks for it. Including this file before career-fit.js also works.
import { es } from './es-pack'

;(globalThis.CareerFitLocales ??= {}).es = es
