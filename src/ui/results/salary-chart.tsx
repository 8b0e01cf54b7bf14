import { fill } from '../../i18n/messages'
import type { View } from './view'

const WIDTH = 300
const ROW = 36
const NICE = [1, 2, 2.5, 5]

/**
 * Round ticks covering `lo`…`hi`: multiples of the smallest step of 1, 2, 2.5 or 5 × 10ⁿ
 * that needs at most five ticks, whatever the range, so a huge figure can't flood the
 * chart with ticks and labels (in Spanish a label takes a fifth of the axis).
 *
 * ```ts
 * salaryTicks(56_000, 172_000) // [50000, 100000, 150000, 200000]
 * ```
 */
export function salaryTicks(lo: number, hi: number): number[] {
  // Equal figures still get an axis, and a span below a billionth of the figures (where
  // floats could not tell the ticks apart) is widened to that.
  let power = Math.floor(Math.log10((Math.max(hi - lo || hi, hi / 1e9) || 1) / 4))
  // By the sixth step the step exceeds half the span, leaving at most four intervals;
  // the bound on steps only guards against NaN.
  for (let i = 0; i < 12; i++) {
    let step = NICE[i % 4]! * 10 ** (power + (i >> 2))
    let first = Math.floor(lo / step)
    let intervals = Math.max(Math.ceil(hi / step) - first, 1)
    if (intervals < 5) return Array.from({ length: intervals + 1 }, (_, k) => (first + k) * step)
  }
  return [lo, hi]
}

/**
 * Every role's salary range with its average marked and the visitor's aim as a
 * dashed line; the same figures in a visually hidden table for screen readers.
 */
export function SalaryChart({ v, aim }: { v: View; aim: { amount: number; label: string } | null }) {
  let { f, m } = v
  let roles = v.data.roles
  let amounts = roles.flatMap(r => [r.facts.salary.min, r.facts.salary.max]).concat(aim ? [aim.amount] : [])
  let ticks = salaryTicks(Math.min(...amounts), Math.max(...amounts))
  let lo = ticks[0]!
  let hi = ticks.at(-1)!
  let x = (amount: number) => 36 + ((amount - lo) / (hi - lo)) * (WIDTH - 72)
  let height = roles.length * ROW + 20
  // Vertical lines only across the bars' bands, so they never cross a role's label.
  let bands = (at: number) => roles.map((_, i) => `M${at} ${i * ROW + 15}V${i * ROW + 33}`).join('')
  let currency = roles[0]?.facts.salary.currency
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
            <text x={x(t)} y={height - 2} text-anchor="middle">{f.moneyShort(t, currency)}</text>
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
