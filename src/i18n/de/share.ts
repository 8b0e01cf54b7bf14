import type { share as en } from '../en/share'

export const share: typeof en = {
  heading: 'Ergebnis teilen',
  text: 'Diese Rolle passt am besten zu mir: {role} ({match})',
  link: 'Link zu Ihrem Ergebnis',
  native: 'Teilen',
  copy: 'Link kopieren',
  copied: 'Link kopiert',
  copyByHand: 'Link markiert: Drücken Sie Strg+C oder ⌘C, um ihn zu kopieren',
  newTab: '(öffnet in einem neuen Tab)',
  title: 'Career Fit',
  invalid: 'Dieser geteilte Link ist unvollständig oder stammt aus einer anderen Version des Quiz, daher kann sein Ergebnis nicht angezeigt werden.'
}
