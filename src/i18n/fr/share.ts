import type { share as en } from '../en/share'

export const share: typeof en = {
  heading: 'Partagez votre résultat',
  text: 'Le poste qui me correspond le mieux\u00a0: {role} ({match})',
  link: 'Lien vers votre résultat',
  native: 'Partager',
  copy: 'Copier le lien',
  copied: 'Lien copié',
  copyByHand: 'Lien sélectionné\u00a0: appuyez sur Ctrl+C ou ⌘C pour le copier',
  newTab: '(s’ouvre dans un nouvel onglet)',
  title: 'Career Fit',
  invalid: 'Ce lien partagé est incomplet ou provient d’une autre version du quiz\u00a0: son résultat ne peut pas être affiché.'
}
