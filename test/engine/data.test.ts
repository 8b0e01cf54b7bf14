import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { defaultData, parseQuizData, SKIP, type Role, type RoleFacts } from '../../src/engine'

const ROLE_IDS = ['client-program-manager', 'lead-program-manager', 'product-manager', 'program-manager', 'project-manager']
const FACT_KEYS: (keyof RoleFacts)[] = [
  'salary', 'hourlyRate', 'growthRate', 'jobs', 'degree', 'major', 'college', 'averageAge', 'highestPayingCity',
  'highestPayingState', 'bestPayingCompany', 'bestPayingIndustry', 'gender', 'race', 'lgbtPercent'
]
const FULLY_SOURCED = ['client-program-manager', 'lead-program-manager']

const { roles, questions, skills, preferences, sources } = defaultData
const skillIds = new Set(skills.map(s => s.id))
const axisIds = new Set(preferences.map(p => p.id))
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0)

function sourceText(id: string): string {
  let source = sources.find(s => s.id === id)
  if (!source) throw new Error(`No source "${id}"`)
  return readFileSync(new URL(`../../data/sources/${source.file}`, import.meta.url), 'utf8')
}

// Typographic quotes and runs of whitespace differ between the JSON and the page text.
const normalize = (text: string): string =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()

const money = (n: number): string => `$${n.toLocaleString('en-US', { maximumFractionDigits: 2 })}`
const moneyCents = (n: number): string => `$${n.toFixed(2)}`
const count = (n: number): string => n.toLocaleString('en-US')
// The pages print shares with or without one decimal ("65.0%", "42.6%", "68%").
const percents = (n: number): string[] => [`${n}%`, `${n.toFixed(1)}%`]
const shares = (record: Record<string, number>): string[][] =>
  Object.entries(record).map(([name, n]) => percents(n).map(p => `${name}, ${p}`))

/** For each figure of a fact, the ways the source may print it (any one must appear). */
const FIGURES: { [Key in keyof RoleFacts]-?: (fact: NonNullable<RoleFacts[Key]>) => string[][] } = {
  salary: s => [[money(s.average)], [money(s.min)], [money(s.max)]],
  hourlyRate: f => [[moneyCents(f.value)]],
  growthRate: f => [percents(f.percent)],
  jobs: f => [[count(f.value)]],
  degree: f => [percents(f.percent).map(p => `${f.value}, ${p}`)],
  major: f => [[f.value]],
  college: f => [[f.value]],
  averageAge: f => [[`Average age${f.value}`]],
  highestPayingCity: f => [[f.value]],
  highestPayingState: f => [[f.value]],
  bestPayingCompany: f => [[f.value]],
  bestPayingIndustry: f => [[f.value]],
  gender: f => shares(f.value),
  race: f => shares(f.value),
  lgbtPercent: f => [percents(f.percent)]
}

function factSource(fact: unknown): string {
  return (fact as { source: string }).source
}

test('the default data passes its own validation', () => {
  let result = parseQuizData(defaultData)
  expect(result.ok ? [] : result.errors).toEqual([])
  expect(result.ok).toBe(true)
})

test('there are exactly the five roles', () => {
  expect(roles.map(r => r.id).sort()).toEqual(ROLE_IDS)
})

