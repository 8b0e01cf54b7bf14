import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import {
  defaultData, score, SKIP, stepsBetween, type Answers, type Question, type Result
} from '../../src/engine'
import { answersArbitrary, anyAnswers, optionIds, sampleAnswers } from './answer-sets'

// `score` costs a few milliseconds (it re-ranks every alternative answer), so
// the run counts stay small; the checks that re-score every neighbour use fewer.
const RUNS = { numRuns: 150 }
const HEAVY_RUNS = { numRuns: 100 }

const { questions, roles } = defaultData
const isAnswered = (answers: Answers, q: Question): boolean => Object.hasOwn(answers, q.id) && answers[q.id] !== SKIP
const sumOf = (values: number[]): number => values.reduce((a, b) => a + b, 0)
const grid = (n: number): number => Math.round(n * 1e9)
const top = (result: Result): string => result.ranking[0]!.id

/** Every answer set one step away: each answered question moved to an option `stepsBetween` calls 1 away. */
function oneStepNeighbours(answers: Answers): Answers[] {
  return questions.flatMap(q => {
    if (!isAnswered(answers, q)) return []
    let from = answers[q.id]!
    return optionIds(q).filter(to => stepsBetween(q, from, to) === 1).map(to => ({ ...answers, [q.id]: to }))
  })
}

test('scoring is deterministic', () => {
  fc.assert(fc.property(answersArbitrary, answers => {
    expect(score(answers)).toEqual(score(answers))
  }), RUNS)
})

test('the order of answer keys does not matter', () => {
  let withOrder = answersArbitrary.chain(answers => {
    let keys = Object.keys(answers)
    return fc.tuple(fc.constant(answers), fc.shuffledSubarray(keys, { minLength: keys.length, maxLength: keys.length }))
  })
  fc.assert(fc.property(withOrder, ([answers, keys]) => {
    let shuffled = Object.fromEntries(keys.map(k => [k, answers[k]!]))
    expect(score(shuffled)).toEqual(score(answers))
  }), RUNS)
})

test('contributions sum to the score, and match is round(50 + score) within 0–100', () => {
  fc.assert(fc.property(answersArbitrary, answers => {
    for (let role of score(answers).ranking) {
      expect(Math.abs(role.score - sumOf(role.contributions.map(c => c.points)))).toBeLessThan(1e-9)
      expect(Number.isInteger(role.match)).toBe(true)
      expect(role.match).toBeGreaterThanOrEqual(0)
      expect(role.match).toBeLessThanOrEqual(100)
      expect(role.match).toBe(Math.round(50 + role.score))
    }
  }), RUNS)
})

test('the ranking holds every role, best first, ties by id', () => {
  fc.assert(fc.property(answersArbitrary, answers => {
    let { ranking, margin } = score(answers)
    expect(ranking.map(r => r.id).sort()).toEqual(roles.map(r => r.id).sort())
    for (let i = 1; i < ranking.length; i++) {
      let [a, b] = [ranking[i - 1]!, ranking[i]!]
      if (grid(a.score) === grid(b.score)) expect(a.id < b.id).toBe(true)
      else expect(a.score).toBeGreaterThan(b.score)
    }
    expect(margin).toBeGreaterThanOrEqual(0)
  }), RUNS)
})

test('a robust result keeps its top role under every one-step change', () => {
  let robustSeen = 0
  fc.assert(fc.property(answersArbitrary, answers => {
    let result = score(answers)
    if (result.stability !== 'robust') return
    robustSeen++
    for (let changed of oneStepNeighbours(answers)) expect(top(score(changed))).toBe(top(result))
  }), HEAVY_RUNS)
  expect(robustSeen).toBeGreaterThan(0)
})

test('a result that is not robust has a one-step change that moves the top role', () => {
  fc.assert(fc.property(answersArbitrary, answers => {
    let result = score(answers)
    if (result.stability === 'robust') return
    expect(result.stability).toBe(result.margin < 3 ? 'toss-up' : 'lean')
    let { questionId, from, to } = result.counterfactual!
    let question = questions.find(q => q.id === questionId)!
    expect(stepsBetween(question, from, to)).toBe(1)
  }), RUNS)
})

test('the counterfactual, applied, puts its new top role first', () => {
  fc.assert(fc.property(answersArbitrary, answers => {
    let result = score(answers)
    if (!result.counterfactual) return
    let { questionId, from, to, newTop } = result.counterfactual
    expect(answers[questionId]).toBe(from)
    expect(newTop).not.toBe(top(result))
    expect(top(score({ ...answers, [questionId]: to }))).toBe(newTop)
  }), RUNS)
})

