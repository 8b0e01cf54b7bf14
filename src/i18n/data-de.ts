import type { DataStrings } from './localize-data'

// German texts of the default data, keyed by the ids in data/*.json. The roles are
// named by their field ("Produktmanagement"), which German job titles would gender.
const SCALE = { avoid: 'Lieber nicht', little: 'Eher nicht', neutral: 'Geht so', enjoy: 'Gern', love: 'Sehr gern' }

export const dataDe: DataStrings = {
  roles: {
    'client-program-manager': [
      'Kundenprogrammmanagement',
      'Stimmt mit internen Teams die Pläne der Kunden ab, etwa Lieferpläne, Abnahmebedingungen und Meilensteine des Programms; setzt Kundenprojekte von der Initiierung bis zum Abschluss um, liefert sie aus und verfolgt sie; baut durch genaue und rechtzeitige Kommunikation belastbare Kundenbeziehungen auf; und bewertet die Risiken von Kundenprojekten, um Notfallpläne vorzubereiten.'
    ],
    'lead-program-manager': [
      'Leitendes Programmmanagement',
      'Koordiniert Abteilungsprojekte, damit Programme den Unternehmensrichtlinien folgen und langfristige Ziele erreichen; erstellt Geschäftspläne und steuert die Verteilung des Budgets auf die Abteilungen; stimmt sich mit Kunden über den Fortschritt ab und passt die Programmpläne an; führt das Team durch Probleme und Verzögerungen in Projekten.'
    ],
    'product-manager': [
      'Produktmanagement',
      'Kümmert sich um die Produkte des Unternehmens und ihren Erfolg: entscheidet, was entwickelt und auf den Markt gebracht wird und warum, erforscht den Markt und den Bedarf der Kunden und entwickelt bestehende Produkte und Produktlinien über ihren gesamten Lebenszyklus weiter.'
    ],
    'program-manager': [
      'Programmmanagement',
      'Überblickt und koordiniert zusammengehörige Produkte, Projekte und strategische Initiativen (ein Programm) und hält Zusammenarbeit und Kommunikation zwischen Projektteams, Abteilungen und Produktteams am Laufen, damit jedes Team bekommt, was es braucht.'
    ],
    'project-manager': [
      'Projektmanagement',
      'Eine handlungsorientierte Rolle, die für die Umsetzung verantwortlich ist: konzentriert sich auf Zeitplan, Budget und Ergebnisse eines Projekts, oft als Scrum Master in der agilen Entwicklung, und arbeitet mit dem Produktmanagement am Projektplan und mit dem Programmmanagement an Abhängigkeiten.'
    ]
  },
  skills: {
    'project-management': 'Projektplanung und -steuerung',
    'program-management': 'Programmsteuerung',
    'client-relations': 'Kundenbeziehungen',
    'point-of-sale': 'Kassen- und Zahlungssysteme',
    'portfolio-budgeting': 'Portfolios und Budgets',
    infrastructure: 'Technische Infrastruktur',
    'lifecycle-management': 'Lebenszyklusmanagement',
    'continuous-improvement': 'Kontinuierliche Verbesserung',
    'product-strategy': 'Produktstrategie',
    'leadership-communication': 'Führung und Kommunikation',
    'risk-management': 'Risiko- und Konfliktmanagement'
  },
  preferences: {
    'client-facing': ['Arbeit mit Kunden', 'Vor allem interne Teams', 'Vor allem Kunden'],
    strategy: ['Strategie vor Umsetzung', 'Praktische Umsetzung', 'Strategie festlegen'],
    breadth: ['Viele Projekte gleichzeitig', 'Ein Projekt nach dem anderen', 'Viele zusammengehörige Projekte gleichzeitig'],
    'product-focus': ['Ein Produkt über seine Lebensdauer betreuen', 'Projekte mit Enddatum', 'Ein Produkt über seine gesamte Lebensdauer'],
    'cross-department': ['Abteilungsübergreifend führen', 'Innerhalb eines Teams', 'Über Abteilungen und Portfolios hinweg'],
    finance: ['Finanzbranche', 'Nicht im Finanzbereich', 'Finanzen'],
    technology: ['Technologiebranche', 'Nicht in der Technologie', 'Technologie']
  },
  scale: SCALE,
  questions: {
    'work-with': ['Mit wem würden Sie an den meisten Tagen am liebsten arbeiten?', {
      internal: 'Vor allem mit internen Teams',
      'internal-some-clients': 'Mit internen Teams und einigen Kunden',
      even: 'Mit beiden gleichermaßen',
      'clients-some-internal': 'Mit Kunden und einigen internen Teams',
      clients: 'Vor allem mit Kunden'
    }],
    direction: ['Geben Sie lieber die Richtung vor, oder setzen Sie lieber um?', {
      execution: 'Umsetzen: praktisch anpacken',
      'mostly-execution': 'Vor allem umsetzen, etwas planen',
      balance: 'Beides ausgewogen',
      'mostly-strategy': 'Vor allem Strategie, etwas Umsetzung',
      strategy: 'Die Richtung vorgeben: Strategie und langfristige Ziele'
    }],
    scope: ['Wofür wären Sie am liebsten verantwortlich?', {
      'one-project': 'Für ein Projekt nach dem anderen, von Anfang bis Ende',
      'many-projects': 'Für mehrere zusammengehörige Projekte gleichzeitig',
      product: 'Für ein Produkt über seine gesamte Lebensdauer'
    }],
    'plan-projects': ['Wie gern würden Sie Zeitplan, Budget und Ergebnisse eines Projekts planen und es dann zu Ende führen?'],
    'coordinate-projects': ['Wie gern würden Sie mehrere zusammengehörige Projekte im Gleichschritt halten und klären, was wovon abhängt?'],
    'client-contact': ['Wie gern würden Sie direkt mit Kunden arbeiten und dafür sorgen, dass sie zufrieden sind?'],
    'point-of-sale': ['Wie gern würden Sie mit Kassen- und Zahlungssystemen im Handel (Point of Sale) arbeiten?'],
    'allocate-budgets': ['Wie gern würden Sie entscheiden, wie Budget und Personal auf viele Initiativen verteilt werden?'],
    infrastructure: ['Wie gern würden Sie an technischen Plattformen, Systemen und Cloud-Infrastruktur arbeiten?'],
    lifecycle: ['Wie gern würden Sie etwas durch jede Phase begleiten, von der Einführung bis zur Ablösung?'],
    'improve-processes': ['Wie gern würden Sie Kennzahlen verfolgen und Wege finden, damit Dinge besser funktionieren?'],
    'customer-needs': ['Wie gern würden Sie erforschen, was Kunden brauchen, und entscheiden, was als Nächstes entwickelt wird?'],
    'lead-present': ['Wie gern würden Sie ein Team führen und der Geschäftsleitung den Fortschritt präsentieren?'],
    'manage-risks': ['Wie gern würden Sie Risiken früh erkennen, sich darauf vorbereiten und Konflikte lösen?'],
    'cross-department': ['Wie gern würden Sie Arbeit leiten, die sich über mehrere Abteilungen erstreckt?', {
      none: 'Gar nicht: Ich bleibe lieber in einem Team',
      little: 'Ein wenig',
      some: 'Einigermaßen',
      quite: 'Ziemlich gern',
      very: 'Sehr gern: ganze Abteilungen und Portfolios'
    }],
    industry: ['Welche Branche reizt Sie am meisten?', { finance: 'Finanzen', technology: 'Technologie', other: 'Eine andere' }],
    salary: ['Welches Jahresgehalt streben Sie an?', {
      'under-70k': 'Unter 70.000\u00a0$',
      '70-90k': '70.000 bis 90.000\u00a0$',
      '90-110k': '90.000 bis 110.000\u00a0$',
      '110-130k': '110.000 bis 130.000\u00a0$',
      'over-130k': 'Über 130.000\u00a0$'
    }],
    'salary-importance': ['Wie wichtig ist Ihnen das Gehalt bei Ihrer Wahl?', {
      'not-at-all': 'Gar nicht',
      'a-little': 'Ein wenig',
      somewhat: 'Einigermaßen',
      'a-lot': 'Sehr',
      most: 'Mehr als alles andere'
    }]
  },
  words: {
    Finance: 'Finanzen',
    Technology: 'Technologie',
    'Glassdoor figures, as quoted by the source.': 'Zahlen von Glassdoor, wie von der Quelle zitiert.'
  }
}
