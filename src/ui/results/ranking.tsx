import type { RankedRole } from '../../engine/score'
import { fitBand } from '../../engine/explain'
import type { View } from './view'

/** Every role best first, each with a bar, its match as a number and its band in words ("61% · Good fit"). */
export function Ranking({ v, ranking, tentative }: { v: View; ranking: RankedRole[]; tentative: boolean }) {
  return (
    <section aria-labelledby={`${v.id}rk`}>
      <h3 id={`${v.id}rk`}>{tentative ? v.m.tentative : v.m.ranking}</h3>
      <ol class="r-rank">
        {ranking.map(r => (
          <li key={r.id}>
            <span>{v.role(r.id).title}</span> <span class="r-match">{v.f.percent(r.match)} · {v.m.bands[fitBand(r.match)]}</span>
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
