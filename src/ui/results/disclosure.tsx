import type { ComponentChildren, RefObject } from 'preact'
import { useEffect } from 'preact/hooks'

/**
 * A results section folded away under its heading (native `<details>`, closed
 * by default): the summary holds the heading, so heading navigation still finds it.
 *
 * ```tsx
 * <Disclosure id={`${v.id}ch`} title={m.chart}><SalaryChart … /></Disclosure>
 * ```
 */
export function Disclosure({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <details class="r-more" aria-labelledby={id}>
      <summary>
        <h3 id={id}>{title}</h3>
      </summary>
      {children}
    </details>
  )
}

/** Opens every closed disclosure under `ref` while the page prints, and closes them again after. */
export function usePrintOpen(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = []
    let open = () => {
      opened = [...ref.current!.querySelectorAll<HTMLDetailsElement>('details:not([open])')]
      for (let details of opened) details.open = true
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
