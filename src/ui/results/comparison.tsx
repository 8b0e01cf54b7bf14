import type { Role } from '../../engine/data'
import { fill } from '../../i18n/messages'
import { Cite, Fact } from './footnotes'
import { factRows, type FactRow, type View } from './view'

/** A role's top skills: the source's percentages, or its top derived weights labelled "derived". */
function topSkills(v: View, role: Role): string {
  let { skills } = role
  if (skills.basis === 'sourced' && skills.percentages) {
    return v.list(skills.percentages.slice(0, 3).map(p => `${p.term} ${v.f.percent(p.percent)}`))
  }
  let label = (id: string) => v.data.skills.find(s => s.id === id)?.label ?? id
  let top = v.list(Object.entries(skills.weights).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([id]) => label(id)))
  return skills.basis === 'derived' ? `${top} (${v.m.derived})` : top
}

/** The top two roles side by side in a real table. */
export function Comparison({ v, ids }: { v: View; ids: [string, string] }) {
  let roles = ids.map(v.role) as [Role, Role]
  let [a, b] = roles.map(role => factRows(v, role)) as [FactRow[], FactRow[]]
  // A fact appears when either role has it; the side without it says so.
  let rows = a.map((row, i) => [row, b[i]!]).filter(pair => pair.some(row => row.value !== null))
  return (
    <table class="r-cmp">
      <caption>{fill(v.m.compare, { first: roles[0].title, second: roles[1].title })}</caption>
      <thead>
        <tr>
          <td />
          {roles.map(role => <th key={role.id} scope="col">{role.title}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map(pair => (
          <tr key={pair[0]!.label}>
            <th scope="row">{pair[0]!.label}</th>
            {pair.map((row, j) => <td key={j}><Fact v={v} row={row} /></td>)}
          </tr>
        ))}
        <tr>
          <th scope="row">{v.m.topSkills}</th>
          {roles.map(role => <td key={role.id}>{topSkills(v, role)}<Cite v={v} source={role.responsibilitiesSource} /></td>)}
        </tr>
      </tbody>
    </table>
  )
}
