// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact'
import fc from 'fast-check'
import { afterEach, describe, expect, test } from 'vitest'
import { defaultData, type QuizData } from '../../../src/engine'
import { SalaryChart, salaryTicks } from '../../../src/ui/results/salary-chart'
import { viewFor } from '../../../src/ui/results/view'

afterEach(cleanup)

/** The default data with every role's salary figures replaced (bypassing the checker, as a careless page might). */
function withSalaries(edit: (salary: QuizData['roles'][number]['facts']['salary'], i: number) => void): QuizData {
  let data = structuredClone(defaultData)
  data.roles.forEach((role, i) => edit(role.facts.salary, i))
  return data
}

function chart(data: QuizData, aim: { amount: number; label: string } | null = null) {
  let { container } = render(<SalaryChart v={viewFor('en', data, 't')} aim={aim} />)
  return {
    ticks: [...container.querySelectorAll('.r-tick text')].map(t => t.textContent),
    svg: container.querySelector('svg')!,
    table: container.querySelector('table')!
  }
}

/** Whether `step` is 1, 2, 2.5 or 5 times a power of ten (within float rounding). */
function isRound(step: number): boolean {
  let mantissa = step / 10 ** Math.floor(Math.log10(step))
  return [1, 2, 2.5, 5, 10].some(nice => Math.abs(mantissa - nice) < 1e-9 * nice)
}

describe('salaryTicks', () => {
  test('keeps the default data\'s axis: $50,000 to $200,000 in steps of $50,000', () => {
    let amounts = defaultData.roles.flatMap(r => [r.facts.salary.min, r.facts.salary.max])
    expect(salaryTicks(Math.min(...amounts), Math.max(...amounts))).toEqual([50_000, 100_000, 150_000, 200_000])
  })

  test('covers any range, however absurd, with two to five ticks in order', () => {
    let amount = fc.double({ min: 1, max: 1e300, noNaN: true })
    fc.assert(fc.property(amount, amount, (a, b) => {
      let [lo, hi] = a < b ? [a, b] : [b, a]
      let ticks = salaryTicks(lo, hi)
      expect(ticks.length).toBeGreaterThanOrEqual(2)
      expect(ticks.length).toBeLessThanOrEqual(5)
      expect(ticks[0]!).toBeLessThanOrEqual(lo)
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(hi)
      ticks.slice(1).forEach((t, i) => expect(t).toBeGreaterThan(ticks[i]!))
    }), { numRuns: 1000 })
  })

  test('steps by 1, 2, 2.5 or 5 × 10ⁿ, every tick a multiple of the step', () => {
    let amount = fc.integer({ min: 1, max: 1e12 })
    fc.assert(fc.property(amount, amount, (a, b) => {
      let ticks = salaryTicks(Math.min(a, b), Math.max(a, b))
      let step = ticks[1]! - ticks[0]!
      expect(isRound(step), `step ${step}`).toBe(true)
      ticks.forEach((t, i) => {
        expect(Math.abs(t - (ticks[0]! + i * step))).toBeLessThanOrEqual(step * 1e-9)
        expect(Math.abs(t / step - Math.round(t / step))).toBeLessThan(1e-9)
      })
    }), { numRuns: 1000 })
  })

  test('uses no coarser step than it needs: the next smaller round step would need more than five ticks', () => {
    // Stated from outside: for a range, the ticks of the next smaller round step covering it.
    let smaller = (step: number): number => {
      let power = 10 ** Math.floor(Math.log10(step))
      let mantissa = Math.round((step / power) * 10) / 10
      return mantissa === 1 ? 5 * power / 10 : mantissa === 2.5 ? 2 * power : mantissa === 5 ? 2.5 * power : power
    }
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (a, b) => {
      fc.pre(a !== b)
      let [lo, hi] = a < b ? [a, b] : [b, a]
      let ticks = salaryTicks(lo, hi)
      let finer = smaller(ticks[1]! - ticks[0]!)
      let count = Math.max(Math.ceil(hi / finer), Math.floor(lo / finer) + 1) - Math.floor(lo / finer) + 1
      expect(count).toBeGreaterThan(5)
    }), { numRuns: 500 })
  })

  test('gives an axis of two round ticks around figures that are all the same', () => {
    let ticks = salaryTicks(100_000, 100_000)
    expect(ticks).toHaveLength(2)
    expect(ticks[0]).toBeLessThanOrEqual(100_000)
    expect(ticks[1]).toBeGreaterThan(ticks[0]!)
    expect(isRound(ticks[1]! - ticks[0]!)).toBe(true)
  })
})

describe('SalaryChart', () => {
  test.each([4e9, 2e10, 1e300])('draws a few round ticks for a salary maximum of %d', max => {
    let { ticks } = chart(withSalaries((s, i) => {
      if (i === 0) s.max = max
    }))
    expect(ticks.length).toBeGreaterThanOrEqual(2)
    expect(ticks.length).toBeLessThanOrEqual(5)
    expect(new Set(ticks).size).toBe(ticks.length)
  })

  test('labels the axis of the default data in steps of $50K', () => {
    expect(chart(defaultData).ticks).toEqual(['$50K', '$100K', '$150K', '$200K'])
  })

  test('draws every bar inside the axis', () => {
    let { svg } = chart(withSalaries(s => Object.assign(s, { min: 1_234_567, average: 2_345_678, max: 9_876_543 })))
    let [, , width] = svg.getAttribute('viewBox')!.split(' ').map(Number)
    for (let rect of svg.querySelectorAll('rect')) {
      let x = Number(rect.getAttribute('x'))
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x + Number(rect.getAttribute('width'))).toBeLessThanOrEqual(width!)
    }
  })

  test('labels the axis and the table in the data\'s own currency', () => {
    let { ticks, table } = chart(withSalaries(s => {
      s.currency = 'EUR'
    }))
    expect(ticks).toEqual(['€50K', '€100K', '€150K', '€200K'])
    expect(table.textContent).toContain('€91,794')
    expect(table.textContent).not.toContain('$')
  })

  test('renders with a currency code Intl refuses, instead of throwing', () => {
    let { ticks, table } = chart(withSalaries(s => {
      s.currency = 'dollars'
    }))
    expect(ticks.length).toBeGreaterThanOrEqual(2)
    expect(ticks.every(t => t!.includes('dollars'))).toBe(true)
    expect(table.textContent).toContain('91,794 dollars')
  })
})
