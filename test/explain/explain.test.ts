import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { defaultData, score, SKIP, type Answers } from '../../src/engine'
import { anyAnswers } from '../engine/answer-sets'
import {
  compareTopTwo, describeCounterfactual, desiredSalary, explainRole, fitBand, lowSignalReason, NEGLIGIBLE
} from '../../src/engine/explain'

// A visitor who loves client work and avoids technical infrastructure.
const CLIENT: Answers = {
  'work-with': 'clients', 'client-contact': 'love', 'point-of-sale': 'enjoy', 'plan-projects': 'enjoy',
  infrastructure: 'avoid', direction: 'strategy', 'customer-needs': 'little'
}
// No single answer change moves its top role (the project manager).
const SETTLED: Answers = {
  'plan-projects': 'love', scope: 'one-project', direction: 'execution', 'work-with': 'internal', 'cross-department': 'none',
  'client-contact': 'avoid', 'customer-needs': 'avoid', 'lead-present': 'avoid', 'allocate-budgets': 'avoid'
}


const { roles, questions } = defaultData
const dataWeight = (roleId: string, skill: string): number => roles.find(r => r.id === roleId)!.skills.weights[skill] ?? 0
const levelOf = (questionId: string, optionId: string): number => {
  let q = questions.find(q => q.id === questionId)!
  return (q.options.find(o => o.id === optionId) as { level: number }).level
}
const averageLevel = (answers: Answers): number => {
  let levels = questions.flatMap(q => (q.kind === 'skill' && answers[q.id] && answers[q.id] !== SKIP ? [levelOf(q.id, answers[q.id]!)] : []))
  return levels.reduce((a, b) => a + b, 0) / levels.length
}

describe('explainRole', () => {
  test('gives the client-facing visitor their loved client work as the first reason for the client program manager', () => {
    let top = score(CLIENT).ranking[0]!
    let { for: reasons, against } = explainRole(top, CLIENT)
    expect(top.id).toBe('client-program-manager')
    let first = reasons[0]!
    expect(first.answered).toMatchObject({ kind: 'skill', questionId: 'client-contact', optionId: 'love', label: 'I’d love it'.replace('’', "'") })
    // Client Facing 13% + Client Relationships 8% + Client Satisfaction 5% in the source.
    expect(first.need).toMatchObject({ kind: 'skill', roleId: 'client-program-manager', basis: 'sourced', percent: 26, top: true, only: true })
    expect(first.need.kind === 'skill' && first.need.weight).toBe(dataWeight('client-program-manager', 'client-relations'))
    expect(against.every(r => r.effect === 'against')).toBe(true)
  })

  test('reads avoiding point of sale as a reason against the client program manager, the one role whose source lists it', () => {
    let answers: Answers = { 'point-of-sale': 'avoid', 'client-contact': 'enjoy' }
    let client = score(answers).ranking.find(r => r.id === 'client-program-manager')!
    let { for: reasons, against } = explainRole(client, answers)
    expect(reasons.map(r => r.answered.questionId)).toEqual(['client-contact'])
    expect(against.map(r => [r.answered.questionId, r.need.kind === 'skill' && r.need.percent])).toEqual([['point-of-sale', 9]])
  })

  test('keeps at most three reasons for and two against, largest first, none near zero', () => {
    fc.assert(fc.property(anyAnswers, answers => {
      for (let role of score(answers).ranking) {
        let e = explainRole(role, answers)
        expect(e.for.length).toBeLessThanOrEqual(3)
        expect(e.against.length).toBeLessThanOrEqual(2)
        for (let r of e.for) expect(r.points).toBeGreaterThanOrEqual(NEGLIGIBLE)
        for (let r of e.against) expect(r.points).toBeLessThanOrEqual(-NEGLIGIBLE)
        expect(e.for.map(r => r.points)).toEqual(e.for.map(r => r.points).sort((a, b) => b - a))
        expect(e.against.map(r => r.points)).toEqual(e.against.map(r => r.points).sort((a, b) => a - b))
      }
    }), { numRuns: 60 })
  })

  test('never gives a skill the visitor rated below their own average as a reason for a role, nor one above it as a reason against', () => {
    fc.assert(fc.property(anyAnswers, answers => {
      for (let role of score(answers).ranking) {
        let e = explainRole(role, answers)
        for (let r of [...e.for, ...e.against]) {
          if (r.answered.kind !== 'skill') continue
          let level = levelOf(r.answered.questionId, answers[r.answered.questionId]!)
          if (r.effect === 'for') expect(level > 3 && level >= averageLevel(answers) - 1e-9).toBe(true)
          else expect(level < 3 && level <= averageLevel(answers) + 1e-9).toBe(true)
          expect(dataWeight(role.id, r.answered.skill)).toBeGreaterThan(0)
        }
      }
    }), { numRuns: 100 })
  })

  test('gives no reasons when nothing was answered', () => {
    expect(explainRole(score({}).ranking[0]!, {})).toEqual({ for: [], against: [] })
  })
})

