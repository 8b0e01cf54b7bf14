import type { intro as en } from '../en/intro'

export const intro: typeof en = {
  heading: 'Welche Managementrolle passt zu Ihnen?',
  lead: 'Beantworten Sie kurze Fragen dazu, welche Arbeit Ihnen Freude macht und was Sie von einer Stelle erwarten. Wir vergleichen Ihre Antworten mit {roles} Managementrollen – auf Grundlage veröffentlichter Daten zu Kompetenzen und Gehältern.',
  length: '{count} Fragen, etwa {minutes} Min.',
  get: 'Sie erfahren, welche Rolle am besten zu Ihnen passt, warum, wie die anderen abschneiden – und erhalten einen Link, um Ihr Ergebnis zu teilen.',
  privacy: 'Ihre Antworten bleiben in diesem Browser: Es wird nichts gesendet.',
  start: 'Quiz starten',
  resume: 'Dort weitermachen, wo Sie aufgehört haben'
}
