import { fill, languageOf } from '../../i18n/messages'
import type { View } from './view'

const WIDTH = 300
const ROW = 36
const STEP = 50_000

/**
 * Every role's salary range with its average marked and the visitor's aim as a
 * dashed line; the same figures in a visually hidden table for screen readers.
 */
export function SalaryChart({ v, aim }: { v: View; aim: { amount: number; label: string } | null }) {
  let { f, m } = v
  let roles = v.data.roles
  let amounts = roles.flatMap(r => [r.facts.salary.min, r.facts.salary.max]).concat(aim ? [aim.amount] : [])
  let lo = Math.floor(Math.min(...amounts) / STEP) * STEP
  let hi = Math.ceil(Math.max(...amounts) / STEP) * STEP
  let x = (amount: number) => 36 + ((amount - lo) / (hi - lo)) * (WIDTH - 72)
  let height = roles.length * ROW + 20
  let ticks = Array.from({ length: (hi - lo) / STEP + 1 }, (_, i) => lo + i * STEP)
  // Vertical lines only across the bars' bands, so they never cross a role's label.
  let bands = (at: number) => roles.map((_, i) => `M${at} ${i * ROW + 15}V${i * ROW + 33}`).join('')
  let compact = new Intl.NumberFormat(languageOf(v.locale).numbers, { style: 'currency', currency: roles[0]?.facts.salary.currency ?? 'USD', notation: 'compact' })
  let desc = m.chartDesc + (aim ? ` ${fill(m.chartAim, { aim: aim.label })}` : '')
  return (
    <section aria-labelledby={`${v.id}ch`}>
      <h3 id={`${v.id}ch`}>{m.chart}</h3>
      <svg class="r-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${v.id}ct`} aria-describedby={`${v.id}cd`}>
        <title id={`${v.id}ct`}>{m.chartTitle}</title>
        <desc id={`${v.id}cd`}>{desc}</desc>
        {ticks.map(t => (
          <g key={t} class="r-tick">
            <path d={bands(x(t))} />
            <text x={x(t)} y={height - 2} text-anchor="middle">{compact.format(t)}</text>
          </g>
        ))}
        {aim && <path class="r-aim" d={bands(x(aim.amount))} />}
        {roles.map((role, i) => {
          let { min, max, average } = role.facts.salary
          let y = i * ROW
          return (
            <g key={role.id}>
              <rect class="r-range" x={x(min)} y={y + 19} width={x(max) - x(min)} height="10" />
              <rect class="r-avg" x={x(average) - 1.5} y={y + 16} width="3" height="16" />
            </g>
          )
        })}
        {roles.map((role, i) => <text key={role.id} x="10" y={i * ROW + 14}>{role.title}</text>)}
      </svg>
      <p class="r-note" aria-hidden="true">{desc}</p>
      <table class="sr-only">
        <caption>{m.chartTitle}</caption>
        <tr>
          {[m.role, m.average, m.min, m.max].map(h => <th key={h} scope="col">{h}</th>)}
        </tr>
        {roles.map(({ id, title, facts: { salary: s } }) => (
          <tr key={id}>
            <th scope="row">{title}</th>
            {[s.average, s.min, s.max].map((n, i) => <td key={i}>{f.money(n, s.currency)}</td>)}
          </tr>
        ))}
      </table>
    </section>
  )
}
