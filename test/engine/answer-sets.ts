// Answer sets for the engine's property and sensitivity tests: a fast-check
// arbitrary, and a seeded generator so sampled figures are reproducible.
import fc from 'fast-check'
import { defaultData, SKIP, type Answers, type Question } from '../../src/engine'

export const optionIds = (question: Question): string[] => question.options.map(o => o.id)

/**
 * Any answer set for the default questions: each question gets one of its
 * options, "skip", or no key at all.
 *
 * ```ts
 * fc.assert(fc.property(answersArbitrary, answers => { score(answers) }))
 * ```
 */
// Optional keys are left out, never set to undefined, so the cast only drops `| undefined`.
export const answersArbitrary = fc.record(
  Object.fromEntries(defaultData.questions.map(q => [q.id, fc.constantFrom(...optionIds(q), SKIP)])),
  { requiredKeys: [] }
) as fc.Arbitrary<Answers>

/**
 * Sparse answer sets: any number of questions answered, from none to all,
 * the rest left out. Raising or moving one answer is then tested on sets as
 * thin as one answer, where a score that depends on what else was answered
 * shows its faults.
 */
export const sparseAnswers = fc
  .subarray(defaultData.questions)
  .chain(asked => fc.tuple(...asked.map(q => fc.constantFrom(...optionIds(q)).map(id => [q.id, id] as const))))
  .map(entries => Object.fromEntries(entries) as Answers)

/** Either kind: full-ish sets with skips anywhere, and sparse ones. */
export const anyAnswers: fc.Arbitrary<Answers> = fc.oneof(answersArbitrary, sparseAnswers)

/**
 * A seeded linear congruential generator giving numbers in [0, 1): the same
 * seed always gives the same sequence.
 *
 * ```ts
 * let random = lcg(42)
 * random() // 0.0…1.0
 * ```
 */
export function lcg(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/**
 * A complete-or-skip answer set: every question answered uniformly at random
 * over its options plus "skip".
 *
 * ```ts
 * let random = lcg(1)
 * let answers = randomAnswers(random)
 * ```
 */
export function randomAnswers(random: () => number): Answers {
  let answers: Answers = {}
  for (let question of defaultData.questions) {
    let ids = [...optionIds(question), SKIP]
    answers[question.id] = ids[Math.floor(random() * ids.length)]!
  }
  return answers
}

/** `count` seeded complete-or-skip answer sets. */
export function sampleAnswers(count: number, seed: number): Answers[] {
  let random = lcg(seed)
  return Array.from({ length: count }, () => randomAnswers(random))
}
