import type { RankedRole } from '../../engine/score'
import { matchText } from './role-card'
import type { View } from './view'

/** Every role best first, each with a bar, its match as text and its band in words. */
export function Ranking({ v, ranking, tentative }: { v: View; ranking: RankedRole[]; tentative: boolean }) {
  return (
    <section aria-labelledby={`${v.id}rk`}>
      <h3 id={`${v.id}rk`}>{tentative ? v.m.tentative : v.m.ranking}</h3>
      <ol class="r-rank">
        {ranking.map(r => (
          <li key={r.id}>
            <span>{v.role(r.id).title}</span> <span class="r-match">{matchText(v, r.match)}</span>
            <svg viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
              <rect width="100" height="1" />
              <rect width={r.match} height="1" />
            </svg>
          </li>
        ))}
      </ol>
    </section>
  )
}
