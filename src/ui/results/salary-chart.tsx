import { fill } from '../../i18n/messages'
import type { View } from './view'

/**
 * Every role's average salary and range in one table, under the visitor's aim.
 * (A drawn chart cost about 300 B gzip of every visitor's download; the table
 * says the same, reads on any width and needs no second version for screen readers.)
 */
export function SalaryChart({ v, aim }: { v: View; aim: { amount: number; label: string } | null }) {
  let { f, m } = v
  return (
    <>
      {aim && <p class="r-note">{fill(m.chartAim, { aim: aim.label })}</p>}
      <table class="r-cmp">
        <caption>{m.chartTitle}</caption>
        <tr>
          {[m.role, m.average, m.min, m.max].map(h => <th key={h} scope="col">{h}</th>)}
        </tr>
        {v.data.roles.map(({ id, title, facts: { salary: s } }) => (
          <tr key={id}>
            <th scope="row">{title}</th>
            {[s.average, s.min, s.max].map((n, i) => <td key={i}>{f.money(n, s.currency)}</td>)}
          </tr>
        ))}
      </table>
    </>
  )
}
