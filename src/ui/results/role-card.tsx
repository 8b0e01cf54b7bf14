import { explainRole, fitBand } from '../../engine/explain'
import type { RankedRole } from '../../engine/score'
import { fill } from '../../i18n/messages'
import { Cite, Fact } from './footnotes'
import { factRows, type View } from './view'

/** "Your answers about A and B fit this role best; your answers about C counted against it." */
export function whyText(v: View, ranked: RankedRole): string {
  let { helped, hurt } = explainRole(ranked)
  let words = (list: typeof helped) => v.list(list.map(c => v.label(c).toLowerCase()))
  let values = { helped: words(helped), hurt: words(hurt) }
  let { m } = v
  return fill(helped.length ? (hurt.length ? m.whyBoth : m.whyHelped) : hurt.length ? m.whyHurt : m.whyNone, values)
}

/** Match and band in words: "82% match · Strong fit". */
export function matchText(v: View, match: number): string {
  return `${fill(v.m.match, { percent: v.f.percent(match) })} · ${v.m.bands[fitBand(match)]}`
}

/** A recommended role: match, why, what it is and its sourced figures. */
export function RoleCard({ v, ranked }: { v: View; ranked: RankedRole }) {
  let role = v.role(ranked.id)
  return (
    <article class="r-card" aria-labelledby={`${v.id}${role.id}`}>
      <h3 id={`${v.id}${role.id}`}>{role.title}</h3>
      <p class="r-match">{matchText(v, ranked.match)}</p>
      <p>{whyText(v, ranked)}</p>
      <p>
        {role.summary}
        <Cite v={v} source={role.summarySource} />
      </p>
      <dl class="r-facts">
        {factRows(v, role, true).map(row => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>
              <Fact v={v} row={row} />
            </dd>
          </div>
        ))}
      </dl>
    </article>
  )
}
