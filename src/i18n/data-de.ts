import type { DataStrings } from './localize-data'

// German texts of the default data, keyed by the ids in data/*.json. The roles are
// named by their field ("Produktmanagement"), which German job titles would gender.

export const dataDe: DataStrings = {
  roles: {
    'client-program-manager': {
      title: 'Kundenprogrammmanagement',
      summary: 'Stimmt mit internen Teams die Pläne der Kunden ab, etwa Lieferpläne, Abnahmebedingungen und Meilensteine des Programms; setzt Kundenprojekte von der Initiierung bis zum Abschluss um, liefert sie aus und verfolgt sie; baut durch genaue und rechtzeitige Kommunikation belastbare Kundenbeziehungen auf; und bewertet die Risiken von Kundenprojekten, um Notfallpläne vorzubereiten.',
      facts: { bestPayingIndustry: { value: 'Finanzen' } },
      skills: {
        percentages: [
          { term: 'Projektmanagement' },
          { term: 'Kundenkontakt' },
          { term: 'Programmmanagement' },
          { term: 'Kassensysteme (POS)' },
          { term: 'Kundenbeziehungen' },
          { term: 'Kundenzufriedenheit' }
        ]
      }
    },
    'lead-program-manager': {
      title: 'Leitendes Programmmanagement',
      summary: 'Koordiniert Abteilungsprojekte, damit Programme den Unternehmensrichtlinien folgen und langfristige Ziele erreichen; erstellt Geschäftspläne und steuert die Verteilung des Budgets auf die Abteilungen; stimmt sich mit Kunden über den Fortschritt ab und passt die Programmpläne an; führt das Team durch Probleme und Verzögerungen in Projekten.',
      facts: { bestPayingIndustry: { value: 'Technologie' } },
      skills: {
        percentages: [
          { term: 'Projektmanagement' },
          { term: 'Programmmanagement' },
          { term: 'Portfolio' },
          { term: 'Infrastruktur' },
          { term: 'Lebenszyklusmanagement' },
          { term: 'Kontinuierliche Verbesserung' }
        ]
      }
    },
    'product-manager': {
      title: 'Produktmanagement',
      summary: 'Kümmert sich um die Produkte des Unternehmens und ihren Erfolg: entscheidet, was entwickelt und auf den Markt gebracht wird und warum, erforscht den Markt und den Bedarf der Kunden und entwickelt bestehende Produkte und Produktlinien über ihren gesamten Lebenszyklus weiter.',
      facts: { salary: { note: 'Zahlen von Glassdoor, wie von der Quelle zitiert.' } }
    },
    'program-manager': {
      title: 'Programmmanagement',
      summary: 'Überblickt und koordiniert zusammengehörige Produkte, Projekte und strategische Initiativen (ein Programm) und hält Zusammenarbeit und Kommunikation zwischen Projektteams, Abteilungen und Produktteams am Laufen, damit jedes Team bekommt, was es braucht.',
      facts: { salary: { note: 'Zahlen von Glassdoor, wie von der Quelle zitiert.' } }
    },
    'project-manager': {
      title: 'Projektmanagement',
      summary: 'Eine handlungsorientierte Rolle, die für die Umsetzung verantwortlich ist: konzentriert sich auf Zeitplan, Budget und Ergebnisse eines Projekts, oft als Scrum Master in der agilen Entwicklung, und arbeitet mit dem Produktmanagement am Projektplan und mit dem Programmmanagement an Abhängigkeiten.',
      facts: { salary: { note: 'Zahlen von Glassdoor, wie von der Quelle zitiert.' } }
    }
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
    'client-facing': { label: 'Arbeit mit Kunden', low: 'Vor allem interne Teams', high: 'Vor allem Kunden' },
    strategy: { label: 'Strategie vor Umsetzung', low: 'Praktische Umsetzung', high: 'Strategie festlegen' },
    breadth: {
      label: 'Viele Projekte gleichzeitig',
      low: 'Ein Projekt nach dem anderen',
      high: 'Viele zusammengehörige Projekte gleichzeitig'
    },
    'product-focus': {
      label: 'Ein Produkt über seine Lebensdauer betreuen',
      low: 'Projekte mit Enddatum',
      high: 'Ein Produkt über seine gesamte Lebensdauer'
    },
    'cross-department': {
      label: 'Abteilungsübergreifend führen',
      low: 'Innerhalb eines Teams',
      high: 'Über Abteilungen und Portfolios hinweg'
    },
    finance: { label: 'Finanzbranche', low: 'Nicht im Finanzbereich', high: 'Finanzen' },
    technology: { label: 'Technologiebranche', low: 'Nicht in der Technologie', high: 'Technologie' }
  },
  questions: {
    'work-with': {
      text: 'Mit wem würden Sie an den meisten Tagen am liebsten arbeiten?',
      options: {
        internal: 'Vor allem mit internen Teams',
        'internal-some-clients': 'Mit internen Teams und einigen Kunden',
        even: 'Mit beiden gleichermaßen',
        'clients-some-internal': 'Mit Kunden und einigen internen Teams',
        clients: 'Vor allem mit Kunden'
      }
    },
    direction: {
      text: 'Geben Sie lieber die Richtung vor, oder setzen Sie lieber um?',
      options: {
        execution: 'Umsetzen: praktisch anpacken',
        'mostly-execution': 'Vor allem umsetzen, etwas planen',
        balance: 'Beides ausgewogen',
        'mostly-strategy': 'Vor allem Strategie, etwas Umsetzung',
        strategy: 'Die Richtung vorgeben: Strategie und langfristige Ziele'
      }
    },
    scope: {
      text: 'Wofür wären Sie am liebsten verantwortlich?',
      options: {
        'one-project': 'Für ein Projekt nach dem anderen, von Anfang bis Ende',
        'many-projects': 'Für mehrere zusammengehörige Projekte gleichzeitig',
        product: 'Für ein Produkt über seine gesamte Lebensdauer'
      }
    },
    'plan-projects': {
      text: 'Wie gern würden Sie Zeitplan, Budget und Ergebnisse eines Projekts planen und es dann zu Ende führen?'
    },
    'coordinate-projects': {
      text: 'Wie gern würden Sie mehrere zusammengehörige Projekte im Gleichschritt halten und klären, was wovon abhängt?'
    },
    'client-contact': { text: 'Wie gern würden Sie direkt mit Kunden arbeiten und dafür sorgen, dass sie zufrieden sind?' },
    'point-of-sale': { text: 'Wie gern würden Sie mit Kassen- und Zahlungssystemen im Handel (POS-Systemen) arbeiten?' },
    'allocate-budgets': {
      text: 'Wie gern würden Sie entscheiden, wie Budget und Personal auf viele Initiativen verteilt werden?'
    },
    infrastructure: { text: 'Wie gern würden Sie an technischen Plattformen, Systemen und Cloud-Infrastruktur arbeiten?' },
    lifecycle: { text: 'Wie gern würden Sie etwas durch jede Phase begleiten, von der Einführung bis zur Ablösung?' },
    'improve-processes': { text: 'Wie gern würden Sie Kennzahlen verfolgen und Wege finden, damit Dinge besser funktionieren?' },
    'customer-needs': {
      text: 'Wie gern würden Sie erforschen, was Kunden brauchen, und entscheiden, was als Nächstes entwickelt wird?'
    },
    'lead-present': { text: 'Wie gern würden Sie ein Team führen und der Geschäftsleitung den Fortschritt präsentieren?' },
    'manage-risks': { text: 'Wie gern würden Sie Risiken früh erkennen, sich darauf vorbereiten und Konflikte lösen?' },
    'cross-department': {
      text: 'Wie gern würden Sie Arbeit leiten, die sich über mehrere Abteilungen erstreckt?',
      options: {
        none: 'Gar nicht: Ich bleibe lieber in einem Team',
        little: 'Ein wenig',
        some: 'Einigermaßen',
        quite: 'Ziemlich gern',
        very: 'Sehr gern: ganze Abteilungen und Portfolios'
      }
    },
    industry: {
      text: 'Welche Branche reizt Sie am meisten?',
      options: { finance: 'Finanzen', technology: 'Technologie', other: 'Eine andere' }
    },
    salary: {
      text: 'Welches Jahresgehalt streben Sie an?',
      options: {
        'under-70k': 'Unter 70.000\u00a0$',
        '70-90k': '70.000 bis 90.000\u00a0$',
        '90-110k': '90.000 bis 110.000\u00a0$',
        '110-130k': '110.000 bis 130.000\u00a0$',
        'over-130k': 'Über 130.000\u00a0$'
      }
    },
    'salary-importance': {
      text: 'Wie wichtig ist Ihnen das Gehalt bei Ihrer Wahl?',
      options: {
        'not-at-all': 'Gar nicht',
        'a-little': 'Ein wenig',
        somewhat: 'Einigermaßen',
        'a-lot': 'Sehr',
        most: 'Mehr als alles andere'
      }
    }
  },
  scale: { avoid: 'Lieber nicht', little: 'Eher nicht', neutral: 'Geht so', enjoy: 'Gern', love: 'Sehr gern' }
}
