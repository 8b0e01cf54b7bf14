// @vitest-environment jsdom
import { cleanup, render, within } from '@testing-library/preact'
import { afterEach, describe, expect, test } from 'vitest'
import { defaultData, type QuizData } from '../../../src/engine'
import { SalaryChart } from '../../../src/ui/results/salary-chart'
import { viewFor } from '../../../src/ui/results/view'

afterEach(cleanup)

/** The default data with every role's salary figures replaced (bypassing the checker, as a careless page might). */
function withSalaries(edit: (salary: QuizData['roles'][number]['facts']['salary'], i: number) => void): QuizData {
  let data = structuredClone(defaultData)
  data.roles.forEach((role, i) => edit(role.facts.salary, i))
  return data
}

function table(data: QuizData, aim: { amount: number; label: string } | null = null): HTMLElement {
  let { container } = render(<SalaryChart v={viewFor('en', data, 't')} aim={aim} />)
  return container as HTMLElement
}

describe('SalaryChart', () => {
  test('lists every role with its average, lowest and highest salary, from the data', () => {
    let shown = table(defaultData)
    for (let role of defaultData.roles) {
      let row = within(shown).getByRole('rowheader', { name: role.title }).parentElement!
      let { average, min, max } = role.facts.salary
      expect([...row.querySelectorAll('td')].map(td => td.textContent)).toEqual(
        [average, min, max].map(n => `$${n.toLocaleString('en-US')}`)
      )
    }
  })

  // Regression for issue 13, item 4: a huge figure drew 80,000 ticks and froze the page.
  test.each([4e9, 2e10, 1e300])('shows a salary maximum of %d as a figure, without freezing', max => {
    let shown = table(withSalaries((s, i) => {
      if (i === 0) s.max = max
    }))
    expect(shown.querySelectorAll('tr')).toHaveLength(defaultData.roles.length + 1)
  })

  test('says the visitor\'s aim above the table', () => {
    expect(table(defaultData, { amount: 100000, label: '$90,000 to $110,000' }).textContent).toContain('Your aim: $90,000 to $110,000.')
  })

  test('shows salaries in the data\'s own currency', () => {
    let shown = table(withSalaries(s => {
      s.currency = 'EUR'
    }))
    expect(shown.textContent).toContain('€91,794')
    expect(shown.textContent).not.toContain('$')
  })

  test('renders with a currency code Intl refuses, instead of throwing', () => {
    expect(table(withSalaries(s => {
      s.currency = 'dollars'
    })).textContent).toContain('91,794 dollars')
  })
})
