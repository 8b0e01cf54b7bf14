// The entry of dist/career-fit.popup.js: leaves popup mode where the script-tag build's
// `loadPopup` looks for it. Including this file before career-fit.js also works.
import { createPopup } from './popup'

globalThis.CareerFitPopup = createPopup
