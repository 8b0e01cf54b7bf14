// The entry of dist/career-fit.data.js: leaves the custom-data checker where the
// script-tag build's `loadData` looks for it. Including this file before career-fit.js also works.
import { parseCustomData } from './custom-data'

globalThis.CareerFitCustomData = { parseCustomData }
