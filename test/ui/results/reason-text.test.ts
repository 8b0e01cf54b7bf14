// Every reason the results show, read against what the visitor answered and
// what the data says: over 1,000 seeded answer sets, sparse and full, in
// English and Spanish. The oracle is the answers and data/*.json, never the engine.
import { beforeAll, describe, expect, test } from 'vitest'
import { defaultData, score, SKIP, type Answers, type QuizData } from '../../../src/engine'
import { compareTopTwo, explainRole } from '../../../src/engine/explain'
import { loadLocale } from '../../../src/i18n/load-locale'
import { noWarnings } from '../../environment'
import { localizeData, type Locale } from '../../../src/i18n/messages'
import { inSentence, reasonText } from '../../../src/ui/results/reason-text'
import { viewFor, type View } from '../../../src/ui/results/view'
import { lcg } from '../../engine/answer-sets'

beforeAll(() => loadLocale('es', null, noWarnings))

/** Seeded answer sets: each answers a random share of the questions, from none to all. */
function sample(count: number, seed: number): Answers[] {
  let random = lcg(seed)
  return Array.from({ length: count }, () => {
    let share = random()
    let answers: Answers = {}
    for (let q of defaultData.questions) {
      if (random() < share) answers[q.id] = q.options[Math.floor(random() * q.options.length)]!.id
    }
    return answers
  })
}

const SETS = sample(1000, 20261201)

interface Facts {
  level(questionId: string): number
  average: number
  distance(questionId: string, roleId: string): number
  salary(roleId: string): { average: number; min: number; max: number }
  desired: number
  weight(roleId: string, skill: string): number
  percents(roleId: string, skill: string): number | null
}

/** What the data says about these answers, read straight from data/*.json. */
function factsOf(answers: Answers, data: QuizData): Facts {
  let question = (id: string) => data.questions.find(q => q.id === id)!
  let option = (id: string) => question(id).options.find(o => o.id === answers[id]) as unknown as Record<string, unknown>
  let role = (id: string) => data.roles.find(r => r.id === id)!
  let levels = data.questions.flatMap(q => (q.kind === 'skill' && answers[q.id] && answers[q.id] !== SKIP ? [option(q.id).level as number] : []))
  let salaryQuestion = data.questions.find(q => q.kind === 'salary')!
  return {
    level: id => option(id).level as number,
    average: levels.reduce((a, b) => a + b, 0) / levels.length,
    distance(id, roleId) {
      let q = question(id)
      let axes = [...new Set(q.options.flatMap(o => Object.keys((o as { values: object }).values)))]
      let values = option(id).values as Record<string, number>
      return axes.reduce((sum, axis) => sum + Math.abs((values[axis] ?? 0) - (role(roleId).preferences[axis]?.value ?? 0)), 0) / axes.length
    },
    salary: roleId => role(roleId).facts.salary,
    desired: answers[salaryQuestion.id] ? (option(salaryQuestion.id).salary as number) : NaN,
    weight: (roleId, skill) => role(roleId).skills.weights[skill] ?? 0,
    percents(roleId, skill) {
      let skills = role(roleId).skills
      let listed = skills.basis === 'sourced' ? (skills.percentages ?? []).filter(p => p.skill === skill) : []
      return listed.length ? listed.reduce((sum, p) => sum + p.percent, 0) : null
    }
  }
}

const LEVEL_KEYS = { 1: 'avoid', 2: 'little', 4: 'enjoy', 5: 'love' } as const

/** The words for the answer the visitor gave to a skill question, as the strings table has them. */
function saidAbout(v: View, facts: Facts, questionId: string, skill: string): string {
  let key = LEVEL_KEYS[facts.level(questionId) as 1 | 2 | 4 | 5]
  let label = v.data.skills.find(s => s.id === skill)!.label
  return v.m.skillLevels[key].replace('{skill}', inSentence(label))
}