describe.each(roles.map(r => [r.id, r] as [string, Role]))('role %s', (id, role) => {
  test('lists every fact field, with a value or null', () => {
    for (let key of FACT_KEYS) expect(Object.hasOwn(role.facts, key), `facts.${key}`).toBe(true)
    if (FULLY_SOURCED.includes(id)) {
      for (let key of FACT_KEYS) expect(role.facts[key], `facts.${key}`).not.toBeNull()
    }
  })

  // Optional for site owners' data, required of ours: every value says where it comes from.
  test('carries its duties, the derivation of its weights and the reason for each preference', () => {
    expect(role.responsibilities?.length).toBeGreaterThan(0)
    expect(role.responsibilitiesSource).toBeTruthy()
    expect(role.skills.derivation).toMatch(role.skills.basis === 'derived' ? /^Derived, not sourced/ : /^Sourced/)
    for (let [axis, position] of Object.entries(role.preferences)) expect(position.why, axis).toBeTruthy()
  })

  test('has weights that sum to 1', () => {
    expect(Math.abs(sum(Object.values(role.skills.weights)) - 1)).toBeLessThanOrEqual(0.001)
  })

  test('has weights that follow its stated derivation', () => {
    let points = new Map<string, number>()
    let add = (skill: string, p: number): void => void points.set(skill, (points.get(skill) ?? 0) + p)
    if (role.skills.basis === 'sourced') {
      expect(role.skills.percentages).toBeDefined()
      for (let p of role.skills.percentages ?? []) add(p.skill, p.percent)
    } else {
      expect(role.skills.evidence).toBeDefined()
      for (let e of role.skills.evidence ?? []) for (let skill of e.skills) add(skill, e.kind === 'skill' ? 2 : 1)
    }
    let total = sum([...points.values()])
    expect(Object.keys(role.skills.weights).sort()).toEqual([...points.keys()].sort())
    for (let [skill, p] of points) {
      expect(Math.abs(role.skills.weights[skill]! - p / total), skill).toBeLessThanOrEqual(0.0001)
    }
  })

  test('names only known skills and has a position on every axis', () => {
    for (let skill of Object.keys(role.skills.weights)) expect(skillIds).toContain(skill)
    for (let axis of axisIds) expect(role.preferences[axis]?.value, axis).toBeTypeOf('number')
    for (let axis of Object.keys(role.preferences)) expect(axisIds).toContain(axis)
  })

  test('traces every fact figure to its source text', () => {
    for (let key of FACT_KEYS) {
      let fact = role.facts[key]
      if (fact === null) continue
      let text = sourceText(factSource(fact))
      let figures = (FIGURES[key] as (f: unknown) => string[][])(fact)
      for (let ways of figures) {
        expect(ways.some(way => text.toLowerCase().includes(way.toLowerCase())), `${key}: ${ways.join(' or ')}`).toBe(true)
      }
    }
  })

  test('traces its skill weights to its source text', () => {
    let text = sourceText(role.summarySource!)
    if (role.skills.basis === 'sourced') {
      // The percentages must come from this role's own list, not the other role's.
      let heading = `Common ${role.title.toLowerCase()} skills`
      let start = text.indexOf(heading)
      expect(start, heading).toBeGreaterThanOrEqual(0)
      let ends = ['\nCommon ', '\n\n'].map(mark => text.indexOf(mark, start + 1)).filter(i => i > 0)
      let list = text.slice(start, Math.min(...ends, text.length))
      for (let p of role.skills.percentages ?? []) expect(list).toContain(`${p.term}, ${p.percent}%`)
    } else {
      let page = normalize(text)
      let lines = text.split('\n').map(normalize)
      for (let e of role.skills.evidence ?? []) {
        let quote = normalize(e.text)
        // A sentence quoted from mid-paragraph may have its first letter capitalised.
        let asWritten = [quote, quote[0]!.toLowerCase() + quote.slice(1)]
        expect(asWritten.some(q => page.includes(q)), e.text).toBe(true)
        if (e.kind !== 'overview') expect(lines, `bullet: ${e.text}`).toContain(`• ${quote}`)
      }
    }
  })
})

test('every source a figure, summary or skill term names exists', () => {
  let ids = new Set(sources.map(s => s.id))
  let named: string[] = []
  let walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (typeof value === 'object' && value !== null) {
      for (let [key, v] of Object.entries(value)) {
        if (/^(source|summarySource|responsibilitiesSource)$/.test(key)) named.push(String(v))
        else walk(v)
      }
    }
  }
  walk({ roles, skills })
  expect(named.length).toBeGreaterThan(40)
  for (let id of named) expect(ids).toContain(id)
})

test('every source file exists', () => {
  for (let source of sources) expect(sourceText(source.id).length).toBeGreaterThan(1000)
})

test('every skill question names a known skill', () => {
  let skillQuestions = questions.filter(q => q.kind === 'skill')
  expect(skillQuestions.length).toBeGreaterThan(0)
  for (let q of skillQuestions) expect(skillIds).toContain(q.skill)
})

test('every preference option places the answer on known axes', () => {
  for (let q of questions) {
    if (q.kind !== 'preference') continue
    for (let o of q.options) {
      expect(Object.keys(o.values).length, `${q.id}/${o.id}`).toBeGreaterThan(0)
      for (let axis of Object.keys(o.values)) expect(axisIds).toContain(axis)
    }
  }
})

test('the quiz asks 12 to 20 questions', () => {
  expect(questions.length).toBeGreaterThanOrEqual(12)
  expect(questions.length).toBeLessThanOrEqual(20)
})

test('question and option ids are unique and never "skip"', () => {
  let questionIds = questions.map(q => q.id)
  expect(new Set(questionIds).size).toBe(questionIds.length)
  expect(questionIds).not.toContain(SKIP)
  for (let q of questions) {
    let ids = q.options.map(o => o.id)
    expect(new Set(ids).size, q.id).toBe(ids.length)
    expect(ids, q.id).not.toContain(SKIP)
  }
})
