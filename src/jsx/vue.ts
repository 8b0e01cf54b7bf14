// `import type {} from 'career-fit/jsx-vue'` types <career-fit-quiz> in Vue templates and JSX
// (tell Vue's compiler it is a custom element: `isCustomElement: tag => tag === 'career-fit-quiz'`).
import type { HTMLAttributes } from 'vue'
import type { CareerFitQuizAttributes } from './attributes'

declare module 'vue' {
  interface IntrinsicElementAttributes {
    'career-fit-quiz': HTMLAttributes & CareerFitQuizAttributes
  }
}

export type { CareerFitQuizAttributes }
