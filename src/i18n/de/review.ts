import type { review as en } from '../en/review'

export const review: typeof en = {
  heading: 'Antworten prüfen',
  lead: 'Ändern Sie Ihre Antworten bei Bedarf, bevor Sie Ihr Ergebnis sehen.',
  skipped: 'Übersprungen',
  change: 'Ändern',
  changeLabel: 'Antwort ändern auf: {question}',
  finish: 'Meine Ergebnisse ansehen'
}
