/**
 * Option id reserved for "Not sure / skip": an answer with it counts as skipped.
 * A module of its own so that neither the validator nor the quiz screens pull in
 * more than this constant (the validator must not bring the default data along).
 */
export const SKIP = 'skip'
