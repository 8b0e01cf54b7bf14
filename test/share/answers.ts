// Arbitraries for answer sets and question sets, shared by the share tests.
import fc from 'fast-check'
import type { Answers } from '../../src/engine'
import type { CodecQuestion } from '../../src/share/codec'

/** Any answer set for `questions`: per question an option id, "skip", or no key. */
export function answersFor(questions: readonly CodecQuestion[]): fc.Arbitrary<Answers> {
  let picks = questions.map(q =>
    fc.oneof(fc.constantFrom(...q.options.map(o => o.id)), fc.constant('skip'), fc.constant(null)))
  return fc.tuple(...picks).map(values =>
    Object.fromEntries(values.flatMap((value, i) => (value === null ? [] : [[questions[i]!.id, value]]))))
}

/** The answers a decoder gives back: skipped and unanswered questions have no key. */
export function withoutSkips(answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== 'skip'))
}

/** Question sets of 1–30 questions with 1–63 options each. */
export const questionSets: fc.Arbitrary<CodecQuestion[]> = fc
  .array(fc.integer({ min: 1, max: 63 }), { minLength: 1, maxLength: 30 })
  .map(counts => counts.map((count, i) => ({
    id: `q${i}`,
    options: Array.from({ length: count }, (_, k) => ({ id: `o${k}` }))
  })))
