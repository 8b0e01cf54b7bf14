import { resolveAnswers, type Answers, type Chosen } from './answers'
import { defaultData, type Option, type Question, type QuizData } from './data'
import { preferencePart, salaryPart, skillPart } from './parts'

/** Shares of the three parts of a role's score. Parts with no answers drop out and the rest are rescaled. */
export interface Blend {
  skills: number
  preferences: number
  salary: number
}

/** The published blend: skills 60%, preferences 30%, salary 10% (times how much salary matters). */
export const DEFAULT_BLEND: Blend = { skills: 0.6, preferences: 0.3, salary: 0.1 }

/** Match points one answered skill, preference or the salary fit added (negative: took away). */
export interface Contribution {
  kind: 'skill' | 'preference' | 'salary'
  id: string
  label: string
  points: number
}

export interface RankedRole {
  id: string
  title: string
  /** Unrounded points from -50 to 50: exactly the sum of `contributions`. */
  score: number
  /** `round(50 + score)`, from 0 to 100. */
  match: number
  contributions: Contribution[]
}

/** The smallest change to one answer that puts another role first. */
export interface Counterfactual {
  questionId: string
  from: string
  to: string
  newTop: string
}

/**
 * - `robust`: no one-step change to any single answer changes the top role;
 * - `toss-up`: one can, and the top two are less than `TOSS_UP_MARGIN` match points apart;
 * - `lean`: one can, but the margin is larger.
 */
export type Stability = 'robust' | 'lean' | 'toss-up'

export interface Result {
  /** Every role, best first; ties break by role id, alphabetically. */
  ranking: RankedRole[]
  /** Match points between first and second, unrounded. */
  margin: number
  stability: Stability
  counterfactual: Counterfactual | null
  /** The skill answers cannot tell roles apart: fewer than two, or all the same level. */
  lowSignal: boolean
}

export interface ScoreOptions {
  blend?: Blend
}

export const TOSS_UP_MARGIN = 3

/**
 * Scores answers against every role.
 *
 * ```js
 * import { score } from 'career-fit/engine'
 * let { ranking, stability } = score({ 'plan-projects': 'love', scope: 'one-project' })
 * ranking[0].id // 'project-manager'
 * ```
 *
 * Throws an Error naming the question or option when an answer is unknown.
 */
export function score(answers: Answers, data: QuizData = defaultData, options: ScoreOptions = {}): Result {
  let blend = options.blend ?? DEFAULT_BLEND
  let chosen = resolveAnswers(answers, data)
  let ranking = rank(chosen, data, blend)
  // Float noise can put a tied first place a hair below second.
  let margin = ranking.length > 1 ? Math.max(0, ranking[0]!.score - ranking[1]!.score) : 0
  let { counterfactual, oneStepFlips } = findCounterfactual(chosen, ranking[0]!.id, data, blend)
  let stability: Stability = !oneStepFlips ? 'robust' : margin < TOSS_UP_MARGIN ? 'toss-up' : 'lean'
  return { ranking, margin, stability, counterfactual, lowSignal: isLowSignal(chosen) }
}

function rank(chosen: Chosen[], data: QuizData, blend: Blend): RankedRole[] {
  let parts = [skillPart(chosen, data, blend), preferencePart(chosen, data, blend), salaryPart(chosen, blend)]
  let totalShare = parts.reduce((sum, part) => sum + part.share, 0)
  let ranked = data.roles.map(role => {
    let contributions = totalShare === 0 ? [] : parts.flatMap(part =>
      part.share === 0 ? [] : merge(part.contributions(role), (50 * part.share) / totalShare)
    )
    let total = contributions.reduce((sum, c) => sum + c.points, 0)
    return { id: role.id, title: role.title, score: total, match: toMatch(total), contributions }
  })
  return ranked.sort(byScoreThenId)
}

/** Scales part units to match points and adds up contributions to the same skill or axis. */
function merge(contributions: Contribution[], scale: number): Contribution[] {
  let byId = new Map<string, Contribution>()
  for (let c of contributions) {
    let existing = byId.get(c.id)
    if (existing) existing.points += c.points * scale
    else byId.set(c.id, { ...c, points: c.points * scale })
  }
  return [...byId.values()]
}

const toMatch = (points: number): number => Math.min(100, Math.max(0, Math.round(50 + points)))

// Scores are compared on a 1e-9 grid so float noise never decides a tie.
const grid = (points: number): number => Math.round(points * 1e9)
function byScoreThenId(a: RankedRole, b: RankedRole): number {
  return grid(b.score) - grid(a.score) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

function isLowSignal(chosen: Chosen[]): boolean {
  let levels = new Set(chosen.flatMap(c => (c.kind === 'skill' ? [c.option.level] : [])))
  return levels.size < 2
}

/** How far apart two options of a question are: index distance on a scale, 1 otherwise. */
export function stepsBetween(question: Question, from: string, to: string): number {
  let ordered = question.kind !== 'preference' || question.ordered !== false
  if (!ordered) return from === to ? 0 : 1
  let ids = (question.options as Option[]).map(o => o.id)
  return Math.abs(ids.indexOf(from) - ids.indexOf(to))
}

interface Search {
  counterfactual: Counterfactual | null
  oneStepFlips: boolean
}

/**
 * Tries every other option of every answered question. The counterfactual is
 * the change with the fewest steps; ties go to the largest new margin, then
 * to question and option order.
 */
function findCounterfactual(chosen: Chosen[], top: string, data: QuizData, blend: Blend): Search {
  let best: { steps: number; margin: number; value: Counterfactual } | null = null
  chosen.forEach(({ question, option }, index) => {
    for (let alternative of question.options as Option[]) {
      if (alternative.id === option.id) continue
      let changed = chosen.slice()
      changed[index] = { ...chosen[index]!, option: alternative } as Chosen
      let ranking = rank(changed, data, blend)
      let newTop = ranking[0]!
      if (newTop.id === top) continue
      let steps = stepsBetween(question, option.id, alternative.id)
      let margin = newTop.score - ranking[1]!.score
      if (!best || steps < best.steps || (steps === best.steps && grid(margin) > grid(best.margin))) {
        best = { steps, margin, value: { questionId: question.id, from: option.id, to: alternative.id, newTop: newTop.id } }
      }
    }
  })
  let found = best as { steps: number; value: Counterfactual } | null
  return { counterfactual: found?.value ?? null, oneStepFlips: found?.steps === 1 }
}
