import type { QuizData } from './data'
import {
  between, currency, id, isRecord, list, nullable, object, oneOf, optional, percent, positive, recordOf, rule,
  text, textOf, unit, type Check
} from './schema'
import { SKIP } from './skip'

/**
 * A value, or every problem found instead: the one shape of "a value or errors"
 * across the code (parsing data, decoding share codes, scoring a quiz's answers).
 *
 * ```ts
 * let outcome: Outcome<QuizData> = parseQuizData(input)
 * if (!outcome.ok) console.error(outcome.errors.join('\n'))
 * ```
 */
export type Outcome<Value, Problem = string> = { ok: true; value: Value } | { ok: false; errors: Problem[] }

/** Outcome of parsing untrusted input: the value, or every problem found. */
export type ParseResult<Value> = Outcome<Value>

// Limits, documented in the README: they keep every screen fast and every layout whole.
const MAX_ROLES = 20
const MAX_QUESTIONS = 60
const MAX_OPTIONS = 12
const sentence = textOf(300)
const prose = textOf(2000)
const nameOrNull = rule(v => v === null || (typeof v === 'string' && v.length <= 100), 'must be a string of at most 100 characters or null')

const fact = (value: Check): Check => nullable(object({ value, source: text }))
const percentFact = nullable(object({ percent, source: text }))
const shares = recordOf(percent)

const source = object({
  id, title: text, file: optional(text), note: optional(prose), contributes: optional(prose),
  publisher: nameOrNull, author: nameOrNull,
  year: rule(v => v === null || Number.isInteger(v), 'must be a year or null')
})

const skill = object({ id, label: text, description: optional(prose), sourceTerms: optional(list(object({ term: text, source: text }))) })
const preference = object({ id, label: text, low: text, high: text })

const salary = object({
  average: positive, min: positive, max: positive, currency, period: oneOf('year'), source: text
})
const facts = object({
  salary,
  hourlyRate: nullable(object({ value: positive, currency, source: text })),
  growthRate: percentFact,
  jobs: fact(positive),
  degree: nullable(object({ value: text, percent, source: text })),
  major: fact(text), college: fact(text), averageAge: fact(positive),
  highestPayingCity: fact(text), highestPayingState: fact(text),
  bestPayingCompany: fact(text), bestPayingIndustry: fact(text),
  gender: fact(shares), race: fact(shares), lgbtPercent: percentFact
})
const roleSkills = object({
  basis: oneOf('sourced', 'derived'),
  weights: recordOf(between(0, 1)),
  derivation: optional(prose),
  percentages: optional(list(object({ term: text, percent, skill: id }))),
  evidence: optional(list(object({ kind: oneOf('skill', 'responsibility', 'overview'), text: prose, skills: list(id) })))
})
const role = object({
  id, title: text, summary: optional(prose), summarySource: optional(text), facts,
  responsibilities: optional(list(prose)), responsibilitiesSource: optional(text),
  skills: roleSkills,
  preferences: recordOf(object({ value: unit, why: optional(prose) }))
})

const options = (extra: Record<string, Check>): Check => list(object({ id, label: text, ...extra }), 2, MAX_OPTIONS)
const QUESTION_SHAPES: Record<string, Check> = {
  skill: object({ skill: id, options: options({ level: between(1, 5) }) }),
  preference: object({
    ordered: optional(rule(v => typeof v === 'boolean', 'must be true or false')),
    weight: optional(positive),
    options: options({ values: recordOf(unit) })
  }),
  salary: object({ currency: optional(currency), options: options({ salary: positive }) }),
  'salary-importance': object({ options: options({ importance: between(0, 2) }) })
}
const question: Check = (value, path, errors) => {
  if (!object({ id, text: sentence, kind: oneOf(...Object.keys(QUESTION_SHAPES)) })(value, path, errors)) return false
  let kind = (value as { kind: string }).kind
  return QUESTION_SHAPES[kind]!(value, path, errors)
}

const quizData = object({
  sources: list(source, 0, 20),
  skills: list(skill, 1),
  preferences: list(preference, 0, 20),
  roles: list(role, 2, MAX_ROLES),
  questions: list(question, 1, MAX_QUESTIONS)
})

/**
 * Checks quiz data (roles, skills, preferences, questions, sources) and
 * returns it typed, or every problem with its path.
 *
 * ```js
 * let result = parseQuizData(JSON.parse(text))
 * if (!result.ok) console.error(result.errors.join('\n'))
 * ```
 */
export function parseQuizData(input: unknown): ParseResult<QuizData> {
  let errors: string[] = []
  if (!quizData(input, 'data', errors)) return { ok: false, errors }
  let data = input as QuizData
  checkReferences(data, errors)
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: data }
}

function duplicates(items: { id: string }[], path: string, errors: string[]): void {
  let seen = new Set<string>()
  items.forEach((item, i) => {
    if (seen.has(item.id)) errors.push(`${path}[${i}].id "${item.id}" is used twice`)
    seen.add(item.id)
  })
}

