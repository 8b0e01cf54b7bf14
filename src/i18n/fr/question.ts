import type { question as en } from '../en/question'

export const question: typeof en = {
  progress: 'Question {n} sur {total}',
  skip: 'Je ne sais pas / passer',
  missing: 'Choisissez une réponse ou «\u00a0Je ne sais pas / passer\u00a0» pour continuer'
}
