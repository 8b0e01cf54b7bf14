// What every part of the results screen needs: strings, formatters, the data and how to read it.
import type { Fact, QuizData, Role } from '../../engine/data'
import { formattersFor, type Formatters } from '../../i18n/format'
import { fill, messagesFor, type Locale, type Messages } from '../../i18n/messages'

export interface View {
  m: Messages['results']
  f: Formatters
  data: QuizData
  locale: Locale
  /** Prefix for element ids, unique per rendered screen. */
  id: string
  /** Joins words as a locale's "a, b and c". */
  list(items: string[]): string
  role(id: string): Role
  /** Points rounded to one decimal, as text. */
  points(value: number): string
}

/**
 * Builds the view of one results screen.
 *
 * ```ts
 * let v = viewFor('es', data, 'p0')
 * v.f.money(v.role('product-manager').facts.salary.average)
 * ```
 */
export function viewFor(locale: Locale, data: QuizData, id: string): View {
  let m = messagesFor(locale).results
  let f = formattersFor(locale)
  return {
    m, f, data, locale, id,
    list: f.list,
    role: roleId => data.roles.find(r => r.id === roleId)!,
    points: value => f.number(Math.round(Math.abs(value) * 10) / 10)
  }
}

/** One figure of a role: its text (null when the sources give none) and its source id. */
export interface FactRow {
  label: string
  value: string | null
  source: string | undefined
  note?: string
}

/**
 * A role's figures as labelled text, salary first, then the best-paying places.
 *
 * ```ts
 * factRows(v, v.role('client-program-manager'))[0] // { label: 'Average salary', value: '$91,794', source: 'client-vs-lead' }
 * ```
 */
export function factRows(v: View, role: Role): FactRow[] {
  let { m: { facts: l }, f } = v
  let facts = role.facts
  let { salary, hourlyRate: hourly, growthRate: growth, jobs } = facts
  let money = (amount: number) => f.money(amount, salary.currency)
  let source = v.data.sources.find(s => s.id === salary.source)
  let place = (label: string, fact?: Fact<string> | null): FactRow => ({ label, value: fact?.value ?? null, source: fact?.source })
  let rows: FactRow[] = [
    { label: l.average, value: money(salary.average), source: salary.source },
    { label: l.range, value: fill(v.m.range, { min: money(salary.min), max: money(salary.max) }), source: salary.source },
    // Custom data may leave a fact out as well as set it to null.
    { label: l.hourly, value: hourly ? f.moneyExact(hourly.value, hourly.currency) : null, source: hourly?.source },
    { label: l.growth, value: growth ? f.percent(growth.percent) : null, source: growth?.source },
    { label: l.jobs, value: jobs ? f.number(jobs.value) : null, source: jobs?.source },
    place(l.city, facts.highestPayingCity), place(l.state, facts.highestPayingState),
    place(l.company, facts.bestPayingCompany), place(l.industry, facts.bestPayingIndustry)
  ]
  // The salary note marks figures the source quotes from Glassdoor.
  if (salary.note && source) rows[0]!.note = fill(v.m.quotedBy, { source: source.publisher ?? source.title })
  return rows
}
