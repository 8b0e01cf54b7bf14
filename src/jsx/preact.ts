// `import type {} from 'career-fit/jsx-preact'` types <career-fit-quiz> in Preact JSX.
import type { HTMLAttributes } from 'preact'
import type { CareerFitQuizAttributes } from './attributes'

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'career-fit-quiz': HTMLAttributes<HTMLElement> & CareerFitQuizAttributes
    }
  }
}

export type { CareerFitQuizAttributes }
