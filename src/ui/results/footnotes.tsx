import { fill } from '../../i18n/messages'
import type { FactRow, View } from './view'

// In a shadow root the browser does not follow `#id` links, so move focus ourselves.
function jump(event: MouseEvent): void {
  let link = event.currentTarget as HTMLAnchorElement
  let target = (link.getRootNode() as Document | ShadowRoot).getElementById(link.hash.slice(1))
  if (target) {
    event.preventDefault()
    // The sources fold away: open them before moving there.
    target.closest('details')?.setAttribute('open', '')
    target.focus()
  }
}

/** A superscript link to the footnote naming a source. */
export function Cite({ v, source }: { v: View; source: string | undefined }) {
  let n = v.data.sources.findIndex(s => s.id === source) + 1
  if (!n) return null
  return (
    <sup>
      <a href={`#${v.id}s${n}`} aria-label={fill(v.m.cite, { n })} onClick={jump}>{n}</a>
    </sup>
  )
}

/** A figure with its footnote, or "Not given by the sources". */
export function Fact({ v, row }: { v: View; row: FactRow }) {
  if (row.value === null) return <>{v.m.notGiven}</>
  return (
    <>
      {row.value}
      <Cite v={v} source={row.source} />
      {row.note && <small class="r-note"> {row.note}</small>}
    </>
  )
}

/** The numbered list of sources every `Cite` points to. */
export function Footnotes({ v }: { v: View }) {
  return (
    <>
      <h4>{v.m.sources}</h4>
      <ol class="r-fn">
        {v.data.sources.map((s, i) => (
          <li key={s.id} id={`${v.id}s${i + 1}`} tabIndex={-1}>
            “{s.title}”, {[s.author, s.publisher, s.year].filter(Boolean).join(', ') || v.m.noPublisher}.
          </li>
        ))}
      </ol>
    </>
  )
}
