import type { question as en } from '../en/question'

export const question: typeof en = {
  placeholder: 'question'
}
