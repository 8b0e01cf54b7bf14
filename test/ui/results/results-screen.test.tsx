// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact'
import axe from 'axe-core'
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { defaultData, score, type Answers, type QuizData } from '../../../src/engine'
import type { Role } from '../../../src/engine/data'
import { describeCounterfactual, fitBand } from '../../../src/engine/explain'
import { formattersFor } from '../../../src/i18n/format'
import { loadLocale } from '../../../src/i18n/load-locale'
import { noWarnings } from '../../environment'
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
    onChangeAnswers: vi.fn(), onRetake: vi.fn(), onTakeQuiz: vi.fn(), onShare: vi.fn(),
    ...extra
  }
  render(<ResultsScreen {...props} />)
  return props
}

const region = (name: string) => screen.getByRole('region', { name })
// Each detail section is a <details> named by the heading in its summary.
const section = (name: string) => screen.getByRole('group', { name }) as HTMLDetailsElement
// Opens sections as a visitor does: a section's content is built when it first opens.
function open(details: HTMLDetailsElement): HTMLDetailsElement {
  details.open = true
  fireEvent(details, new Event('toggle'))
  return details
}
const openAll = () => document.querySelectorAll('details').forEach(open)
const role = (id: string) => defaultData.roles.find(r => r.id === id)!

// The facts the comparison can list, by their row label, read straight from the data.
const FACTS = [
  [m.facts.hourly, 'hourlyRate'], [m.facts.growth, 'growthRate'], [m.facts.jobs, 'jobs'],
  [m.facts.city, 'highestPayingCity'], [m.facts.state, 'highestPayingState'],
  [m.facts.company, 'bestPayingCompany'], [m.facts.industry, 'bestPayingIndustry']
] as const