describe('skipped answers are neutral', () => {
  test('adding "skip" for an unanswered question changes nothing', () => {
    let withGap = fc.tuple(answersArbitrary, fc.constantFrom(...questions.map(q => q.id)))
      .filter(([answers, id]) => !Object.hasOwn(answers, id))
    fc.assert(fc.property(withGap, ([answers, id]) => {
      expect(score({ ...answers, [id]: SKIP })).toEqual(score(answers))
    }), RUNS)
  })

  test('answering every skill question the same gives every role the same skill points', () => {
    let flat = fc.tuple(anyAnswers, fc.integer({ min: 0, max: 4 })).map(([answers, level]) => {
      let changed = { ...answers }
      for (let q of questions) if (q.kind === 'skill') changed[q.id] = q.options[level]!.id
      return changed
    })
    fc.assert(fc.property(flat, answers => {
      let skillPoints = score(answers).ranking.map(role => sumOf(role.contributions.filter(c => c.kind === 'skill').map(c => c.points)))
      for (let points of skillPoints) expect(points).toBeCloseTo(skillPoints[0]!, 9)
    }), RUNS)
  })
})

// The oracles below read the data's own figures (role.skills.weights,
// role.preferences, role.facts.salary, the options' values): never the engine's.
const gap = (result: Result, a: string, b: string): number =>
  result.ranking.find(r => r.id === a)!.score - result.ranking.find(r => r.id === b)!.score
const dataWeight = (roleId: string, skill: string): number => {
  let { weights } = roles.find(r => r.id === roleId)!.skills
  return Object.hasOwn(weights, skill) ? weights[skill]! : 0
}
const pairs = roles.flatMap(a => roles.filter(b => b !== a).map(b => [a, b] as const))

/** A question picked from those matching `accepts`, or null when none does. */
const pick = (answers: Answers, index: number, accepts: (q: Question) => boolean): Question | null => {
  let candidates = questions.filter(q => isAnswered(answers, q) && accepts(q))
  return candidates.length ? candidates[index % candidates.length]! : null
}

describe('answers move roles the way the data says', () => {
  test('raising a skill one step never lowers a role against one whose data weight for it is lower', () => {
    let checked = 0
    fc.assert(fc.property(anyAnswers, fc.nat(), (answers, index) => {
      let q = pick(answers, index, q => q.kind === 'skill' && answers[q.id] !== q.options.at(-1)!.id)
      if (!q || q.kind !== 'skill') return
      let ids = optionIds(q)
      let raised = { ...answers, [q.id]: ids[ids.indexOf(answers[q.id]!) + 1]! }
      let [before, after] = [score(answers), score(raised)]
      for (let [a, b] of pairs) {
        if (dataWeight(a.id, q.skill) <= dataWeight(b.id, q.skill)) continue
        checked++
        expect(gap(after, a.id, b.id)).toBeGreaterThanOrEqual(gap(before, a.id, b.id) - 1e-9)
      }
    }), RUNS)
    expect(checked).toBeGreaterThan(100)
  })

  test('moving a preference one step toward role A and away from role B never lowers A against B', () => {
    let checked = 0
    fc.assert(fc.property(anyAnswers, fc.nat(), (answers, index) => {
      let q = pick(answers, index, q => q.kind === 'preference')
      if (!q || q.kind !== 'preference') return
      // The axes a question asks about; an option that leaves one out sits at its middle, 0.
      let axes = [...new Set(q.options.flatMap(o => Object.keys(o.values)))]
      let at = (optionId: string, axis: string) => q.options.find(o => o.id === optionId)!.values[axis] ?? 0
      let position = (roleId: string, axis: string) => roles.find(r => r.id === roleId)!.preferences[axis]?.value ?? 0
      let from = answers[q.id]!
      for (let to of optionIds(q).filter(to => stepsBetween(q, from, to) === 1)) {
        let [before, after] = [score(answers), score({ ...answers, [q.id]: to })]
        for (let [a, b] of pairs) {
          let distance = (optionId: string, roleId: string, axis: string) => Math.abs(at(optionId, axis) - position(roleId, axis))
          let towardA = axes.every(axis => distance(to, a.id, axis) <= distance(from, a.id, axis))
          let awayFromB = axes.every(axis => distance(to, b.id, axis) >= distance(from, b.id, axis))
          if (!towardA || !awayFromB) continue
          checked++
          expect(gap(after, a.id, b.id)).toBeGreaterThanOrEqual(gap(before, a.id, b.id) - 1e-9)
        }
      }
    }), RUNS)
    expect(checked).toBeGreaterThan(100)
  })

  test('raising the desired salary never lowers a role against one whose average and range are lower', () => {
    let salary = questions.find(q => q.kind === 'salary')!
    let ids = optionIds(salary)
    let lower = (b: (typeof roles)[number], a: (typeof roles)[number]) => {
      let [x, y] = [b.facts.salary, a.facts.salary]
      return x.average < y.average && x.min <= y.min && x.max < y.max
    }
    let dominated = pairs.filter(([a, b]) => lower(b, a))
    expect(dominated.length).toBeGreaterThan(3)
    let checked = 0
    fc.assert(fc.property(anyAnswers, fc.integer({ min: 0, max: ids.length - 2 }), fc.nat(), (answers, from, rise) => {
      let to = from + 1 + (rise % (ids.length - 1 - from))
      let [before, after] = [score({ ...answers, salary: ids[from]! }), score({ ...answers, salary: ids[to]! })]
      for (let [a, b] of dominated) {
        checked++
        expect(gap(after, a.id, b.id)).toBeGreaterThanOrEqual(gap(before, a.id, b.id) - 1e-9)
      }
    }), RUNS)
    expect(checked).toBeGreaterThan(100)
  })

  // With another skill answered (so skills already take their share of the blend).
  test('answering "It\'s fine" to a skill moves no role against another, as skipping it would', () => {
    let withSkill = fc.tuple(anyAnswers, fc.constantFrom(...questions.filter(q => q.kind === 'skill')))
      .filter(([answers, q]) => questions.some(other => other.kind === 'skill' && other !== q && isAnswered(answers, other)))
    fc.assert(fc.property(withSkill, ([answers, q]) => {
      let middle = q.options[Math.floor(q.options.length / 2)]!.id
      let [fine, skipped] = [score({ ...answers, [q.id]: middle }), score({ ...answers, [q.id]: SKIP })]
      for (let [a, b] of pairs) expect(gap(fine, a.id, b.id)).toBeCloseTo(gap(skipped, a.id, b.id), 9)
    }), RUNS)
  })
})

