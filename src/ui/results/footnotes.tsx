import { fill } from '../../i18n/messages'
import type { FactRow, View } from './view'

/** The number of the source a figure comes from, as listed under "Method and sources". */
export function Cite({ v, source }: { v: View; source: string | undefined }) {
  let n = v.data.sources.findIndex(s => s.id === source) + 1
  return n ? <sup aria-label={fill(v.m.cite, { n })}>{n}</sup> : null
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
        {v.data.sources.map(s => (
          <li key={s.id}>
            “{s.title}”, {[s.author, s.publisher, s.year].filter(Boolean).join(', ') || v.m.noPublisher}.
          </li>
        ))}
      </ol>
    </>
  )
}
