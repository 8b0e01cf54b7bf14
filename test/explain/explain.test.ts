import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { defaultData, score, SKIP, type Answers } from '../../src/engine'
import {
  compareTopTwo, describeCounterfactual, desiredSalary, explainRole, fitBand, lowSignalReason, NEGLIGIBLE
} from '../../src/engine/explain'

// A visitor who loves client work and avoids technical infrastructure.
const CLIENT: Answers = {
  'work-with': 'clients', 'client-contact': 'love', 'point-of-sale': 'enjoy', 'plan-projects': 'enjoy',
  infrastructure: 'avoid', direction: 'strategy', 'customer-needs': 'little'
}
// No single answer change moves its top role.
const SETTLED: Answers = { 'client-contact': 'love', 'lead-present': 'little', industry: 'finance' }

const anyAnswers = fc.record(
  Object.fromEntries(defaultData.questions.map(q => [q.id, fc.constantFrom(SKIP, ...q.options.map(o => o.id))])),
  { requiredKeys: [] }
) as fc.Arbitrary<Answers>

describe('explainRole', () => {
  test('picks the largest positive and the most negative contributions of a client-facing top role', () => {
    let top = score(CLIENT).ranking[0]!
    let { helped, hurt } = explainRole(top)
    expect(top.id).toBe('client-program-manager')
    expect(helped.map(c => c.label)).toContain('Client relationships')
    let positives = top.contributions.filter(c => c.points > 0 && !helped.includes(c))
    for (let c of positives) expect(c.points).toBeLessThanOrEqual(Math.min(...helped.map(h => h.points)))
    let negatives = top.contributions.filter(c => c.points < -NEGLIGIBLE && !hurt.includes(c))
    for (let c of negatives) expect(c.points).toBeGreaterThanOrEqual(Math.max(...hurt.map(h => h.points)))
    expect(hurt.length).toBeGreaterThan(0)
  })

  test('keeps at most three reasons for and two against, largest first, none near zero', () => {
    fc.assert(fc.property(anyAnswers, answers => {
      for (let role of score(answers).ranking) {
        let { helped, hurt } = explainRole(role)
        expect(helped.length).toBeLessThanOrEqual(3)
        expect(hurt.length).toBeLessThanOrEqual(2)
        for (let c of helped) expect(c.points).toBeGreaterThanOrEqual(NEGLIGIBLE)
        for (let c of hurt) expect(c.points).toBeLessThanOrEqual(-NEGLIGIBLE)
        expect(helped.map(c => c.points)).toEqual(helped.map(c => c.points).sort((a, b) => b - a))
        expect(hurt.map(c => c.points)).toEqual(hurt.map(c => c.points).sort((a, b) => a - b))
      }
    }), { numRuns: 60 })
  })

  test('gives no reasons when nothing was answered', () => {
    expect(explainRole(score({}).ranking[0]!)).toEqual({ helped: [], hurt: [] })
  })
})

describe('compareTopTwo', () => {
  test('returns the contributions that separate first and second most, by size', () => {
    let result = score(CLIENT)
    let [first, second] = result.ranking
    let differences = compareTopTwo(result)
    expect(differences.length).toBeGreaterThan(0)
    expect(differences.length).toBeLessThanOrEqual(3)
    let points = (role: typeof first, id: string) => role!.contributions.find(c => c.id === id)?.points ?? 0
    for (let d of differences) expect(d.difference).toBeCloseTo(points(first, d.id) - points(second, d.id), 9)
    let sizes = differences.map(d => Math.abs(d.difference))
    expect(sizes).toEqual(sizes.slice().sort((a, b) => b - a))
    let others = first!.contributions.filter(c => !differences.some(d => d.id === c.id))
    for (let c of others) expect(Math.abs(c.points - points(second, c.id))).toBeLessThanOrEqual(sizes.at(-1)!)
  })

  test('leaves out only differences smaller than those shown', () => {
    fc.assert(fc.property(anyAnswers, answers => {
      let result = score(answers)
      let [first, second] = result.ranking
      let ids = new Set([...first!.contributions, ...second!.contributions].map(c => c.id))
      let shown = compareTopTwo(result)
      // Every difference left out is smaller than the smallest shown (or negligible).
      let smallest = Math.min(...shown.map(d => Math.abs(d.difference)), Infinity)
      for (let id of ids) {
        if (shown.some(d => d.id === id)) continue
        let gap = (first!.contributions.find(c => c.id === id)?.points ?? 0) - (second!.contributions.find(c => c.id === id)?.points ?? 0)
        expect(Math.abs(gap) <= smallest + 1e-9 || Math.abs(gap) < NEGLIGIBLE).toBe(true)
      }
    }), { numRuns: 60 })
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
  test('tells skipped skills from skills all rated the same', () => {
    let skipped: Answers = { scope: 'product', 'plan-projects': 'love' }
    let same: Answers = { 'plan-projects': 'enjoy', 'client-contact': 'enjoy', scope: 'product' }
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
