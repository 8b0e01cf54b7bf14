import { describe, expect, test } from 'vitest'
import { defaultData, DEFAULT_BLEND, score, SKIP, type Answers, type Result } from '../../src/engine'

const { questions, roles } = defaultData
const skillQuestions = questions.filter(q => q.kind === 'skill')
const byId = (result: Result, id: string) => result.ranking.find(r => r.id === id)!
const sumOf = (values: number[]): number => values.reduce((a, b) => a + b, 0)
const averageSalary = (id: string): number => roles.find(r => r.id === id)!.facts.salary.average

// A mixed profile with answers of every kind, used where any realistic set will do.
const MIXED: Answers = {
  'work-with': 'clients-some-internal', direction: 'balance', scope: 'many-projects',
  'plan-projects': 'enjoy', 'coordinate-projects': 'love', 'client-contact': 'little', 'point-of-sale': 'avoid',
  'allocate-budgets': 'neutral', lifecycle: 'enjoy', 'customer-needs': 'love', 'manage-risks': 'little',
  industry: 'technology', salary: '110-130k', 'salary-importance': 'a-lot'
}

describe('with no answers', () => {
  let result = score({})

  test('ranks all five roles at a neutral 50', () => {
    expect(result.ranking).toHaveLength(roles.length)
    expect(result.ranking.map(r => r.match)).toEqual(roles.map(() => 50))
    expect(result.ranking.every(r => r.score === 0 && r.contributions.length === 0)).toBe(true)
  })

  test('breaks the tie by role id', () => {
    expect(result.ranking.map(r => r.id)).toEqual(roles.map(r => r.id).sort())
  })

  test('flags low signal and has nothing to change', () => {
    expect(result.lowSignal).toBe(true)
    expect(result.margin).toBe(0)
    expect(result.counterfactual).toBeNull()
  })
})