describe('the recommendation', () => {
  test('announces the top role with its match, band and why', () => {
    let { result } = show(CLIENT)
    let top = result.ranking[0]!
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(top.title)
    let card = screen.getByRole('article', { name: `Your best fit: ${top.title}` })
    expect(card.textContent).toContain(`${top.match}% match`)
    expect(card.textContent).toContain(m.bands[fitBand(top.match)])
    // The visitor loved client contact; the source lists Client Facing 13%, Client Relationships 8%
    // and Client Satisfaction 5% for this role, and for no other.
    let reasons = within(card).getAllByRole('listitem').map(li => li.textContent)
    expect(reasons[0]).toBe('You’d love client relationships, and the client program manager role’s source lists it at 26%, and no other role’s source names it.')
    expect(screen.getByText(m.robust)).toBeTruthy()
  })

  test('keeps the figures out of the recommendation: they are in the comparison', () => {
    let { result } = show(PRODUCT)
    let card = screen.getByRole('article', { name: /^Your best fit/ })
    expect(card.textContent).not.toContain(m.notGiven)
    expect(card.textContent).not.toContain(money(role(result.ranking[0]!.id).facts.salary.average))
  })

  test('puts the call to action right under the reasons, and offers the quiz there on a shared result', () => {
    let cta = (id: string) => <a href={`/jobs/${id}`}>Jobs for {id}</a>
    let { result } = show(CLIENT, { cta })
    let card = screen.getByRole('article', { name: /^Your best fit/ })
    let link = within(card).getByRole('link', { name: `Jobs for ${result.ranking[0]!.id}` })
    expect(card.lastElementChild).toBe(link)
    cleanup()
    show(CLIENT, { cta, shared: true })
    expect(screen.queryByRole('link', { name: /^Jobs for/ })).toBeNull()
    let take = screen.getByRole('button', { name: m.takeQuiz })
    expect(take.compareDocumentPosition(screen.getByRole('article')) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy()
  })

  test('gives each co-recommendation of a toss-up its own call to action', () => {
    let { result } = show(TOSS_UP, { cta: id => <a href={`/jobs/${id}`}>Jobs for {id}</a> })
    for (let r of result.ranking.slice(0, 2)) {
      let card = screen.getByRole('article', { name: r.title })
      expect(within(card).getByRole('link').getAttribute('href')).toBe(`/jobs/${r.id}`)
    }
  })

  test('shows a toss-up as two co-recommendations', () => {
    let { result } = show(TOSS_UP)
    expect(result.stability).toBe('toss-up')
    let [first, second] = result.ranking
    expect(screen.getByText(`A toss-up between ${first!.title} and ${second!.title}`)).toBeTruthy()
    expect(screen.getByRole('article', { name: first!.title })).toBeTruthy()
    expect(screen.getByRole('article', { name: second!.title })).toBeTruthy()
  })

})

describe('the ranking and comparisons', () => {
  test('lists every role in order with its match and band in words', () => {
    let { result } = show(CLIENT)
    let items = within(region(m.ranking)).getAllByRole('listitem')
    expect(items).toHaveLength(defaultData.roles.length)
    result.ranking.forEach((role, i) => {
      expect(items[i]!.textContent).toContain(role.title)
      expect(items[i]!.textContent).toContain(`${role.match}% · ${m.bands[fitBand(role.match)]}`)
    })
  })

  test('explains why not the runner-up', () => {
    let { result } = show(CLIENT)
    let second = result.ranking[1]!.title
    let why = open(section(`Why not ${second}?`))
    expect(within(why).getAllByRole('listitem').length).toBeGreaterThan(0)
    expect(why.textContent).toContain(`${second} came second`)
  })

  test('compares the top two in a table with row and column headers', () => {
    let { result } = show(PRODUCT)
    openAll()
    let [first, second] = result.ranking
    let table = screen.getByRole('table', { name: `${first!.title} and ${second!.title} side by side` })
    expect(within(table).getAllByRole('columnheader').map(h => h.textContent)).toEqual([first!.title, second!.title])
    let rows = within(table).getAllByRole('rowheader').map(h => h.textContent)
    expect(rows).toEqual(expect.arrayContaining([m.facts.range, m.topSkills]))
    expect(table.textContent).toContain(`(${m.derived})`)
  })

  test('compares salaries in a table of every role, under the visitor\'s aim', () => {
    show(CLIENT)
    openAll()
    let table = screen.getByRole('table', { name: m.chartTitle })
    expect(table.parentElement!.textContent).toContain('Your aim: $90,000 to $110,000.')
    for (let role of defaultData.roles) {
      let row = within(table).getByRole('rowheader', { name: role.title }).parentElement!
      let { average, min, max } = role.facts.salary
      expect(row.textContent).toContain(money(average) + money(min) + money(max))
    }
  })

  test('says which single answer would put another role first', () => {
    let { result } = show(CLIENT)
    let change = describeCounterfactual(result, defaultData)!
    let text = open(section(m.change)).textContent!
    expect(text).toContain(`${change.newTop} would come first`)
    expect(text).toContain(change.question)
  })

  test('says when no single answer would change the top role', () => {
    show(SETTLED)
    expect(open(section(m.change)).textContent).toContain(m.noChange)
  })
})

describe('details on demand', () => {
  test('folds every detail section away, closed, under a heading its summary holds', () => {
    show(CLIENT)
    let details = [...document.querySelectorAll('details')]
    expect(details.length).toBeGreaterThanOrEqual(4)
    for (let d of details) expect(d.open).toBe(false)
    let headings = screen.getAllByRole('heading', { level: 3 }).filter(h => h.closest('summary'))
    expect(headings.map(h => h.textContent)).toEqual(expect.arrayContaining([m.chart, m.change, m.method, expect.stringMatching(/^Why not /)]))
  })

  test('a closed section holds only its heading until it is opened', () => {
    show(CLIENT)
    for (let details of document.querySelectorAll('details')) expect(details.children.length, details.textContent!).toBe(1)
    let chart = open(section(m.chart))
    expect(within(chart).getByRole('table', { name: m.chartTitle })).toBeTruthy()
  })

  test('builds the closed sections\' content once the page is idle after the results show, still closed', async () => {
    show(CLIENT)
    await waitFor(() => {
      expect(screen.getByRole('table', { name: m.chartTitle })).toBeTruthy()
      expect(section(m.change).textContent).toContain(m.counterfactual.split('{')[0]!.trim())
    })
    expect([...document.querySelectorAll('details')].some(d => d.open)).toBe(false)
  })

  test('prints every section with its content, even one never opened nor built yet', () => {
    show(CLIENT)
    act(() => void window.dispatchEvent(new Event('beforeprint')))
    expect(within(section(m.chart)).getByRole('table', { name: m.chartTitle })).toBeTruthy()
    expect(section(m.method).textContent).toContain(m.caveatTitle)
    window.dispatchEvent(new Event('afterprint'))
  })

  test('opens every section while the page prints, and closes only those it opened', () => {
    show(CLIENT)
    let chart = section(m.chart)
    chart.open = true
    window.dispatchEvent(new Event('beforeprint'))
    expect([...document.querySelectorAll('details')].every(d => d.open)).toBe(true)
    window.dispatchEvent(new Event('afterprint'))
    expect([...document.querySelectorAll('details')].filter(d => d.open)).toEqual([chart])
  })

  test('lists a fact when either compared role has it, and says so briefly on the side without it', () => {
    // The product manager first, the lead program manager second: one role gives the sources' extra facts, the other none.
    let ids = ['product-manager', 'lead-program-manager', 'client-program-manager']
    let { result } = show(PRODUCT, {}, 'en', { ...defaultData, roles: defaultData.roles.filter(r => ids.includes(r.id)) })
    openAll()
    let [first, second] = result.ranking.map(r => role(r.id))
    let table = screen.getByRole('table', { name: `${first!.title} and ${second!.title} side by side` })
    let rows = within(table).getAllByRole('rowheader').map(h => h.textContent)
    let given = (r: Role, key: (typeof FACTS)[number][1]) => r.facts[key] != null
    expect(FACTS.some(([, key]) => given(first!, key) !== given(second!, key))).toBe(true)
    for (let [label, key] of FACTS) {
      let shown = given(first!, key) || given(second!, key)
      expect(rows.includes(label), label).toBe(shown)
      if (!shown) continue
      let cells = within(within(table).getByRole('rowheader', { name: label }).parentElement!).getAllByRole('cell')
      expect(cells.map(c => c.textContent === m.notGiven)).toEqual([!given(first!, key), !given(second!, key)])
    }
    expect(rows).toEqual(expect.arrayContaining([m.facts.average, m.facts.range, m.topSkills]))
    expect(table.textContent).toContain(`(${m.derived})`)
    expect(table.textContent).toContain('Glassdoor figures, as quoted by Product HQ')
  })

  test('numbers each figure by its source, as the sources list names them', () => {
    let { result } = show(CLIENT)
    openAll()
    let top = role(result.ranking[0]!.id)
    let table = screen.getByRole('table', { name: /side by side/ })
    let average = within(table).getByRole('rowheader', { name: m.facts.average }).nextElementSibling as HTMLElement
    expect(average.textContent).toContain(money(top.facts.salary.average))
    let n = defaultData.sources.findIndex(s => s.id === top.facts.salary.source) + 1
    expect(average.querySelector('sup')!.getAttribute('aria-label')).toBe(`Source ${n}`)
    let sources = [...document.querySelectorAll('.r-fn li')].map(li => li.textContent)
    expect(sources[n - 1]).toContain(defaultData.sources[n - 1]!.title)
  })
})

describe('custom data', () => {
  // Every way custom roles can split between sourced and derived weights.
  const bases = (n: number) => Array.from({ length: 2 ** n }, (_, mask) => [...Array(n)].map((_, i) => (mask >> i) & 1 ? 'sourced' : 'derived'))

  test('states the method in whole sentences for any mix of sourced and derived weights', () => {
    for (let mix of bases(defaultData.roles.length)) {
      let roles = defaultData.roles.map((r, i) => ({ ...r, skills: { ...r.skills, basis: mix[i] } }) as Role)
      show(CLIENT, {}, 'en', { ...defaultData, roles })
      let method = open(section(m.method))
      let sentences = [...method.querySelectorAll('p')].map(p => p.textContent!)
      for (let basis of ['sourced', 'derived'] as const) {
        let titles = roles.filter(r => r.skills.basis === basis).map(r => r.title)
        let start = 'The skill weights of '
        let sentence = sentences.filter(t => t.startsWith(start) && t.includes(basis === 'sourced' ? 'percentages' : 'derived from'))
        expect(sentence, `${mix.join()}: ${basis}`).toHaveLength(titles.length ? 1 : 0)
        for (let title of titles) expect(sentence[0]).toContain(title)
      }
      expect(method.textContent).not.toMatch(/ of (are|,|and)\b|\{\w+\}/)
      cleanup()
    }
  })

  test('leaves out facts custom roles do not give, whether null or missing', () => {
    let bare = (r: Role): Role => ({ ...r, facts: { salary: r.facts.salary } as Role['facts'] })
    let data = { ...defaultData, roles: defaultData.roles.map(bare) }
    show(PRODUCT, {}, 'en', data)
    openAll()
    let table = screen.getByRole('table', { name: /side by side/ })
    expect(within(table).getAllByRole('rowheader').map(h => h.textContent)).toEqual([m.facts.average, m.facts.range, m.topSkills])
    expect(document.body.textContent).not.toContain(m.notGiven)
    expect(document.body.textContent).not.toContain('undefined')
  })

  test('shows salaries in the data\'s currency', () => {
    let euro = (r: Role): Role => ({
      ...r,
      facts: { ...r.facts, salary: { ...r.facts.salary, currency: 'EUR' }, hourlyRate: r.facts.hourlyRate ? { ...r.facts.hourlyRate, currency: 'EUR' } : null }
    })
    let data = { ...defaultData, roles: defaultData.roles.map(euro) }
    // No salary answer: its option labels are the default questions' dollars.
    let { result } = show(SETTLED, {}, 'en', data)
    openAll()
    let top = data.roles.find(r => r.id === result.ranking[0]!.id)!
    let table = screen.getByRole('table', { name: /side by side/ })
    expect(table.textContent).toContain(money(top.facts.salary.average, 'EUR'))
    expect(money(top.facts.salary.average, 'EUR')).toContain('€')
    let chart = screen.getByRole('table', { name: m.chartTitle })
    expect(chart.textContent).toContain('€')
    for (let text of [table.textContent, chart.textContent]) {
      expect(text).not.toContain('$')
    }
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
  beforeAll(() => loadLocale('es', null, noWarnings))

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
