import type { ComponentChildren } from 'preact'
import type { Answers } from '../../engine/answers'
import { compareTopTwo } from '../../engine/explain'
import type { Result } from '../../engine/score'
import { fill } from '../../i18n/messages'
import { Disclosure } from './disclosure'
import { reasonText } from './reason-text'
import type { View } from './view'

/** "Why not the runner-up": the answers that separated the first two roles most, then `children` (the two compared). */
export function RunnerUp({ v, result, answers, children }: { v: View; result: Result; answers: Answers; children?: () => ComponentChildren }) {
  let [first, second] = result.ranking
  if (!first || !second) return null
  let title = (id: string) => v.role(id).title
  return (
    <Disclosure id={`${v.id}ru`} title={fill(v.m.whyNot, { role: title(second.id) })}>
      {() => (
        <>
          <p>{fill(v.m.behind, { role: title(second.id), points: v.points(result.margin) })}</p>
          <ul>
            {compareTopTwo(result, answers, v.data).map(c => (
              <li key={c.reason.answered.questionId}>
                {reasonText(v, c.reason)} ({fill(v.m.contrastPoints, { points: v.points(c.points), role: title(c.favours) })})
              </li>
            ))}
          </ul>
          {children?.()}
        </>
      )}
    </Disclosure>
  )
}
