import type { common as en } from '../en/common'

export const common: typeof en = {
  back: 'Zurück',
  next: 'Weiter',
  startOver: 'Neu beginnen',
  errorHeading: 'Wir konnten Ihr Ergebnis nicht ermitteln',
  errorText: 'In den Quizdaten oder Ihren Antworten passt etwas nicht zusammen. Beginnen Sie neu, um es noch einmal zu versuchen.',
  topMatch: 'Das passt am besten zu Ihnen: {role}, {match}'
}
