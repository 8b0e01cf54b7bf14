import type { common as en } from '../en/common'

export const common: typeof en = {
  back: 'Retour',
  next: 'Suivant',
  startOver: 'Recommencer',
  errorHeading: 'Nous n’avons pas pu établir votre résultat',
  errorText: 'Quelque chose ne colle pas dans les données du quiz ou dans vos réponses. Recommencez pour réessayer.',
  topMatch: 'Le poste qui vous correspond le mieux\u00a0: {role}, {match}'
}
