import type { ComponentChildren, RefObject } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { whenIdle } from '../idle'

/**
 * A results section folded away under its heading (native `<details>`, closed
 * by default): the summary holds the heading, so heading navigation still finds it.
 * Its content (`children`, a function) is built when the section first opens or in
 * idle time after the results are painted, whichever comes first: a closed section's
 * content takes no space, so building it later shifts nothing.
 *
 * ```tsx
 * <Disclosure id={`${v.id}ch`} title={m.chart}>{() => <SalaryChart … />}</Disclosure>
 * ```
 */
export function Disclosure({ id, title, children }: { id: string; title: string; children: () => ComponentChildren }) {
  let [built, setBuilt] = useState(false)
  let build = () => setBuilt(true)
  // Effects run after the paint, so the idle time is the time after it.
  useEffect(() => whenIdle(build), [])
  return (
    <details class="r-more" aria-labelledby={id} onToggle={build}>
      <summary>
        <h3 id={id}>{title}</h3>
      </summary>
      {built && children()}
    </details>
  )
}

/** Opens every closed disclosure under `ref` while the page prints, and closes them again after. */
export function usePrintOpen(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = []
    let open = () => {
      opened = [...ref.current!.querySelectorAll<HTMLDetailsElement>('details:not([open])')]
      for (let details of opened) {
        details.open = true
        // The browser's toggle event comes after the page is printed: build the content now.
        details.dispatchEvent(new Event('toggle'))
      }
    }
    let close = () => {
      for (let details of opened) details.open = false
    }
    addEventListener('beforeprint', open)
    addEventListener('afterprint', close)
    return () => {
      removeEventListener('beforeprint', open)
      removeEventListener('afterprint', close)
    }
  }, [])
}
