import type { ComponentChildren } from 'preact'
import { explainRole, fitBand } from '../../engine/explain'
import type { RankedRole } from '../../engine/score'
import { fill } from '../../i18n/messages'
import type { View } from './view'

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

/**
 * A recommended role: its match, why, and what the site owner offers for it (`children`: the call to action).
 * Alone it is labelled by the screen's heading (`labelledBy`), which already names it; in a toss-up each card has its own.
 */
export function RoleCard({ v, ranked, labelledBy, children }: { v: View; ranked: RankedRole; labelledBy?: string; children?: ComponentChildren }) {
  let role = v.role(ranked.id)
  let id = `${v.id}${role.id}`
  return (
    <article class="r-card" aria-labelledby={labelledBy ?? id}>
      {!labelledBy && <h3 id={id}>{role.title}</h3>}
      <p class="r-match">{matchText(v, ranked.match)}</p>
      <p>{whyText(v, ranked)}</p>
      {children}
    </article>
  )
}
