import type { ComponentChildren } from 'preact'
import type { Answers } from '../../engine/answers'
import { explainRole, fitBand } from '../../engine/explain'
import type { RankedRole } from '../../engine/score'
import { fill } from '../../i18n/messages'
import { reasonText } from './reason-text'
import type { View } from './view'

/** The two answers that counted most for a role and the one that counted most against it, as sentences. */
export function whyTexts(v: View, ranked: RankedRole, answers: Answers): string[] {
  let reasons = explainRole(ranked, answers, v.data)
  return [...reasons.for.slice(0, 2), ...reasons.against.slice(0, 1)].map(r => reasonText(v, r))
}

/** Match and band in words: "82% match · Strong fit". */
export function matchText(v: View, match: number): string {
  return `${fill(v.m.match, { percent: v.f.percent(match) })} · ${v.m.bands[fitBand(match)]}`
}

/**
 * A recommended role: its match, why, and what the site owner offers for it (`children`: the call to action).
 * Alone it is labelled by the screen's heading (`labelledBy`), which already names it; in a toss-up each card has its own.
 */
export function RoleCard({ v, ranked, answers, labelledBy, children }: {
  v: View; ranked: RankedRole; answers: Answers; labelledBy?: string; children?: ComponentChildren
}) {
  let role = v.role(ranked.id)
  let id = `${v.id}${role.id}`
  // The two that counted most, so the answer, its reasons, the call to action and Share fit one phone screen.
  let why = whyTexts(v, ranked, answers).slice(0, 2)
  return (
    <article class="r-card" aria-labelledby={labelledBy ?? id}>
      {!labelledBy && <h3 id={id}>{role.title}</h3>}
      <p class="r-match">{matchText(v, ranked.match)}</p>
      {why.length ? <ul class="r-why">{why.map(text => <li key={text}>{text}</li>)}</ul> : <p>{v.m.whyNone}</p>}
      {children}
    </article>
  )
}
