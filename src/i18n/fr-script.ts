// The entry of dist/career-fit.fr.js: leaves the French pack where the script-tag
// build's `loadLocale` looks for it. Including this file before career-fit.js also works.
import { fr } from './fr-pack'

;(globalThis.CareerFitLocales ??= {}).fr = fr
