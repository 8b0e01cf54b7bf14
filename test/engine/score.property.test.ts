import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  defaultData, effectiveSkillWeights, score, SKIP, stepsBetween, type Answers, type Question, type Result
} from '../../src/engine'
import { answersArbitrary, optionIds, sampleAnswers } from './answer-sets'

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

  test('a flat skill profile gives every role 0 skill points', () => {
    let flat = fc.tuple(answersArbitrary, fc.integer({ min: 0, max: 4 })).map(([answers, level]) => {
      let changed = { ...answers }
      for (let q of questions) if (q.kind === 'skill' && isAnswered(answers, q)) changed[q.id] = q.options[level]!.id
      return changed
    })
    fc.assert(fc.property(flat, answers => {
      for (let role of score(answers).ranking) {
        let skillPoints = sumOf(role.contributions.filter(c => c.kind === 'skill').map(c => c.points))
        expect(Math.abs(skillPoints)).toBeLessThan(1e-9)
      }
    }), RUNS)
  })
})

test('raising a skill never lowers a role against one that weights it less', () => {
  let raisable = fc.tuple(answersArbitrary, fc.nat()).filter(([answers]) =>
    questions.some(q => q.kind === 'skill' && isAnswered(answers, q) && answers[q.id] !== q.options.at(-1)!.id))
  fc.assert(fc.property(raisable, ([answers, pick]) => {
    let answeredSkills = questions.filter(q => q.kind === 'skill' && isAnswered(answers, q))
    let candidates = answeredSkills.filter(q => answers[q.id] !== q.options.at(-1)!.id)
    let question = candidates[pick % candidates.length]!
    let ids = optionIds(question)
    let raised = { ...answers, [question.id]: ids[ids.indexOf(answers[question.id]!) + 1]! }
    let item = answeredSkills.indexOf(question)
    let skillIds = answeredSkills.map(q => (q.kind === 'skill' ? q.skill : ''))
    let weight = new Map(roles.map(role => [role.id, effectiveSkillWeights(role, skillIds)[item]!]))
    let [before, after] = [score(answers), score(raised)]
    let points = (result: Result, id: string): number => result.ranking.find(r => r.id === id)!.score
    for (let r of roles) {
      for (let q of roles) {
        if (weight.get(r.id)! < weight.get(q.id)!) continue
        let gapBefore = points(before, r.id) - points(before, q.id)
        let gapAfter = points(after, r.id) - points(after, q.id)
        expect(gapAfter).toBeGreaterThanOrEqual(gapBefore - 1e-9)
      }
    }
  }), RUNS)
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

  test.each(roles.map(r => r.id))('%s is first in at least 5% of random answer sets', id => {
    expect(counts.get(id)! / SAMPLES).toBeGreaterThanOrEqual(0.05)
  })

  test('each role is first for the answers that best match its own profile', () => {
    for (let role of roles) {
      let answers = idealAnswers(role.id)
      expect(top(score(answers)), role.id).toBe(role.id)
    }
  })
})

/**
 * Answers built from a role's own data alone: every skill it weights above the
 * average at the top level and the rest at the bottom, each preference at the
 * option nearest its positions, and the highest salary target it pays on average.
 */
function idealAnswers(roleId: string): Answers {
  let role = roles.find(r => r.id === roleId)!
  let skillIds = questions.flatMap(q => (q.kind === 'skill' ? [q.skill] : []))
  let weights = effectiveSkillWeights(role, skillIds)
  let answers: Answers = {}
  for (let q of questions) {
    if (q.kind === 'skill') {
      answers[q.id] = weights[skillIds.indexOf(q.skill)]! > 0 ? q.options.at(-1)!.id : q.options[0]!.id
    } else if (q.kind === 'preference') {
      let distance = (values: Record<string, number>): number =>
        sumOf(Object.entries(values).map(([axis, v]) => Math.abs(v - role.preferences[axis]!.value))) / Object.keys(values).length
      answers[q.id] = [...q.options].sort((a, b) => distance(a.values) - distance(b.values))[0]!.id
    } else if (q.kind === 'salary') {
      let affordable = q.options.filter(o => o.salary <= role.facts.salary.average)
      answers[q.id] = (affordable.at(-1) ?? q.options[0]!).id
    }
  }
  return answers
}
