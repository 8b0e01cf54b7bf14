// The entry of dist/career-fit.wording.js: leaves the checks of site owners' wording and
// packs where the script-tag build's `loadChecks` looks for them. Including this file
// before career-fit.js also works.
import { checks } from './checks'

globalThis.CareerFitWording = checks
