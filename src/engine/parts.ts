import type { QuizData, Role } from './data'
import type { Blend, Contribution } from './score'
import type { Chosen } from './answers'

/** One part of the blend: its share, and per role what each answer added (in part units, summing to -1…1). */
export interface Part {
  share: number
  contributions: (role: Role) => Contribution[]
}

const weightOf = (role: Role, skill: string): number =>
  Object.hasOwn(role.skills.weights, skill) ? role.skills.weights[skill]! : 0

/**
 * A role's weights over the answered skills as the engine uses them: centred
 * on their mean and scaled so their absolute values sum to 1 (all 0 when the
 * role weights every answered skill the same).
 *
 * ```js
 * effectiveSkillWeights(role, ['client-relations', 'point-of-sale'])
 * ```
 */
export function effectiveSkillWeights(role: Role, skillIds: string[]): number[] {
  let weights = skillIds.map(skill => weightOf(role, skill))
  let mean = weights.reduce((a, b) => a + b, 0) / weights.length
  let spread = weights.reduce((sum, w) => sum + Math.abs(w - mean), 0)
  return weights.map(w => (spread > 1e-12 ? (w - mean) / spread : 0))
}

/**
 * Skills: answers relative to the visitor's average, times the role's weights over
 * the answered skills, centred and scaled to a sum of absolute values of 1.
 * Centring makes a flat profile neutral for every role, and the scaling keeps a
 * role with spread-out weights (or weights between two others) able to rank first.
 */
export function skillPart(chosen: Chosen[], data: QuizData, blend: Blend): Part {
  let levels = chosen.flatMap(c => (c.kind === 'skill' ? [{ skill: c.question.skill, level: c.option.level }] : []))
  // Levels relative to the visitor's own average (scaled to -1…1 steps of 0.5):
  // with centred weights the total is the same as around the scale's middle,
  // and a flat profile credits or blames no single skill.
  let average = levels.reduce((sum, item) => sum + item.level, 0) / (levels.length || 1)
  let items = levels.map(item => ({ skill: item.skill, level: (item.level - average) / 2 }))
  let labels = new Map(data.skills.map(s => [s.id, s.label]))
  return {
    share: items.length > 0 ? blend.skills : 0,
    contributions(role) {
      let weights = effectiveSkillWeights(role, items.map(item => item.skill))
      return items.map((item, i) => ({
        kind: 'skill' as const,
        id: item.skill,
        label: labels.get(item.skill) ?? item.skill,
        points: item.level * weights[i]!
      }))
    }
  }
}

/**
 * Preferences: on each axis an answer fits a role by `1 - distance` between
 * the answer's and the role's positions (both -1…1), averaged over questions.
 */
export function preferencePart(chosen: Chosen[], data: QuizData, blend: Blend): Part {
  let items = chosen.flatMap(c => {
    if (c.kind !== 'preference') return []
    let values = Object.entries(c.option.values)
    return values.length > 0 ? [{ weight: c.question.weight ?? 1, values }] : []
  })
  let total = items.reduce((sum, item) => sum + item.weight, 0)
  let labels = new Map(data.preferences.map(p => [p.id, p.label]))
  return {
    share: items.length > 0 ? blend.preferences : 0,
    contributions(role) {
      return items.flatMap(item =>
        item.values.map(([dimension, value]) => ({
          kind: 'preference' as const,
          id: dimension,
          label: labels.get(dimension) ?? dimension,
          points: ((1 - Math.abs(value - (role.preferences[dimension]?.value ?? 0))) * item.weight) / item.values.length / total
        }))
      )
    }
  }
}

/**
 * Salary: 1 when the role's average reaches the desired salary, falling
 * linearly to -1 at the top of the role's range, -1 beyond it.
 */
export function salaryFit(desired: number, role: Role): number {
  let { average, max } = role.facts.salary
  if (desired <= average) return 1
  if (desired >= max) return -1
  return 1 - (2 * (desired - average)) / (max - average)
}

export function salaryPart(chosen: Chosen[], blend: Blend): Part {
  let desired: number | undefined
  let importance = 1
  for (let c of chosen) {
    if (c.kind === 'salary') desired = c.option.salary
    if (c.kind === 'salary-importance') importance = c.option.importance
  }
  let share = desired === undefined ? 0 : blend.salary * importance
  return {
    share,
    contributions: role =>
      desired === undefined ? [] : [{ kind: 'salary', id: 'salary', label: 'Salary', points: salaryFit(desired, role) }]
  }
}
