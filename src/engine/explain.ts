// Turns a scored Result into the plain facts the results screen states. Pure: no DOM, no strings of its own.
import { resolveAnswers, type Answers } from './answers'
import { defaultData, type Option, type QuizData, type Role } from './data'
import { rolePosition, skillWeight } from './parts'
import type { RankedRole, Result } from './score'

/** Contributions smaller than this (in match points) are noise, not reasons. */
export const NEGLIGIBLE = 0.5

/** What the visitor answered to one question, in the data's words. */
export type Answered =
  | {
      kind: 'skill'
      questionId: string
      optionId: string
      /** The option's label: "I'd love it". */
      label: string
      skill: string
      skillLabel: string
      /** 1 (would avoid) to 5 (would love). */
      level: number
      /** The level against the visitor's own average skill answer: 1 above, 0 level with it, -1 below. */
      relative: -1 | 0 | 1
    }
  | {
      kind: 'preference'
      questionId: string
      optionId: string
      label: string
      /** The answer's position on each axis the question asks about (0 where the option names none). */
      axes: { id: string; label: string; low: string; high: string; value: number }[]
    }
  | { kind: 'salary'; questionId: string; optionId: string; label: string; amount: number }

/** What a role's data says about the same thing. */
export type Need =
  | {
      kind: 'skill'
      roleId: string
      /** The role's weight for the skill in `skills.weights` (0 when its sources don't name it). */
      weight: number
      basis: 'sourced' | 'derived'
      /** For sourced weights: the source's own percentages for the skill, added up. */
      percent: number | null
      /** No skill weighs more for this role. */
      top: boolean
      /** No other role's data names the skill. */
      only: boolean
    }
  | { kind: 'preference'; roleId: string; /** The role's position on each answered axis, in the same order. */ positions: number[] }
  | { kind: 'salary'; roleId: string; average: number; max: number; currency: string }

/** One answer as a reason for or against a role: what was answered, what the role needs, and the points it moved. */
export interface Reason {
  answered: Answered
  need: Need
  effect: 'for' | 'against'
  points: number
}

/** Why a role got its match: the answers that counted most for it and against it. */
export interface Explanation {
  /** Up to three, most points first. */
  for: Reason[]
  /** Up to two, most points lost first. */
  against: Reason[]
}

/**
 * The answers that counted most for and against a role, in the visitor's and
 * the data's terms. A reason's direction always agrees with the answer: a
 * skill counts for a role only when the visitor would enjoy it at least as
 * much as their average skill answer, against only when they would not and
 * rated it at or below that average; a preference counts for a role only when
 * the answer is nearer the role's position than not; salary counts for a role
 * only when its range reaches the desired amount, and against it only when
 * the amount is above the role's average. Smaller than `NEGLIGIBLE`: left out.
 *
 * ```js
 * let result = score(answers)
 * let { for: reasons } = explainRole(result.ranking[0], answers)
 * reasons[0].answered.label // "I'd love it"
 * ```
 */
export function explainRole(ranked: RankedRole, answers: Answers, data: QuizData = defaultData): Explanation {
  let read = reader(answers, data)
  let reasons = ranked.contributions.flatMap(c => {
    let answered = read.answered(c.questionId)
    if (!answered || Math.abs(c.points) < NEGLIGIBLE) return []
    let reason: Reason = { answered, need: read.need(ranked.id, answered), effect: c.points > 0 ? 'for' : 'against', points: c.points }
    return agrees(reason) ? [reason] : []
  })
  return {
    for: reasons.filter(r => r.effect === 'for').sort((a, b) => b.points - a.points).slice(0, 3),
    against: reasons.filter(r => r.effect === 'against').sort((a, b) => a.points - b.points).slice(0, 2)
  }
}

/** Whether a reason's direction is the one its answer reads as (see `explainRole`). */
function agrees({ answered: a, need, effect }: Reason): boolean {
  if (a.kind === 'skill') return effect === 'for' ? a.level > 3 && a.relative >= 0 : a.level < 3 && a.relative <= 0
  if (a.kind === 'salary' && need.kind === 'salary') return effect === 'for' ? a.amount <= need.max : a.amount > need.average
  return true
}

/** One answer that separated the first two roles, told as a reason for the one it favoured or against the other. */
export interface Contrast {
  /** For the favoured role (`effect: 'for'`), or against the other one (`effect: 'against'`). */
  reason: Reason
  /** The role the answer favoured. */
  favours: string
  /** How many more match points it gave that role. */
  points: number
}

