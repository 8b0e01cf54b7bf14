import { DEFAULT_BLEND } from '../../engine/score'
import { fill } from '../../i18n/messages'
import type { View } from './view'

/** How the match was calculated and what not to read into it, in sentences built from the data's own roles. */
export function Method({ v }: { v: View }) {
  let { m, f, data } = v
  let share = (n: number) => f.percent(n * 100)
  // One sentence per kind of weight the data has, so no sentence is left without its roles.
  let weights = (basis: 'sourced' | 'derived', text: string) => {
    let roles = data.roles.filter(r => r.skills.basis === basis)
    return roles.length > 0 && <p>{fill(text, { roles: v.list(roles.map(r => r.title)) })}</p>
  }
  return (
    <>
      <p>
        {fill(m.blend, {
          skills: share(DEFAULT_BLEND.skills),
          preferences: share(DEFAULT_BLEND.preferences),
          salary: share(DEFAULT_BLEND.salary)
        })}
      </p>
      <p>{m.skillMethod}</p>
      {weights('sourced', m.weightsSourced)}
      {weights('derived', m.weightsDerived)}
      <h4>{m.caveatTitle}</h4>
      <p>{m.caveat}</p>
    </>
  )
}
