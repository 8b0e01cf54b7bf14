// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact'
import axe from 'axe-core'
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { defaultData, score, type Answers, type QuizData } from '../../../src/engine'
import { describeCounterfactual, fitBand } from '../../../src/engine/explain'
import { formattersFor } from '../../../src/i18n/format'
import { loadLocale } from '../../../src/i18n/load-locale'
import { messagesFor, type Locale } from '../../../src/i18n/messages'
import { ResultsScreen, type ResultsScreenProps } from '../../../src/ui/results/results-screen'

afterEach(cleanup)

const m = messagesFor('en').results
const money = formattersFor('en').money

const CLIENT: Answers = {
  'work-with': 'clients', 'client-contact': 'love', 'point-of-sale': 'enjoy', 'plan-projects': 'enjoy',
  infrastructure: 'avoid', direction: 'strategy', 'customer-needs': 'little', salary: '90-110k'
}
const PRODUCT: Answers = {
  scope: 'product', 'customer-needs': 'love', lifecycle: 'enjoy', 'lead-present': 'enjoy', 'point-of-sale': 'avoid',
  direction: 'mostly-strategy', salary: '110-130k'
}
// Project and lead program manager less than three points apart.
const TOSS_UP: Answers = { 'work-with': 'even', 'plan-projects': 'love', 'client-contact': 'enjoy' }
const SKIPPED: Answers = { 'plan-projects': 'neutral' }
// No single answer change moves its top role (the project manager).
const SETTLED: Answers = {
  'plan-projects': 'love', scope: 'one-project', direction: 'execution', 'work-with': 'internal', 'cross-department': 'none',
  'client-contact': 'avoid', 'customer-needs': 'avoid', 'lead-present': 'avoid', 'allocate-budgets': 'avoid'
}

function show(answers: Answers, extra: Partial<ResultsScreenProps> = {}, locale: Locale = 'en', data: QuizData = defaultData) {
  let props: ResultsScreenProps = {
    result: score(answers, data), data, answers, locale, shared: false,
    onChangeAnswers: vi.fn(), onRetake: vi.fn(), onTakeQuiz: vi.fn(), onFeedback: vi.fn(), onShare: vi.fn(),
    ...extra
  }
  render(<ResultsScreen {...props} />)
  return props
}

const region = (name: string) => screen.getByRole('region', { name })

describe('the recommendation', () => {
  test('announces the top role with its match, band and why', () => {
    let { result } = show(CLIENT)
    let top = result.ranking[0]!
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(top.title)
    let card = screen.getByRole('article', { name: top.title })
    expect(card.textContent).toContain(`${top.match}% match`)
    expect(card.textContent).toContain(m.bands[fitBand(top.match)])
    // The visitor loved client contact; the source lists Client Facing 13%, Client Relationships 8%
    // and Client Satisfaction 5% for this role, and for no other.
    let reasons = within(card).getAllByRole('listitem').map(li => li.textContent)
    expect(reasons[0]).toBe('You’d love client relationships, and the client program manager role’s source gives it the largest share, 26%, and no other role’s source names it.')
    expect(screen.getByText(m.robust)).toBeTruthy()
  })

  test('footnotes the top role figures to named sources and shows every fact', () => {
    let { result } = show(CLIENT)
    let role = defaultData.roles.find(r => r.id === result.ranking[0]!.id)!
    let card = screen.getByRole('article', { name: role.title })
    let average = within(card).getByText(m.facts.average).nextElementSibling!
    expect(average.textContent).toContain(money(role.facts.salary.average))
    let cite = within(average as HTMLElement).getByRole('link')
    let note = document.getElementById(cite.getAttribute('href')!.slice(1))!
    let source = defaultData.sources.find(s => s.id === role.facts.salary.source)!
    expect(note.textContent).toContain(source.title)
    fireEvent.click(cite)
    expect(document.activeElement).toBe(note)
    expect(within(card).getByText(m.facts.company).nextElementSibling!.textContent).toContain(role.facts.bestPayingCompany!.value)
  })

  test('shows "Not given by the sources" for missing figures and the Glassdoor note', () => {
    let { result } = show(PRODUCT)
    let role = defaultData.roles.find(r => r.id === result.ranking[0]!.id)!
    let card = screen.getByRole('article', { name: role.title })
    let f = role.facts
    let facts = [
      [m.facts.hourly, f.hourlyRate], [m.facts.growth, f.growthRate], [m.facts.jobs, f.jobs], [m.facts.city, f.highestPayingCity],
      [m.facts.state, f.highestPayingState], [m.facts.company, f.bestPayingCompany], [m.facts.industry, f.bestPayingIndustry]
    ] as const
    expect(facts.filter(([, fact]) => fact === null).length).toBeGreaterThan(0)
    for (let [label, fact] of facts) {
      let shown = within(card).getByText(label).nextElementSibling!.textContent
      if (fact === null) expect(shown).toBe(m.notGiven)
      else expect(shown).not.toBe(m.notGiven)
    }
    expect(card.textContent).toContain('Glassdoor figures, as quoted by Product HQ')
  })

  test('shows a toss-up as two co-recommendations, each with feedback', () => {
    let { result } = show(TOSS_UP)
    expect(result.stability).toBe('toss-up')
    let [first, second] = result.ranking
    expect(screen.getByText(`A toss-up between ${first!.title} and ${second!.title}`)).toBeTruthy()
    expect(screen.getByRole('article', { name: first!.title })).toBeTruthy()
    expect(screen.getByRole('article', { name: second!.title })).toBeTruthy()
    expect(screen.getAllByRole('group', { name: /helpful suggestion/ })).toHaveLength(2)
  })

  test('reports feedback and thanks the visitor', async () => {
    let { result, onFeedback } = show(CLIENT)
    let group = screen.getByRole('group', { name: `Was ${result.ranking[0]!.title} a helpful suggestion?` })
    fireEvent.click(within(group).getByRole('button', { name: m.yes }))
    expect(onFeedback).toHaveBeenCalledWith(result.ranking[0]!.id, true)
    expect((await within(group).findByRole('status')).textContent).toBe(m.thanks)
  })
})