describe.each(['en', 'es'] as Locale[])('in %s', locale => {
  test('no reason on the role card reads against the answer it cites', () => {
    let data = localizeData(defaultData, locale)
    let v = viewFor(locale, data, 't')
    let checked = { skill: 0, preference: 0, salary: 0 }
    for (let answers of SETS) {
      let result = score(answers, data)
      let facts = factsOf(answers, data)
      for (let ranked of result.ranking.slice(0, 2)) {
        let { for: pros, against } = explainRole(ranked, answers, data)
        for (let reason of [...pros, ...against]) {
          let text = reasonText(v, reason)
          let { answered: a } = reason
          let optionLabel = data.questions.find(q => q.id === a.questionId)!.options.find(o => o.id === answers[a.questionId])!.label
          checked[a.kind]++
          if (a.kind === 'skill') {
            let level = facts.level(a.questionId)
            expect(text.startsWith(saidAbout(v, facts, a.questionId, a.skill)), text).toBe(true)
            if (reason.effect === 'for') expect(level > 3 && level >= facts.average - 1e-9, text).toBe(true)
            else expect(level < 3 && level <= facts.average + 1e-9, text).toBe(true)
            let weight = facts.weight(ranked.id, a.skill)
            expect(weight, text).toBeGreaterThan(0)
            let percent = facts.percents(ranked.id, a.skill) ?? Math.round(weight * 100)
            expect(text, text).toContain(v.f.percent(percent))
          } else if (a.kind === 'preference') {
            expect(text).toContain(optionLabel)
            let distance = facts.distance(a.questionId, ranked.id)
            expect(reason.effect === 'for' ? distance < 1 : distance > 1, text).toBe(true)
          } else {
            expect(text).toContain(inSentence(optionLabel))
            let pay = facts.salary(ranked.id)
            if (reason.effect === 'for') expect(facts.desired <= pay.max, text).toBe(true)
            else expect(facts.desired > pay.average, text).toBe(true)
            expect(text).toContain(v.f.money(reason.effect === 'for' && facts.desired <= pay.average ? pay.average : facts.desired > pay.max || reason.effect === 'for' ? pay.max : pay.average))
          }
        }
      }
    }
    expect(Math.min(...Object.values(checked))).toBeGreaterThan(50)
  })

  test('no "why not the runner-up" line favours a role against what the answer and the data say', () => {
    let data = localizeData(defaultData, locale)
    let v = viewFor(locale, data, 't')
    let checked = 0
    for (let answers of SETS) {
      let result = score(answers, data)
      let facts = factsOf(answers, data)
      let [first, second] = result.ranking.map(r => r.id)
      for (let { reason, favours } of compareTopTwo(result, answers, data)) {
        let text = reasonText(v, reason)
        let { answered: a, effect } = reason
        let other = favours === first ? second! : first!
        // A reason for the favoured role, or against the other: it names that role.
        let named = effect === 'for' ? favours : other
        expect(text, text).toContain(inSentence(v.role(named).title))
        checked++
        if (a.kind === 'skill') {
          expect(text.startsWith(saidAbout(v, facts, a.questionId, a.skill)), text).toBe(true)
          let [w, l] = [facts.weight(favours, a.skill), facts.weight(other, a.skill)]
          let level = facts.level(a.questionId)
          expect(level > 3 ? w > l : w < l, text).toBe(true)
          expect(level > 3 ? level >= facts.average - 1e-9 : level <= facts.average + 1e-9, text).toBe(true)
        } else if (a.kind === 'preference') {
          expect(facts.distance(a.questionId, favours), text).toBeLessThan(facts.distance(a.questionId, other))
          expect(effect === 'for' ? facts.distance(a.questionId, favours) < 1 : facts.distance(a.questionId, other) > 1, text).toBe(true)
        } else {
          let [w, l] = [facts.salary(favours), facts.salary(other)]
          expect(w.average > l.average || w.max > l.max, text).toBe(true)
        }
      }
    }
    expect(checked).toBeGreaterThan(1000)
  })
})
