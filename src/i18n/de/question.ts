import type { question as en } from '../en/question'

export const question: typeof en = {
  progress: 'Frage {n} von {total}',
  skip: 'Weiß nicht / überspringen',
  missing: 'Wählen Sie eine Antwort oder „Weiß nicht / überspringen“, um fortzufahren'
}