describe('unknown answers', () => {
  test('an unknown question throws an Error naming it', () => {
    expect(() => score({ 'favourite-colour': 'blue' })).toThrow(Error)
    expect(() => score({ 'favourite-colour': 'blue' })).toThrow(/favourite-colour/)
  })

  test('an unknown option throws an Error naming the option and the question', () => {
    let error: unknown
    try {
      score({ scope: 'everything' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toContain('everything')
    expect((error as Error).message).toContain('scope')
  })

  test('an option of another question is unknown here', () => {
    expect(() => score({ scope: 'love' })).toThrow(/love.*scope|scope.*love/)
  })
})

test('"skip" is accepted and counts as leaving the question out', () => {
  let skipped = score({ ...MIXED, 'point-of-sale': SKIP, direction: SKIP, salary: SKIP })
  let { 'point-of-sale': _pos, direction: _direction, salary: _salary, ...omitted } = MIXED
  expect(skipped).toEqual(score(omitted))
  expect(score(Object.fromEntries(questions.map(q => [q.id, SKIP])))).toEqual(score({}))
})

test('contributions add up to the score and the match rounds 50 + score', () => {
  let result = score(MIXED)
  for (let role of result.ranking) {
    expect(role.score).toBeCloseTo(sumOf(role.contributions.map(c => c.points)), 9)
    expect(role.match).toBe(Math.round(50 + role.score))
  }
  expect(result.margin).toBeCloseTo(result.ranking[0]!.score - result.ranking[1]!.score, 9)
})

test('contributions name what was answered, by kind', () => {
  let result = score(MIXED)
  let kinds = new Set(result.ranking[0]!.contributions.map(c => c.kind))
  expect([...kinds].sort()).toEqual(['preference', 'salary', 'skill'])
  let skillIds = result.ranking[0]!.contributions.filter(c => c.kind === 'skill').map(c => c.id)
  let answered = skillQuestions.filter(q => q.id in MIXED).map(q => (q.kind === 'skill' ? q.skill : ''))
  expect(skillIds).toEqual(answered)
})

test('the documented example ranks the project manager first', () => {
  expect(score({ 'plan-projects': 'love', scope: 'one-project' }).ranking[0]!.id).toBe('project-manager')
})

describe('salary', () => {
  let salaryQuestion = questions.find(q => q.kind === 'salary')!
  let highest = [...roles].sort((a, b) => b.facts.salary.average - a.facts.salary.average)

  test('a salary every role pays on average fits every role the same', () => {
    let result = score({ salary: salaryQuestion.options[0]!.id })
    expect(new Set(result.ranking.map(r => r.score)).size).toBe(1)
  })

  test('a high salary alone favours the roles that pay more', () => {
    let result = score({ salary: '110-130k' })
    expect(result.ranking[0]!.id).toBe(highest[0]!.id)
    expect(result.ranking.at(-1)!.id).toBe(highest.at(-1)!.id)
    // Whatever the target, the best-paid role never ranks below a role paying less on both average and top of range.
    for (let option of salaryQuestion.options) {
      let r = score({ salary: option.id })
      let lead = byId(r, 'lead-program-manager').score
      expect(lead).toBeGreaterThan(byId(r, 'client-program-manager').score - 1e-9)
      expect(lead).toBeGreaterThan(byId(r, 'project-manager').score - 1e-9)
    }
    expect(averageSalary('lead-program-manager')).toBeGreaterThan(averageSalary('client-program-manager'))
  })

  test('"not at all" importance removes the salary contribution', () => {
    let without = score({ ...MIXED, 'salary-importance': 'not-at-all' })
    let { salary: _salary, 'salary-importance': _importance, ...noSalary } = MIXED
    for (let role of without.ranking) expect(role.contributions.some(c => c.kind === 'salary')).toBe(false)
    expect(without.ranking).toEqual(score(noSalary).ranking)
    expect(score({ salary: 'over-130k', 'salary-importance': 'not-at-all' }).ranking.every(r => r.score === 0)).toBe(true)
  })

  test('more importance gives salary a larger share', () => {
    let salaryPoints = (importance: string): number =>
      Math.abs(byId(score({ ...MIXED, 'salary-importance': importance }), 'project-manager').contributions.find(c => c.kind === 'salary')!.points)
    expect(salaryPoints('a-little')).toBeLessThan(salaryPoints('somewhat'))
    expect(salaryPoints('somewhat')).toBeLessThan(salaryPoints('most'))
  })
})

test('a custom blend changes the scores', () => {
  let published = score(MIXED)
  let skillHeavy = score(MIXED, defaultData, { blend: { skills: 0.9, preferences: 0.05, salary: 0.05 } })
  expect(skillHeavy.ranking.map(r => r.score)).not.toEqual(published.ranking.map(r => r.score))
  expect(score(MIXED, defaultData, { blend: DEFAULT_BLEND })).toEqual(published)
})

test('a skills-only blend leaves only skill contributions', () => {
  let result = score(MIXED, defaultData, { blend: { skills: 1, preferences: 0, salary: 0 } })
  for (let role of result.ranking) expect(role.contributions.every(c => c.kind === 'skill')).toBe(true)
})

describe('counterfactual', () => {
  let profiles: Answers[] = [
    MIXED,
    { scope: 'product', 'coordinate-projects': 'love', 'lead-present': 'love', 'customer-needs': 'enjoy', direction: 'strategy' },
    { 'coordinate-projects': 'enjoy', 'customer-needs': 'enjoy', 'lead-present': 'enjoy', 'point-of-sale': 'little' }
  ]

  test.each(profiles.map((answers, i) => [i, answers] as const))('profile %i: applying it puts its new top role first', (_, answers) => {
    let result = score(answers)
    expect(result.counterfactual).not.toBeNull()
    let { questionId, from, to, newTop } = result.counterfactual!
    expect(answers[questionId]).toBe(from)
    expect(newTop).not.toBe(result.ranking[0]!.id)
    expect(score({ ...answers, [questionId]: to }).ranking[0]!.id).toBe(newTop)
  })
})

// "Parts with no answers drop out and the rest are rescaled": a part answered alone carries the whole match.
describe('a part answered alone', () => {
  test.each(roles.map(r => r.id))('loving every skill the %s sources name, and nothing else, is a 100% match', id => {
    let role = roles.find(r => r.id === id)!
    let answers = Object.fromEntries(skillQuestions.filter(q => q.kind === 'skill' && (role.skills.weights[q.skill] ?? 0) > 0).map(q => [q.id, 'love']))
    expect(byId(score(answers), id).match).toBe(100)
  })

  test("answering at the project manager's own position on every axis, and nothing else, is a 100% match", () => {
    let answers = { 'work-with': 'internal', direction: 'execution', scope: 'one-project', 'cross-department': 'none' }
    expect(byId(score(answers), 'project-manager').match).toBe(100)
  })
})

describe('low signal', () => {
  test('every skill at the same level, and nothing else, fits every role the same', () => {
    for (let level of ['avoid', 'neutral', 'love']) {
      let result = score(Object.fromEntries(skillQuestions.map(q => [q.id, level])))
      expect(result.lowSignal, level).toBe(true)
      for (let role of result.ranking) expect(role.score).toBeCloseTo(result.ranking[0]!.score, 9)
    }
  })

  test('"It\'s fine" to every skill credits and blames no skill', () => {
    let result = score(Object.fromEntries(skillQuestions.map(q => [q.id, 'neutral'])))
    for (let role of result.ranking) {
      for (let c of role.contributions) expect(Math.abs(c.points), `${role.id} ${c.id}`).toBeLessThan(1e-9)
    }
  })

  // The ranking treats scores within 1e-9 as tied, so float noise must not make the margin negative.
  test('a tie at the top gives a margin of 0, never below', () => {
    let result = score(Object.fromEntries(skillQuestions.map(q => [q.id, 'love'])))
    expect(result.ranking[0]!.match).toBe(result.ranking[1]!.match)
    expect(result.margin).toBe(0)
  })

  test("one skill a role's sources name is enough to tell roles apart; \"It's fine\" alone is not", () => {
    expect(score({ 'plan-projects': 'love' }).lowSignal).toBe(false)
    expect(score({ 'plan-projects': 'neutral' }).lowSignal).toBe(true)
  })

  // Regression for issue 13, item 13: a preference-only question set said "Not enough to go on".
  test('clear preferences alone tell roles apart', () => {
    let result = score({ 'work-with': 'clients', direction: 'execution', scope: 'one-project' })
    expect(result.lowSignal).toBe(false)
    expect(result.ranking[0]!.score).toBeGreaterThan(result.ranking.at(-1)!.score + 2)
  })
})
