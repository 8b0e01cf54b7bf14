import { resolveAnswers, type Answers, type Chosen } from './answers'
import { defaultData, type Option, type Question, type QuizData } from './data'
import { preferencePart, salaryPart, skillPart, type Contribution } from './parts'

export type { Contribution } from './parts'

/** Shares of the three parts of a role's score. Parts with no answers drop out and the rest are rescaled. */
export interface Blend {
  skills: number
  preferences: number
  salary: number
}

/** The published blend: skills 60%, preferences 30%, salary 10% (times how much salary matters). */
export const DEFAULT_BLEND: Blend = { skills: 0.6, preferences: 0.3, salary: 0.1 }

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
  /** The answers cannot tell the roles apart: every role's match is within `LOW_SIGNAL_SPREAD` points of the others. */
  lowSignal: boolean
}

export interface ScoreOptions {
  blend?: Blend
}

export const TOSS_UP_MARGIN = 3

/** Below this spread of match points between the best and the worst role, a result is low-signal. */
export const LOW_SIGNAL_SPREAD = 2

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
  let spread = ranking.length > 1 ? ranking[0]!.score - ranking[ranking.length - 1]!.score : 0
  return { ranking, margin, stability, counterfactual, lowSignal: spread < LOW_SIGNAL_SPREAD }
}

function rank(chosen: Chosen[], data: QuizData, blend: Blend): RankedRole[] {
  let parts = [skillPart(chosen, data), preferencePart(chosen), salaryPart(chosen, data)]
  let shares = parts.map(part => blend[part.share] * part.scale)
  let totalShare = shares.reduce((sum, share) => sum + share, 0)
  let ranked = data.roles.map(role => {
    let contributions = totalShare === 0 ? [] : parts.flatMap((part, i) => {
      let scale = (50 * shares[i]!) / totalShare
      return scale === 0 ? [] : part.contributions(role).map(c => ({ ...c, points: c.points * scale }))
    })
    let total = contributions.reduce((sum, c) => sum + c.points, 0)
    return { id: role.id, title: role.title, score: total, match: toMatch(total), contributions }
  })
  return ranked.sort(byScoreThenId)
}

const toMatch = (points: number): number => Math.min(100, Math.max(0, Math.round(50 + points)))

// Scores are compared on a 1e-9 grid so float noise never decides a tie.
const grid = (points: number): number => Math.round(points * 1e9)
function byScoreThenId(a: RankedRole, b: RankedRole): number {
  return grid(b.score) - grid(a.score) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
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
