import { expect, test } from 'vitest'
import { defaultData, parseQuizData, type QuizData } from '../../src/engine'

/** The default data with one or more things broken by `edit`, parsed. */
function parseBroken(edit: (data: QuizData) => void): string[] {
  let data = structuredClone(defaultData)
  edit(data)
  let result = parseQuizData(data)
  return result.ok ? [] : result.errors
}

const indexOf = (kind: string): number => defaultData.questions.findIndex(q => q.kind === kind)
const SKILL_Q = indexOf('skill')
const PREFERENCE_Q = indexOf('preference')
const roleIndex = (id: string): number => defaultData.roles.findIndex(r => r.id === id)

test('rejects input that is not an object', () => {
  for (let input of [null, undefined, 42, 'roles', []]) {
    expect(parseQuizData(input)).toEqual({ ok: false, errors: ['data must be an object'] })
  }
})

test('names missing roles', () => {
  let errors = parseBroken(data => {
    delete (data as Partial<QuizData>).roles
  })
  expect(errors).toEqual(['data.roles must be a list'])
})

test('names a negative salary average by its path', () => {
  let errors = parseBroken(data => {
    data.roles[2]!.facts.salary.average = -5
  })
  expect(errors).toEqual(['data.roles[2].facts.salary.average must be a positive number'])
})

test('names a salary minimum above the average', () => {
  let i = roleIndex('client-program-manager')
  let errors = parseBroken(data => {
    data.roles[i]!.facts.salary.min = 95000
  })
  expect(errors).toEqual([`data.roles[${i}].facts.salary must have min ≤ average ≤ max (got 95000, 91794, 136000)`])
})

test('names weights that do not sum to 1, with their sum', () => {
  let errors = parseBroken(data => {
    data.roles[1]!.skills.weights['project-management'] = 0.5
  })
  let expected = 1 - defaultData.roles[1]!.skills.weights['project-management']! + 0.5
  expect(errors).toEqual([`data.roles[1].skills.weights must sum to 1 (got ${Number(expected.toFixed(4))})`])
})

test('names weights on an unknown skill', () => {
  let errors = parseBroken(data => {
    data.roles[0]!.skills.weights.juggling = 0
  })
  expect(errors).toHaveLength(1)
  expect(errors[0]).toContain('data.roles[0].skills.weights names unknown skill "juggling"')
})

test('names a role without a position on a preference axis', () => {
  let errors = parseBroken(data => {
    delete data.roles[3]!.preferences.finance
  })
  expect(errors).toHaveLength(1)
  expect(errors[0]).toContain('data.roles[3].preferences.finance is missing')
})

test('names an unknown source id in a role summary and a fact', () => {
  let errors = parseBroken(data => {
    data.roles[0]!.summarySource = 'nowhere'
    data.roles[1]!.facts.jobs!.source = 'elsewhere'
  })
  expect(errors).toHaveLength(2)
  expect(errors[0]).toContain('data.roles[0].summarySource names unknown source "nowhere"')
  expect(errors[1]).toContain('data.roles[1].facts.jobs.source names unknown source "elsewhere"')
})

// Every field that holds a source id is a claim of traceability, so each must be checked.
test('names an unknown source id in a role’s responsibilities', () => {
  let errors = parseBroken(data => {
    data.roles[4]!.responsibilitiesSource = 'nowhere'
  })
  expect(errors).toHaveLength(1)
  expect(errors[0]).toContain('data.roles[4].responsibilitiesSource')
  expect(errors[0]).toContain('"nowhere"')
})

test('names an unknown source id in a skill’s source terms', () => {
  let errors = parseBroken(data => {
    data.skills[0]!.sourceTerms[0]!.source = 'nowhere'
  })
  expect(errors).toHaveLength(1)
  expect(errors[0]).toContain('data.skills[0].sourceTerms[0].source')
  expect(errors[0]).toContain('"nowhere"')
})

test('names duplicate ids', () => {
  let errors = parseBroken(data => {
    data.questions[1]!.id = data.questions[0]!.id
    data.roles[4]!.id = data.roles[3]!.id
    data.questions[SKILL_Q]!.options[1]!.id = data.questions[SKILL_Q]!.options[0]!.id
  })
  let [q0, r3, o0] = [defaultData.questions[0]!.id, defaultData.roles[3]!.id, defaultData.questions[SKILL_Q]!.options[0]!.id]
  expect(errors).toContain(`data.roles[4].id "${r3}" is used twice`)
  expect(errors).toContain(`data.questions[1].id "${q0}" is used twice`)
  expect(errors).toContain(`data.questions[${SKILL_Q}].options[1].id "${o0}" is used twice`)
  expect(errors).toHaveLength(3)
})

test('names a question about an unknown skill', () => {
  let errors = parseBroken(data => {
    let q = data.questions[SKILL_Q]!
    if (q.kind === 'skill') q.skill = 'juggling'
  })
  expect(errors).toEqual([`data.questions[${SKILL_Q}].skill names unknown skill "juggling"`])
})

test('reserves the option id "skip"', () => {
  let errors = parseBroken(data => {
    data.questions[PREFERENCE_Q]!.options[2]!.id = 'skip'
  })
  expect(errors).toHaveLength(1)
  expect(errors[0]).toContain(`data.questions[${PREFERENCE_Q}].options[2].id "skip" is reserved`)
})

test('names a question with fewer than two options', () => {
  let errors = parseBroken(data => {
    data.questions[SKILL_Q]!.options.splice(1)
  })
  expect(errors).toEqual([`data.questions[${SKILL_Q}].options must have at least 2 items`])
})

test('names an unknown question kind', () => {
  let errors = parseBroken(data => {
    ;(data.questions[0] as { kind: string }).kind = 'essay'
  })
  expect(errors).toHaveLength(1)
  expect(errors[0]).toContain('data.questions[0].kind must be one of')
  expect(errors[0]).toContain('"skill"')
})

test('names option values on an unknown axis', () => {
  let errors = parseBroken(data => {
    let q = data.questions[PREFERENCE_Q]!
    if (q.kind === 'preference') q.options[0]!.values.charisma = 1
  })
  expect(errors).toHaveLength(1)
  expect(errors[0]).toContain(`data.questions[${PREFERENCE_Q}].options[0].values names unknown preference "charisma"`)
})

test('reports every shape problem at once', () => {
  let errors = parseBroken(data => {
    data.roles[2]!.facts.salary.average = -5
    data.questions[SKILL_Q]!.options.splice(1)
  })
  expect(errors).toEqual([
    'data.roles[2].facts.salary.average must be a positive number',
    `data.questions[${SKILL_Q}].options must have at least 2 items`
  ])
})

test('reports every reference problem at once', () => {
  let errors = parseBroken(data => {
    data.roles[0]!.skills.weights.juggling = 0
    delete data.roles[3]!.preferences.finance
  })
  expect(errors).toHaveLength(2)
  expect(errors.some(e => e.includes('data.roles[0].skills.weights names unknown skill "juggling"'))).toBe(true)
  expect(errors.some(e => e.includes('data.roles[3].preferences.finance is missing'))).toBe(true)
})

test('leaves the data it accepts unchanged', () => {
  let copy = structuredClone(defaultData)
  let result = parseQuizData(copy)
  expect(result.ok && result.value).toEqual(defaultData)
})
