import { describe, expect, test } from 'vitest'
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
  expect(errors).toEqual(['data.roles[2].facts.salary.average must be a positive number of at most 1,000,000,000'])
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
    'data.roles[2].facts.salary.average must be a positive number of at most 1,000,000,000',
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

const SALARY_Q = indexOf('salary')

describe('salary figures', () => {
  test('rejects absurd salary figures with a message naming the path and the limit', () => {
    let errors = parseBroken(data => {
      data.roles[0]!.facts.salary.max = 4e9
      data.roles[1]!.facts.salary.max = 1e300
      let q = data.questions[SALARY_Q]!
      if (q.kind === 'salary') q.options[0]!.salary = 2e10
    })
    expect(errors).toEqual([
      'data.roles[0].facts.salary.max must be a positive number of at most 1,000,000,000',
      'data.roles[1].facts.salary.max must be a positive number of at most 1,000,000,000',
      `data.questions[${SALARY_Q}].options[0].salary must be a positive number of at most 1,000,000,000`
    ])
  })

  test('accepts a salary of exactly 1,000,000,000', () => {
    expect(parseBroken(data => {
      data.roles[0]!.facts.salary.max = 1e9
    })).toEqual([])
  })

  test('rejects figures that are not finite numbers', () => {
    let errors = parseBroken(data => {
      data.roles[0]!.facts.salary.max = Infinity
      data.roles[1]!.facts.salary.min = Number.NaN
    })
    expect(errors).toEqual([
      'data.roles[0].facts.salary.max must be a positive number of at most 1,000,000,000',
      'data.roles[1].facts.salary.min must be a positive number of at most 1,000,000,000'
    ])
  })
})

describe('currency', () => {
  /** Every amount in the data set (roles' salaries and hourly rates, the salary question) in `code`. */
  const inCurrency = (data: QuizData, code: string): void => {
    for (let role of data.roles) {
      role.facts.salary.currency = code
      if (role.facts.hourlyRate) role.facts.hourlyRate.currency = code
    }
    let q = data.questions[SALARY_Q]!
    if (q.kind === 'salary') q.currency = code
  }

  test('rejects codes that are not ISO 4217 currencies', () => {
    let errors = parseBroken(data => {
      data.roles[0]!.facts.salary.currency = 'dollars'
      data.roles[1]!.facts.salary.currency = 'usd'
      data.roles[2]!.facts.salary.currency = 'ABC'
      data.roles[3]!.facts.salary.currency = 42 as unknown as string
      data.roles[0]!.facts.hourlyRate!.currency = 'US$'
    })
    expect(errors).toEqual([
      'data.roles[0].facts.salary.currency must be an ISO 4217 currency code such as "USD"',
      'data.roles[0].facts.hourlyRate.currency must be an ISO 4217 currency code such as "USD"',
      'data.roles[1].facts.salary.currency must be an ISO 4217 currency code such as "USD"',
      'data.roles[2].facts.salary.currency must be an ISO 4217 currency code such as "USD"',
      'data.roles[3].facts.salary.currency must be an ISO 4217 currency code such as "USD"'
    ])
  })

  test('rejects a salary question with a currency code that is not ISO 4217', () => {
    let errors = parseBroken(data => {
      let q = data.questions[SALARY_Q]!
      if (q.kind === 'salary') q.currency = 'Euro'
    })
    expect(errors).toEqual([`data.questions[${SALARY_Q}].currency must be an ISO 4217 currency code such as "USD"`])
  })

  test('names both currencies when the roles mix them', () => {
    let errors = parseBroken(data => {
      data.roles[2]!.facts.salary.currency = 'EUR'
      data.roles[1]!.facts.hourlyRate!.currency = 'GBP'
    })
    expect(errors).toEqual([
      'data.roles[1].facts.hourlyRate.currency is "GBP" but data.roles[0].facts.salary.currency is "USD": use one currency in the whole data',
      'data.roles[2].facts.salary.currency is "EUR" but data.roles[0].facts.salary.currency is "USD": use one currency in the whole data'
    ])
  })

  test('accepts a data set all in another currency, the salary question included', () => {
    expect(parseBroken(data => inCurrency(data, 'EUR'))).toEqual([])
  })

  test('rejects salary bands in US dollars against roles paid in another currency', () => {
    let errors = parseBroken(data => {
      inCurrency(data, 'EUR')
      let q = data.questions[SALARY_Q]!
      if (q.kind === 'salary') q.currency = 'USD'
    })
    expect(errors).toEqual([
      `data.questions[${SALARY_Q}].currency is "USD" but data.roles[0].facts.salary.currency is "EUR": use one currency in the whole data`
    ])
  })

  test('reads a salary question without a currency as US dollars, like the default data', () => {
    let errors = parseBroken(data => {
      inCurrency(data, 'EUR')
      let q = data.questions[SALARY_Q]!
      if (q.kind === 'salary') delete q.currency
    })
    expect(errors).toEqual([
      `data.questions[${SALARY_Q}].currency is "USD" but data.roles[0].facts.salary.currency is "EUR": use one currency in the whole data`
    ])
    expect(parseBroken(data => {
      let q = data.questions[SALARY_Q]!
      if (q.kind === 'salary') delete q.currency
    })).toEqual([])
  })
})