describe('every role can come first', () => {
  // Uniform over each question's options plus "skip": the distribution a
  // visitor clicking at random would produce. Seeded so the figures repeat.
  const SAMPLES = 2000
  let counts = new Map(roles.map(r => [r.id, 0]))
  for (let answers of sampleAnswers(SAMPLES, 20261123)) {
    let id = top(score(answers))
    counts.set(id, counts.get(id)! + 1)
  }
  console.log(`top-role shares over ${SAMPLES} seeded random answer sets:`,
    [...counts].map(([id, n]) => `${id} ${(100 * n / SAMPLES).toFixed(1)}%`).join(', '))

  test.each(roles.map(r => r.id))('%s is first in 10–30% of random answer sets', id => {
    expect(counts.get(id)! / SAMPLES).toBeGreaterThanOrEqual(0.1)
    expect(counts.get(id)! / SAMPLES).toBeLessThanOrEqual(0.3)
  })

  test('the README quotes the lowest and highest shares', () => {
    let sorted = [...counts].sort((a, b) => a[1] - b[1])
    let quote = ([id, n]: [string, number]) => `${(100 * n / SAMPLES).toFixed(1)}% (${id.replace(/-/g, ' ')})`
    let readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ')
    expect(readme).toContain(`between ${quote(sorted[0]!)} and ${quote(sorted.at(-1)!)}`)
  })

  test('each role is first for the answers that best match its own profile', () => {
    for (let role of roles) {
      let answers = idealAnswers(role.id)
      expect(top(score(answers)), role.id).toBe(role.id)
    }
  })
})

/**
 * Answers built from a role's own data alone: every skill its sources name at
 * the top level and the rest at the bottom, each preference at the option
 * nearest its positions, and the highest salary target it pays on average.
 */
function idealAnswers(roleId: string): Answers {
  let role = roles.find(r => r.id === roleId)!
  let answers: Answers = {}
  for (let q of questions) {
    if (q.kind === 'skill') {
      answers[q.id] = dataWeight(role.id, q.skill) > 0 ? q.options.at(-1)!.id : q.options[0]!.id
    } else if (q.kind === 'preference') {
      let axes = [...new Set(q.options.flatMap(o => Object.keys(o.values)))]
      let distance = (values: Record<string, number>): number =>
        sumOf(axes.map(axis => Math.abs((values[axis] ?? 0) - role.preferences[axis]!.value))) / axes.length
      answers[q.id] = [...q.options].sort((a, b) => distance(a.values) - distance(b.values))[0]!.id
    } else if (q.kind === 'salary') {
      let affordable = q.options.filter(o => o.salary <= role.facts.salary.average)
      answers[q.id] = (affordable.at(-1) ?? q.options[0]!).id
    }
  }
  return answers
}
