// The three parts of a role's score. Each part reads the data's own figures
// (weights, positions, salaries) directly, so a change of answer moves roles
// the way the data says: see the properties in test/engine/score.property.test.ts.
import type { Chosen } from './answers'
import type { QuizData, Role, SalaryQuestion } from './data'

/** Match points one answer added to a role (negative: took away). */
export interface Contribution {
  kind: 'skill' | 'preference' | 'salary'
  /** The question answered (for salary: the salary question). */
  questionId: string
  /** The skill id, the preference question's id, or `"salary"`. */
  id: string
  label: string
  points: number
}

/** One part of the blend: which share it takes, how active it is, and per role what each answer added. */
export interface Part {
  share: 'skills' | 'preferences' | 'salary'
  /** Multiplies the part's share: 0 when nothing was answered, salary importance for salary. */
  scale: number
  /** Part units: every role's contributions of one part sum to -1…1. */
  contributions: (role: Role) => Contribution[]
}

/** The middle of the 1–5 skill scale ("It's fine"): answers above it count for a role, below against. */
export const SKILL_MIDDLE = 3

/** A role's weight for a skill in the data (0 when its sources don't name it). */
export const skillWeight = (role: Role, skill: string): number =>
  Object.hasOwn(role.skills.weights, skill) ? role.skills.weights[skill]! : 0

/**
 * Skills: each answer, from -1 ("I'd avoid it") through 0 ("It's fine") to 1
 * ("I'd love it"), times the role's weight for that skill in the data. A skill
 * asked twice counts once, at its answers' average. Weights sum to 1, so
 * answering every skill the same is neutral, and a skipped skill counts for no role.
 */
export function skillPart(chosen: Chosen[], data: QuizData): Part {
  let items = chosen.flatMap(c => (c.kind === 'skill' ? [{ question: c.question.id, skill: c.question.skill, level: c.option.level }] : []))
  let asked = new Map<string, number>()
  for (let item of items) asked.set(item.skill, (asked.get(item.skill) ?? 0) + 1)
  let labels = new Map(data.skills.map(s => [s.id, s.label]))
  return {
    share: 'skills',
    scale: items.length > 0 ? 1 : 0,
    contributions: role => items.map(item => ({
      kind: 'skill',
      questionId: item.question,
      id: item.skill,
      label: labels.get(item.skill) ?? item.skill,
      points: (skillWeight(role, item.skill) * (item.level - SKILL_MIDDLE)) / 2 / asked.get(item.skill)!
    }))
  }
}

/** A role's position on an axis (0, the middle, where the data gives none). */
export const rolePosition = (role: Role, axis: string): number =>
  Object.hasOwn(role.preferences, axis) ? role.preferences[axis]!.value : 0

/**
 * Preferences: an answer fits a role by 1 − the distance between their
 * positions, averaged over the axes the question asks about (an option that
 * leaves out an axis its question names sits at its middle, 0), and weighted
 * across questions by `weight`.
 */
export function preferencePart(chosen: Chosen[]): Part {
  let items = chosen.flatMap(c => {
    if (c.kind !== 'preference') return []
    let axes = [...new Set(c.question.options.flatMap(o => Object.keys(o.values)))]
    let at = (axis: string) => (Object.hasOwn(c.option.values, axis) ? c.option.values[axis]! : 0)
    return axes.length > 0 ? [{ question: c.question, axes: axes.map(axis => ({ axis, value: at(axis) })) }] : []
  })
  let total = items.reduce((sum, item) => sum + (item.question.weight ?? 1), 0)
  return {
    share: 'preferences',
    scale: items.length > 0 ? 1 : 0,
    contributions: role => items.map(({ question, axes }) => {
      let distance = axes.reduce((sum, { axis, value }) => sum + Math.abs(value - rolePosition(role, axis)), 0) / axes.length
      return {
        kind: 'preference',
        questionId: question.id,
        id: question.id,
        label: question.text,
        points: ((1 - distance) * (question.weight ?? 1)) / total
      }
    })
  }
}

/** How far a desired salary is above what a role pays: above its average, and again above the top of its range. */
const shortfall = (desired: number, role: Role): number => {
  let { average, max } = role.facts.salary
  return Math.max(0, desired - average) + Math.max(0, desired - max)
}

/**
 * Salary: 1 when the role's average reaches the desired salary, falling as the
 * desire rises above the average and twice as fast above the top of the range.
 * Every role falls at the same rate per unit of money, so a role whose average
 * and range are higher never loses ground when the desire rises. The rate is
 * set so that the highest salary the data's questions offer gives −1 to the
 * role that pays least for it.
 *
 * ```js
 * salaryFit(140000, roles[1]) // 0.29
 * ```
 */
export function salaryFit(desired: number, role: Role, data: QuizData): number {
  let worst = worstShortfall(data, desired)
  return worst === 0 ? 1 : 1 - (2 * shortfall(desired, role)) / worst
}

// The rate depends only on the data, and the counterfactual search asks for it hundreds of times.
const rates = new WeakMap<QuizData, { highest: number; worst: number }>()
function worstShortfall(data: QuizData, desired: number): number {
  let rate = rates.get(data)
  if (!rate) {
    let offered = data.questions.flatMap(q => (q.kind === 'salary' ? (q as SalaryQuestion).options.map(o => o.salary) : []))
    let highest = Math.max(0, ...offered)
    rate = { highest, worst: Math.max(0, ...data.roles.map(r => shortfall(highest, r))) }
    rates.set(data, rate)
  }
  return desired <= rate.highest ? rate.worst : Math.max(0, ...data.roles.map(r => shortfall(desired, r)))
}

export function salaryPart(chosen: Chosen[], data: QuizData): Part {
  let desired: { question: string; amount: number } | undefined
  let importance = 1
  for (let c of chosen) {
    if (c.kind === 'salary') desired = { question: c.question.id, amount: c.option.salary }
    if (c.kind === 'salary-importance') importance = c.option.importance
  }
  return {
    share: 'salary',
    scale: desired ? importance : 0,
    contributions: role => desired
      ? [{ kind: 'salary', questionId: desired.question, id: 'salary', label: 'Salary', points: salaryFit(desired.amount, role, data) }]
      : []
  }
}
