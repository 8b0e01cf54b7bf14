import { useId } from 'preact/hooks'

export interface ProgressProps {
  /** 1-based number of the current question. */
  n: number
  total: number
  /** Visible text, also the progress bar's name: "Question 3 of 18". */
  label: string
}

/**
 * How far through the quiz the visitor is, as text and as a progress bar.
 *
 * ```tsx
 * <Progress n={3} total={18} label="Question 3 of 18" />
 * ```
 */
export function Progress({ n, total, label }: ProgressProps) {
  let id = useId()
  return (
    <div class="progress" part="progress">
      <p id={id}>{label}</p>
      <progress value={n} max={total} aria-labelledby={id} />
    </div>
  )
}