/**
 * The three answers that separated the first and second role most ("why not
 * the runner-up"), largest first. Each is told the way it reads: a liked
 * skill as a reason for the role that weighs it more, a disliked one as a
 * reason against the role that weighs it more, and so on (see `explainRole`);
 * near-zero ones, and any that can be told neither way, are left out.
 *
 * ```js
 * compareTopTwo(score(answers), answers)[0].favours // 'client-program-manager'
 * ```
 */
export function compareTopTwo(result: Result, answers: Answers, data: QuizData = defaultData): Contrast[] {
  let [first, second] = result.ranking
  if (!first || !second) return []
  let read = reader(answers, data)
  let pointsOf = (role: RankedRole, questionId: string) => role.contributions.find(c => c.questionId === questionId)?.points ?? 0
  let asked = [...new Set([...first.contributions, ...second.contributions].map(c => c.questionId))]
  return asked.flatMap(questionId => {
    let answered = read.answered(questionId)
    let difference = pointsOf(first, questionId) - pointsOf(second, questionId)
    if (!answered || Math.abs(difference) < NEGLIGIBLE) return []
    let [winner, loser] = difference > 0 ? [first, second] : [second, first]
    let told = [
      { answered, need: read.need(winner.id, answered), effect: 'for' as const, points: pointsOf(winner, questionId) },
      { answered, need: read.need(loser.id, answered), effect: 'against' as const, points: pointsOf(loser, questionId) }
    ].find(r => (r.effect === 'for' ? r.points > 0 : r.points < 0) && agrees(r))
    return told ? [{ reason: told, favours: winner.id, points: Math.abs(difference) }] : []
  }).sort((a, b) => b.points - a.points).slice(0, 3)
}

/** Reads answers and needs from the data, once per explanation. */
function reader(answers: Answers, data: QuizData) {
  let chosen = resolveAnswers(answers, data)
  let levels = chosen.flatMap(c => (c.kind === 'skill' ? [c.option.level] : []))
  let average = levels.reduce((a, b) => a + b, 0) / (levels.length || 1)
  let axes = new Map(data.preferences.map(p => [p.id, p]))
  let answered = (questionId: string): Answered | undefined => {
    let c = chosen.find(c => c.question.id === questionId)
    if (!c) return undefined
    let base = { questionId, optionId: c.option.id, label: c.option.label }
    if (c.kind === 'skill') {
      let skill = data.skills.find(s => s.id === c.question.skill)
      let relative = Math.sign(Math.round((c.option.level - average) * 1e9)) as -1 | 0 | 1
      return { kind: 'skill', ...base, skill: c.question.skill, skillLabel: skill?.label ?? c.question.skill, level: c.option.level, relative }
    }
    if (c.kind === 'preference') {
      let ids = [...new Set(c.question.options.flatMap(o => Object.keys(o.values)))]
      return {
        kind: 'preference', ...base,
        axes: ids.map(id => {
          let axis = axes.get(id)
          let value = Object.hasOwn(c.option.values, id) ? c.option.values[id]! : 0
          return { id, label: axis?.label ?? id, low: axis?.low ?? '', high: axis?.high ?? '', value }
        })
      }
    }
    if (c.kind === 'salary') return { kind: 'salary', ...base, amount: c.option.salary }
    return undefined
  }
  let need = (roleId: string, a: Answered): Need => {
    let role = data.roles.find(r => r.id === roleId)!
    if (a.kind === 'skill') return skillNeed(role, a.skill, data)
    if (a.kind === 'preference') return { kind: 'preference', roleId, positions: a.axes.map(axis => rolePosition(role, axis.id)) }
    let { average, max, currency } = role.facts.salary
    return { kind: 'salary', roleId, average, max, currency }
  }
  return { answered, need }
}

function skillNeed(role: Role, skill: string, data: QuizData): Need {
  let weight = skillWeight(role, skill)
  let { skills } = role
  let percentages = skills.basis === 'sourced' ? (skills.percentages ?? []).filter(p => p.skill === skill) : []
  return {
    kind: 'skill', roleId: role.id, weight, basis: skills.basis,
    percent: percentages.length ? percentages.reduce((sum, p) => sum + p.percent, 0) : null,
    top: weight > 0 && Object.values(skills.weights).every(w => w <= weight),
    only: weight > 0 && data.roles.every(r => r === role || skillWeight(r, skill) === 0)
  }
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
 * Why a result is low-signal: `skipped` when fewer than a third of the
 * questions were answered, `same` when the answers given fit every role about
 * equally (the same rating for every skill, for example).
 *
 * ```js
 * lowSignalReason({}, data) // 'skipped'
 * ```
 */
export function lowSignalReason(answers: Answers, data: QuizData): 'skipped' | 'same' {
  return resolveAnswers(answers, data).length * 3 < data.questions.length ? 'skipped' : 'same'
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
