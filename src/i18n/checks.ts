// What career-fit.wording.js holds: the checks of a site owner's wording (`messages`)
// and language packs, loaded only by widgets given some.
import { checkPack } from './check-pack'
import { rewordFor } from './wording'

export const checks = { rewordFor, checkPack }

/** The checks career-fit.wording.js provides. */
export type Checks = typeof checks
