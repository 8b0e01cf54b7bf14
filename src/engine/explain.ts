// Turns a scored Result into the plain facts the results screen states. Pure: no DOM, no strings of its own.
import { resolveAnswers, type Answers } from './answers'
import type { Option, QuizData } from './data'
import type { Contribution, RankedRole, Result } from './score'

/** Contributions smaller than this (in match points) are noise, not reasons. */
export const NEGLIGIBLE = 0.5

/** What helped a role most and what counted against it. */
export interface Explanation {
  /** Up to three positive contributions, largest first. */
  helped: Contribution[]
  /** Up to two negative contributions, most negative first. */
  hurt: Contribution[]
}

/**
 * The contributions that helped a role most and those that counted against
 * it, skipping any smaller than `NEGLIGIBLE` points.
 *
 * ```js
 * let { helped, hurt } = explainRole(score(answers).ranking[0])
 * helped.map(c => c.label) // ['Client relationships', 'Point-of-sale systems']
 * ```
 */
export function explainRole(role: RankedRole): Explanation {
  let big = role.contributions.filter(c => Math.abs(c.points) >= NEGLIGIBLE)
  return {
    helped: big.filter(c => c.points > 0).sort((a, b) => b.points - a.points).slice(0, 3),
    hurt: big.filter(c => c.points < 0).sort((a, b) => a.points - b.points).slice(0, 2)
  }
}

/** How much more one answer gave the first role than the second (negative: it favoured the second). */
export interface Difference {
  id: string
  label: string
  kind: Contribution['kind']
  difference: number
}

/**
 * The three largest differences in contributions between the first and second
 * role ("why not the runner-up"), largest first by size; near-zero ones skipped.
 *
 * ```js
 * compareTopTwo(score(answers))[0] // { id: 'client-relations', label: 'Client relationships', kind: 'skill', difference: 6.2 }
 * ```
 */
export function compareTopTwo(result: Result): Difference[] {
  let [first, second] = result.ranking
  if (!first || !second) return []
  let byId = new Map<string, Difference>()
  let add = (c: Contribution, sign: number) => {
    let d = byId.get(c.id) ?? { id: c.id, label: c.label, kind: c.kind, difference: 0 }
    d.difference += sign * c.points
    byId.set(c.id, d)
  }
  first.contributions.forEach(c => add(c, 1))
  second.contributions.forEach(c => add(c, -1))
  return [...byId.values()]
    .filter(d => Math.abs(d.difference) >= NEGLIGIBLE)
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference))
    .slice(0, 3)
}

/** A match described in words, so nothing relies on colour or on reading a number. */
export type FitBand = 'strong' | 'good' | 'fair' | 'weak'

/**
 * The band of a match (0–100): `strong` from 75, `good` from 60, `fair` from 45,
 * `weak` below. 50 is a neutral match, so `fair` starts a little under it.
 *
 * ```js
 * fitBand(82) // 'strong'
 * ```
 */
export function fitBand(match: number): FitBand {
  return match >= 75 ? 'strong' : match >= 60 ? 'good' : match >= 45 ? 'fair' : 'weak'
}

/** A result's counterfactual in the data's own words. */
export interface CounterfactualText {
  /** The question's text. */
  question: string
  /** Label of the option the visitor chose. */
  from: string
  /** Label of the option that would put another role first. */
  to: string
  /** Title of the role that would come first. */
  newTop: string
}

/**
 * The labels behind `result.counterfactual`, or null when no single answer
 * change would change the top role.
 *
 * ```js
 * describeCounterfactual(result, data)
 * // { question: 'How much would you enjoy …?', from: "It's fine", to: "I'd love it", newTop: 'Product manager' }
 * ```
 */
export function describeCounterfactual(result: Result, data: QuizData): CounterfactualText | null {
  let c = result.counterfactual
  let question = c && data.questions.find(q => q.id === c.questionId)
  if (!c || !question) return null
  let label = (id: string) => (question.options as Option[]).find(o => o.id === id)?.label ?? id
  let newTop = data.roles.find(r => r.id === c.newTop)?.title ?? c.newTop
  return { question: question.text, from: label(c.from), to: label(c.to), newTop }
}

/**
 * Why a result is low-signal: `skipped` when fewer than two skill questions
 * were answered, `same` when every answered skill got the same rating.
 *
 * ```js
 * lowSignalReason({}, data) // 'skipped'
 * ```
 */
export function lowSignalReason(answers: Answers, data: QuizData): 'skipped' | 'same' {
  return resolveAnswers(answers, data).filter(c => c.kind === 'skill').length < 2 ? 'skipped' : 'same'
}

/**
 * The yearly salary the visitor aims for (the chosen option of the salary
 * question) with its label, or null when skipped.
 *
 * ```js
 * desiredSalary({ salary: '90-110k' }, data) // { amount: 100000, label: '$90,000 to $110,000' }
 * ```
 */
export function desiredSalary(answers: Answers, data: QuizData): { amount: number; label: string } | null {
  for (let c of resolveAnswers(answers, data)) {
    if (c.kind === 'salary') return { amount: c.option.salary, label: c.option.label }
  }
  return null
}
