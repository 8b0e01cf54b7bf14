import type { ComponentChildren } from 'preact'
import { compareTopTwo } from '../../engine/explain'
import type { Result } from '../../engine/score'
import { fill } from '../../i18n/messages'
import { Disclosure } from './disclosure'
import type { View } from './view'

/** "Why not the runner-up": the answers that separated the first two roles most, then `children` (the two compared). */
export function RunnerUp({ v, result, children }: { v: View; result: Result; children?: ComponentChildren }) {
  let [first, second] = result.ranking
  if (!first || !second) return null
  let title = (id: string) => v.role(id).title
  return (
    <Disclosure id={`${v.id}ru`} title={fill(v.m.whyNot, { role: title(second.id) })}>
      <p>{fill(v.m.behind, { role: title(second.id), points: v.points(result.margin) })}</p>
      <ul>
        {compareTopTwo(result).map(d => (
          <li key={d.id}>
            {fill(v.m.favours, {
              label: v.label(d),
              points: v.points(d.difference),
              role: title(d.difference > 0 ? first.id : second.id)
            })}
          </li>
        ))}
      </ul>
      {children}
    </Disclosure>
  )
}
