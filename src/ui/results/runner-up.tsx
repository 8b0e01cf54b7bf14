import type { Answers } from '../../engine/answers'
import { compareTopTwo } from '../../engine/explain'
import type { Result } from '../../engine/score'
import { fill } from '../../i18n/messages'
import { reasonText } from './reason-text'
import type { View } from './view'

/** "Why not the runner-up": the answers that separated the first two roles most. */
export function RunnerUp({ v, result, answers }: { v: View; result: Result; answers: Answers }) {
  let [first, second] = result.ranking
  if (!first || !second) return null
  let title = (id: string) => v.role(id).title
  return (
    <section aria-labelledby={`${v.id}ru`}>
      <h3 id={`${v.id}ru`}>{fill(v.m.whyNot, { role: title(second.id) })}</h3>
      <p>{fill(v.m.behind, { role: title(second.id), points: v.points(result.margin) })}</p>
      <ul>
        {compareTopTwo(result, answers, v.data).map(c => (
          <li key={c.reason.answered.questionId}>
            {reasonText(v, c.reason)} ({fill(v.m.contrastPoints, { points: v.points(c.points), role: title(c.favours) })})
          </li>
        ))}
      </ul>
    </section>
  )
}
