import type { embed as en } from '../en/embed'

export const embed: typeof en = {
  invalid: 'Career Fit n’a pas pu démarrer\u00a0: les données du quiz ne sont pas valides.',
  restarted: 'Les questions ont changé\u00a0: le quiz recommence depuis le début.',
  cta: 'Voir les offres de {title}',
  unavailable: 'Career Fit n’a pas pu démarrer\u00a0: un fichier nécessaire n’a pas pu être chargé.',
  launcher: 'Faire le quiz carrière',
  close: 'Fermer'
}