describe('limits', () => {
  const moreRoles = (data: QuizData, count: number): void => {
    let template = data.roles[0]!
    data.roles = Array.from({ length: count }, (_, i) => ({ ...template, id: `role-${i}` }))
  }
  const moreQuestions = (data: QuizData, count: number): void => {
    let template = data.questions[SKILL_Q]!
    data.questions = Array.from({ length: count }, (_, i) => ({ ...structuredClone(template), id: `question-${i}` }))
  }
  const moreOptions = (data: QuizData, count: number): void => {
    let q = data.questions[PREFERENCE_Q]!
    let template = q.options[0]!
    q.options = Array.from({ length: count }, (_, i) => ({ ...structuredClone(template), id: `option-${i}` })) as typeof q.options
  }

  test('accepts 20 roles, 60 questions and 12 options to a question', () => {
    expect(parseBroken(data => {
      moreRoles(data, 20)
      moreQuestions(data, 60)
      moreOptions(data, 12)
    })).toEqual([])
  })

  test('rejects more than 20 roles, 60 questions or 12 options, naming the path and the limit', () => {
    let errors = parseBroken(data => {
      moreRoles(data, 21)
      moreOptions(data, 13)
    })
    expect(errors).toEqual(['data.roles must have at most 20 items', `data.questions[${PREFERENCE_Q}].options must have at most 12 items`])
    expect(parseBroken(data => moreQuestions(data, 61))).toEqual(['data.questions must have at most 60 items'])
  })

  test('rejects 10,000 roles with one message, without checking each', () => {
    expect(parseBroken(data => moreRoles(data, 10_000))).toEqual(['data.roles must have at most 20 items'])
  })

  test('limits titles and labels to 100 characters, question texts to 300 and summaries to 2,000', () => {
    let okay = parseBroken(data => {
      data.roles[0]!.title = 'T'.repeat(100)
      data.questions[0]!.text = 'Q'.repeat(300)
      data.roles[0]!.summary = 'S'.repeat(2000)
    })
    expect(okay).toEqual([])
    let errors = parseBroken(data => {
      data.roles[0]!.title = 'T'.repeat(1_000_000)
      data.roles[1]!.summary = 'S'.repeat(2001)
      data.skills[0]!.label = 'L'.repeat(101)
      data.questions[0]!.text = 'Q'.repeat(301)
      data.questions[1]!.options[0]!.label = 'O'.repeat(101)
    })
    expect(errors).toEqual([
      'data.skills[0].label must be a non-empty string of at most 100 characters',
      'data.roles[0].title must be a non-empty string of at most 100 characters',
      'data.roles[1].summary must be a non-empty string of at most 2000 characters',
      'data.questions[0].text must be a non-empty string of at most 300 characters',
      'data.questions[1].options[0].label must be a non-empty string of at most 100 characters'
    ])
  })

  test('limits ids to 60 characters', () => {
    let errors = parseBroken(data => {
      data.roles[0]!.id = 'r'.repeat(61)
    })
    expect(errors).toEqual(['data.roles[0].id must be an id of at most 60 lowercase letters, digits and dashes'])
  })
})

describe('own properties only', () => {
  // Ids are lowercase, so of Object.prototype's keys only these two can be written as one.
  test.each(['constructor', '__proto__'])(
    'a preference axis "%s" needs a position in every role',
    axis => {
      let errors = parseBroken(data => {
        data.preferences.push({ id: axis, label: 'Axis', low: 'Low', high: 'High' })
      })
      if (axis === '__proto__') {
        expect(errors).toEqual([`data.preferences[${defaultData.preferences.length}].id must be an id of at most 60 lowercase letters, digits and dashes`])
        return
      }
      expect(errors).toEqual(defaultData.roles.map((_, i) =>
        `data.roles[${i}].preferences.${axis} is missing: every role needs a position on every preference`))
    }
  )

  test('does not take a required field from an object\'s prototype', () => {
    let errors = parseBroken(data => {
      data.roles[0] = Object.create(data.roles[0]!) as QuizData['roles'][number]
    })
    expect(errors).toContain('data.roles[0].id must be an id of at most 60 lowercase letters, digits and dashes')
    expect(errors).toContain('data.roles[0].title must be a non-empty string of at most 100 characters')
  })
})