describe('compareTopTwo', () => {
  test('separates the client program manager from the lead by the visitor\'s loved client work', () => {
    let answers: Answers = { 'point-of-sale': 'avoid', 'client-contact': 'enjoy' }
    let [first, second] = compareTopTwo(score(answers), answers)
    expect(first).toMatchObject({ favours: 'client-program-manager', reason: { effect: 'for', answered: { questionId: 'client-contact' } } })
    // Avoiding point of sale favours the lead program manager: told as a reason against the client program manager.
    expect(second).toMatchObject({
      favours: 'lead-program-manager',
      reason: { effect: 'against', answered: { questionId: 'point-of-sale' }, need: { roleId: 'client-program-manager', percent: 9, only: true } }
    })
  })

  test('a skill answer favours the role whose data weighs it more only when liked, and less only when disliked', () => {
    fc.assert(fc.property(anyAnswers, answers => {
      let result = score(answers)
      let contrasts = compareTopTwo(result, answers)
      expect(contrasts.length).toBeLessThanOrEqual(3)
      let [first, second] = result.ranking.map(r => r.id)
      for (let c of contrasts) {
        let loser = c.favours === first ? second! : first!
        expect([first, second]).toContain(c.favours)
        expect(c.points).toBeGreaterThanOrEqual(NEGLIGIBLE)
        // Told as a reason for the favoured role, or against the other one.
        expect(c.reason.need.roleId).toBe(c.reason.effect === 'for' ? c.favours : loser)
        let a = c.reason.answered
        if (a.kind !== 'skill') continue
        let level = levelOf(a.questionId, answers[a.questionId]!)
        let [w, l] = [dataWeight(c.favours, a.skill), dataWeight(loser, a.skill)]
        expect(level > 3 ? w > l : w < l).toBe(true)
        // A skill below the visitor's own average never reads as a liked one, nor one above it as disliked.
        expect(level > 3 ? level >= averageLevel(answers) - 1e-9 : level <= averageLevel(answers) + 1e-9).toBe(true)
      }
    }), { numRuns: 100 })
  })
})

describe('fitBand', () => {
  test.each([
    [100, 'strong'], [75, 'strong'], [74, 'good'], [60, 'good'], [59, 'fair'], [45, 'fair'], [44, 'weak'], [0, 'weak']
  ] as const)('puts a %i% match in the %s band', (match, band) => {
    expect(fitBand(match)).toBe(band)
  })
})

describe('describeCounterfactual', () => {
  test('names the question, both options and the role that would come first', () => {
    let result = score(CLIENT)
    let text = describeCounterfactual(result, defaultData)!
    let { questionId, from, to } = result.counterfactual!
    let question = defaultData.questions.find(q => q.id === questionId)!
    let label = (id: string) => question.options.find(o => o.id === id)!.label
    expect(text).toEqual({ question: question.text, from: label(from), to: label(to), newTop: text.newTop })
    let changed = score({ ...CLIENT, [questionId]: to }).ranking[0]!
    expect(text.newTop).toBe(changed.title)
    expect(changed.id).not.toBe(result.ranking[0]!.id)
  })

  test('is null when no single answer change moves the top role', () => {
    let result = score(SETTLED)
    expect(result.counterfactual).toBeNull()
    expect(describeCounterfactual(result, defaultData)).toBeNull()
  })
})

describe('lowSignalReason', () => {
  test('tells answers mostly skipped from answers that fit every role alike', () => {
    let skipped: Answers = { 'plan-projects': 'neutral' }
    let same: Answers = Object.fromEntries(questions.filter(q => q.kind === 'skill').map(q => [q.id, 'enjoy']))
    expect(score(skipped).lowSignal && score(same).lowSignal).toBe(true)
    expect(lowSignalReason(skipped, defaultData)).toBe('skipped')
    expect(lowSignalReason(same, defaultData)).toBe('same')
  })
})

describe('desiredSalary', () => {
  test('reads the chosen salary option, or null when skipped', () => {
    let question = defaultData.questions.find(q => q.kind === 'salary')!
    let option = question.options[2]!
    expect(desiredSalary({ [question.id]: option.id }, defaultData)).toEqual({
      amount: (option as { salary: number }).salary,
      label: option.label
    })
    expect(desiredSalary({ [question.id]: SKIP }, defaultData)).toBeNull()
  })
})
