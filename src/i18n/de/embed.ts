import type { embed as en } from '../en/embed'

export const embed: typeof en = {
  invalid: 'Career Fit konnte nicht starten: Die Quizdaten sind ungültig.',
  cta: 'Stellen im Bereich {title} finden'
}