describe('the ranking and comparisons', () => {
  test('lists every role in order with its match and band in words', () => {
    let { result } = show(CLIENT)
    let items = within(region(m.ranking)).getAllByRole('listitem')
    expect(items).toHaveLength(defaultData.roles.length)
    result.ranking.forEach((role, i) => {
      expect(items[i]!.textContent).toContain(role.title)
      expect(items[i]!.textContent).toContain(`${role.match}% match · ${m.bands[fitBand(role.match)]}`)
    })
  })

  test('explains why not the runner-up', () => {
    let { result } = show(CLIENT)
    let second = result.ranking[1]!.title
    let section = region(`Why not ${second}?`)
    expect(within(section).getAllByRole('listitem').length).toBeGreaterThan(0)
    expect(section.textContent).toContain(`${second} came second`)
  })

  test('compares the top two in a table with row and column headers', () => {
    let { result } = show(PRODUCT)
    let [first, second] = result.ranking
    let table = screen.getByRole('table', { name: `${first!.title} and ${second!.title} side by side` })
    expect(within(table).getAllByRole('columnheader').map(h => h.textContent)).toEqual([first!.title, second!.title])
    let rows = within(table).getAllByRole('rowheader').map(h => h.textContent)
    expect(rows).toEqual(expect.arrayContaining([m.facts.range, m.topSkills, m.doing]))
    expect(table.textContent).toContain(`(${m.derived})`)
  })

  test('charts salaries with an accessible name and a table of every role', () => {
    show(CLIENT)
    let chart = screen.getByRole('img', { name: m.chartTitle })
    expect(chart.getAttribute('aria-describedby')).toBeTruthy()
    expect(chart.querySelector('.r-aim')).toBeTruthy()
    let table = screen.getByRole('table', { name: m.chartTitle })
    for (let role of defaultData.roles) {
      let row = within(table).getByRole('rowheader', { name: role.title }).parentElement!
      let { average, min, max } = role.facts.salary
      expect(row.textContent).toContain(money(average) + money(min) + money(max))
    }
  })

  test('says which single answer would put another role first', () => {
    let { result } = show(CLIENT)
    let change = describeCounterfactual(result, defaultData)!
    let text = region(m.change).textContent!
    expect(text).toContain(`${change.newTop} would come first`)
    expect(text).toContain(change.question)
  })

  test('says when no single answer would change the top role', () => {
    show(SETTLED)
    expect(region(m.change).textContent).toContain(m.noChange)
  })
})

describe('modes', () => {
  test('explains low-signal answers and labels the ranking tentative', () => {
    let { result, onChangeAnswers } = show(SKIPPED)
    expect(result.lowSignal).toBe(true)
    expect(screen.getByRole('heading', { level: 2, name: m.lowTitle })).toBeTruthy()
    expect(screen.getByText(m.lowSkipped, { exact: false })).toBeTruthy()
    expect(within(region(m.tentative)).getAllByRole('listitem')).toHaveLength(defaultData.roles.length)
    fireEvent.click(screen.getByRole('button', { name: m.changeAnswers }))
    expect(onChangeAnswers).toHaveBeenCalled()
  })

  test('offers the quiz instead of changing answers when the result was shared', () => {
    let { onTakeQuiz } = show(CLIENT, { shared: true })
    expect(screen.getByText(m.shared)).toBeTruthy()
    expect(screen.queryByRole('button', { name: m.retake })).toBeNull()
    expect(screen.queryByRole('button', { name: m.changeAnswers })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: m.takeQuiz }))
    expect(onTakeQuiz).toHaveBeenCalled()
  })

  test('offers change, retake and the sharing slot to the visitor', () => {
    let { onRetake } = show(CLIENT, { shareActions: <button type="button">Copy link</button> })
    fireEvent.click(screen.getByRole('button', { name: m.retake }))
    expect(onRetake).toHaveBeenCalled()
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: m.share })).toBeNull()
  })

  test('moves focus to the heading unless the result was shared', () => {
    show(CLIENT)
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }))
    cleanup()
    show(CLIENT, { shared: true })
    expect(document.activeElement).toBe(document.body)
  })
})

describe('accessibility', () => {
  test.each([['a clear fit', CLIENT], ['a toss-up', TOSS_UP], ['low-signal answers', SKIPPED]])('has no axe violations for %s', async (_, answers) => {
    show(answers)
    // jsdom has no layout, so contrast is checked in the browser tests.
    let { violations } = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } })
    expect(violations.map(v => `${v.id}: ${v.nodes.map(n => n.html).join(' ')}`)).toEqual([])
  })
})

describe('Spanish', () => {
  beforeAll(() => loadLocale('es'))

  test('renders no English string from the results table', () => {
    show(CLIENT, {}, 'es')
    let text = document.body.textContent!
    let es = messagesFor('es').results
    expect(text).toContain(es.method)
    let leaves = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : Object.values(value as object).flatMap(leaves)
    let english = leaves(m).filter(s => !leaves(es).includes(s))
    // The fixed words around placeholders, long enough not to be a name or a number.
    let fragments = english.flatMap(s => s.split(/\{\w+\}/)).map(s => s.trim()).filter(s => s.length > 4)
    for (let fragment of fragments) expect(text, fragment).not.toContain(fragment)
  })
})
