import { DEFAULT_BLEND } from '../../engine/score'
import { fill } from '../../i18n/messages'
import type { View } from './view'

/** "How we calculated this" and "What not to read into it", folded away. */
export function Method({ v }: { v: View }) {
  let { m, f, data } = v
  let share = (n: number) => f.percent(n * 100)
  let titles = (basis: string) => v.list(data.roles.filter(r => r.skills.basis === basis).map(r => r.title))
  return (
    <details class="r-card">
      <summary>{m.method}</summary>
      <p>
        {fill(m.blend, {
          skills: share(DEFAULT_BLEND.skills),
          preferences: share(DEFAULT_BLEND.preferences),
          salary: share(DEFAULT_BLEND.salary)
        })}
      </p>
      <p>{m.skillMethod}</p>
      <p>{fill(m.sourceList, { titles: v.list(data.sources.map(s => `“${s.title}”`)) })}</p>
      <p>{fill(m.weights, { sourced: titles('sourced'), derived: titles('derived') })}</p>
      <h4>{m.caveatTitle}</h4>
      <p>{m.caveat}</p>
    </details>
  )
}
