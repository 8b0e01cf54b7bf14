import type { intro as en } from '../en/intro'

export const intro: typeof en = {
  heading: 'Quel poste de management vous correspond\u202f?',
  lead: 'Répondez à de courtes questions sur le travail qui vous plaît et sur ce que vous attendez d’un emploi. Nous comparons vos réponses à {roles} postes de management à partir de données publiées sur les compétences et les salaires.',
  length: '{count} questions, environ {minutes}\u00a0min',
  get: 'Vous découvrez le poste qui vous correspond le mieux, pourquoi, comment se situent les autres, et un lien pour partager votre résultat.',
  privacy: 'Vos réponses restent dans ce navigateur\u00a0: rien n’est envoyé nulle part.',
  start: 'Commencer le quiz',
  resume: 'Reprendre là où vous en étiez'
}
