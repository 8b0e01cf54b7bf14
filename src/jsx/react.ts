// `import type {} from 'career-fit/jsx-react'` types <career-fit-quiz> in React 19 JSX.
// A file of its own, so apps without React never load a declaration about it.
import type * as React from 'react'
import type { CareerFitQuizAttributes } from './attributes'

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'career-fit-quiz': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> & CareerFitQuizAttributes
    }
  }
}

export type { CareerFitQuizAttributes }