function checkReferences(data: QuizData, errors: string[]): void {
  duplicates(data.sources, 'data.sources', errors)
  duplicates(data.skills, 'data.skills', errors)
  duplicates(data.preferences, 'data.preferences', errors)
  duplicates(data.roles, 'data.roles', errors)
  duplicates(data.questions, 'data.questions', errors)
  let sourceIds = new Set(data.sources.map(s => s.id))
  let skillIds = new Set(data.skills.map(s => s.id))
  let dimensionIds = new Set(data.preferences.map(p => p.id))
  let knownSource = (value: string, path: string): void => {
    if (sourceIds.size > 0 && !sourceIds.has(value)) errors.push(`${path} names unknown source "${value}"`)
  }
  // One currency per data set: the chart puts every salary on one axis, and the salary
  // question's bands are compared with them. Bands are in US dollars unless the
  // question says otherwise, as the default data's are.
  let currency = data.roles[0]!.facts.salary.currency
  let sameCurrency = (code = 'USD', path: string): void => {
    if (code !== currency) errors.push(`${path}.currency is "${code}" but data.roles[0].facts.salary.currency is "${currency}": use one currency in the whole data`)
  }
  data.skills.forEach((s, i) => {
    s.sourceTerms?.forEach((t, j) => knownSource(t.source, `data.skills[${i}].sourceTerms[${j}].source`))
  })
  data.roles.forEach((r, i) => checkRole(r, `data.roles[${i}]`, { skillIds, dimensionIds, knownSource, sameCurrency }, errors))
  data.questions.forEach((q, i) => {
    let path = `data.questions[${i}]`
    if (q.kind === 'skill' && !skillIds.has(q.skill)) errors.push(`${path}.skill names unknown skill "${q.skill}"`)
    if (q.kind === 'salary') sameCurrency(q.currency, path)
    duplicates(q.options, `${path}.options`, errors)
    q.options.forEach((o, j) => {
      if (o.id === SKIP) errors.push(`${path}.options[${j}].id "${SKIP}" is reserved for "Not sure / skip"`)
      if (q.kind !== 'preference') return
      for (let dim of Object.keys((o as { values: object }).values)) {
        if (!dimensionIds.has(dim)) errors.push(`${path}.options[${j}].values names unknown preference "${dim}"`)
      }
    })
  })
}

interface Known {
  skillIds: Set<string>
  dimensionIds: Set<string>
  knownSource: (value: string, path: string) => void
  sameCurrency: (code: string | undefined, path: string) => void
}

function checkRole(r: QuizData['roles'][number], path: string, known: Known, errors: string[]): void {
  let s = r.facts.salary
  if (s.min > s.average || s.average > s.max) {
    errors.push(`${path}.facts.salary must have min ≤ average ≤ max (got ${s.min}, ${s.average}, ${s.max})`)
  }
  known.sameCurrency(s.currency, `${path}.facts.salary`)
  if (r.facts.hourlyRate) known.sameCurrency(r.facts.hourlyRate.currency, `${path}.facts.hourlyRate`)
  if (r.summarySource) known.knownSource(r.summarySource, `${path}.summarySource`)
  if (r.responsibilitiesSource) known.knownSource(r.responsibilitiesSource, `${path}.responsibilitiesSource`)
  let knownSkill = (skillId: string, where: string): void => {
    if (!known.skillIds.has(skillId)) errors.push(`${where} names unknown skill "${skillId}"`)
  }
  let basis = r.skills
  if (basis.basis === 'sourced') basis.percentages?.forEach((p, j) => knownSkill(p.skill, `${path}.skills.percentages[${j}].skill`))
  else basis.evidence?.forEach((e, j) => e.skills.forEach(skillId => knownSkill(skillId, `${path}.skills.evidence[${j}].skills`)))
  known.knownSource(s.source, `${path}.facts.salary.source`)
  for (let [key, value] of Object.entries(r.facts)) {
    if (key !== 'salary' && isRecord(value)) known.knownSource(String(value.source), `${path}.facts.${key}.source`)
  }
  let total = 0
  for (let [skillId, weight] of Object.entries(r.skills.weights)) {
    if (!known.skillIds.has(skillId)) errors.push(`${path}.skills.weights names unknown skill "${skillId}"`)
    total += weight
  }
  if (Math.abs(total - 1) > 0.001) errors.push(`${path}.skills.weights must sum to 1 (got ${Number(total.toFixed(4))})`)
  for (let dim of known.dimensionIds) {
    if (!Object.hasOwn(r.preferences, dim)) errors.push(`${path}.preferences.${dim} is missing: every role needs a position on every preference`)
  }
  for (let dim of Object.keys(r.preferences)) {
    if (!known.dimensionIds.has(dim)) errors.push(`${path}.preferences names unknown preference "${dim}"`)
  }
}

