import type { embed as en } from '../en/embed'

export const embed: typeof en = {
  invalid: 'Career Fit konnte nicht starten: Die Quizdaten sind ungültig.',
  restarted: 'Die Fragen haben sich geändert, daher beginnt das Quiz von vorn.',
  cta: 'Stellen im Bereich {title} finden',
  unavailable: 'Career Fit konnte nicht starten: Eine benötigte Datei wurde nicht geladen.',
  launcher: 'Karriere-Quiz starten',
  close: 'Schließen'
}
