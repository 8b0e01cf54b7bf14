import type { Answers } from '../../engine/answers'
import { explainRole, fitBand } from '../../engine/explain'
import type { RankedRole } from '../../engine/score'
import { fill } from '../../i18n/messages'
import { Cite, Fact } from './footnotes'
import { reasonText } from './reason-text'
import { factRows, type View } from './view'

/** The two answers that counted most for a role and the one that counted most against it, as sentences. */
export function whyTexts(v: View, ranked: RankedRole, answers: Answers): string[] {
  let reasons = explainRole(ranked, answers, v.data)
  return [...reasons.for.slice(0, 2), ...reasons.against.slice(0, 1)].map(r => reasonText(v, r))
}

/** Match and band in words: "82% match · Strong fit". */
export function matchText(v: View, match: number): string {
  return `${fill(v.m.match, { percent: v.f.percent(match) })} · ${v.m.bands[fitBand(match)]}`
}

/** A recommended role: match, why, what it is and its sourced figures. */
export function RoleCard({ v, ranked, answers }: { v: View; ranked: RankedRole; answers: Answers }) {
  let role = v.role(ranked.id)
  let why = whyTexts(v, ranked, answers)
  return (
    <article class="r-card" aria-labelledby={`${v.id}${role.id}`}>
      <h3 id={`${v.id}${role.id}`}>{role.title}</h3>
      <p class="r-match">{matchText(v, ranked.match)}</p>
      {why.length ? <ul class="r-why">{why.map(text => <li key={text}>{text}</li>)}</ul> : <p>{v.m.whyNone}</p>}
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
