import type { review as en } from '../en/review'

export const review: typeof en = {
  heading: 'Vérifiez vos réponses',
  lead: 'Modifiez une réponse si besoin avant de voir votre résultat.',
  skipped: 'Passée',
  change: 'Modifier',
  changeLabel: 'Modifier votre réponse à\u00a0: {question}',
  finish: 'Voir mes résultats'
}
