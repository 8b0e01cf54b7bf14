import type { DataStrings } from './localize-data'

// French texts of the default data, keyed by the ids in data/*.json.

export const dataFr: DataStrings = {
  roles: {
    'client-program-manager': {
      title: 'Responsable de programmes clients',
      summary: 'Coordonne avec les équipes internes les plans des clients, comme les calendriers de livraison, les conditions de réception et les jalons du programme\u00a0; exécute, livre et suit les projets des clients du lancement à la clôture\u00a0; noue des relations solides avec les clients grâce à une communication précise et ponctuelle\u00a0; et évalue les risques des projets clients pour prévoir des plans de secours.',
      facts: { bestPayingIndustry: { value: 'Finance' } },
      skills: {
        percentages: [
          { term: 'Gestion de projet' },
          { term: 'Contact client' },
          { term: 'Gestion de programmes' },
          { term: 'Point de vente (PDV)' },
          { term: 'Relation client' },
          { term: 'Satisfaction client' }
        ]
      }
    },
    'lead-program-manager': {
      title: 'Responsable principal de programmes',
      summary: 'Coordonne les projets des services pour que les programmes respectent les orientations de l’entreprise et atteignent leurs objectifs à long terme\u00a0; élabore des plans d’affaires et gère la répartition du budget entre les services\u00a0; fait le point avec les clients sur l’avancement et ajuste les plans du programme\u00a0; guide l’équipe face aux problèmes et aux retards des projets.',
      facts: { bestPayingIndustry: { value: 'Technologie' } },
      skills: {
        percentages: [
          { term: 'Gestion de projet' },
          { term: 'Gestion de programmes' },
          { term: 'Portefeuille' },
          { term: 'Infrastructure' },
          { term: 'Gestion du cycle de vie' },
          { term: 'Amélioration continue' }
        ]
      }
    },
    'product-manager': {
      title: 'Chef de produit',
      summary: 'Se consacre aux produits de l’entreprise et à leur succès\u00a0: décide quoi concevoir et lancer, et pourquoi, étudie le marché et les besoins des clients, et fait progresser les produits et gammes existants tout au long de leur cycle de vie.',
      facts: { salary: { note: 'Chiffres de Glassdoor, tels que cités par la source.' } }
    },
    'program-manager': {
      title: 'Responsable de programmes',
      summary: 'Supervise et coordonne des produits, projets et initiatives stratégiques liés (un programme), et entretient la collaboration et la communication entre les équipes projet, les services et les équipes produit pour que chaque équipe ait ce dont elle a besoin.',
      facts: { salary: { note: 'Chiffres de Glassdoor, tels que cités par la source.' } }
    },
    'project-manager': {
      title: 'Chef de projet',
      summary: 'Un poste tourné vers l’action et responsable de l’exécution\u00a0: se concentre sur le calendrier, le budget et les livrables d’un projet, souvent comme Scrum Master en développement agile, et travaille avec le chef de produit sur le plan du projet et avec le responsable de programmes sur les dépendances.',
      facts: { salary: { note: 'Chiffres de Glassdoor, tels que cités par la source.' } }
    }
  },
  skills: {
    'project-management': 'Gestion de projet',
    'program-management': 'Gestion de programmes',
    'client-relations': 'Relation client',
    'point-of-sale': 'Systèmes de point de vente',
    'portfolio-budgeting': 'Portefeuilles et budgets',
    infrastructure: 'Infrastructure technique',
    'lifecycle-management': 'Gestion du cycle de vie',
    'continuous-improvement': 'Amélioration continue',
    'product-strategy': 'Stratégie produit',
    'leadership-communication': 'Leadership et communication',
    'risk-management': 'Gestion des risques et des conflits'
  },
  preferences: {
    'client-facing': {
      label: 'Travail au contact des clients',
      low: 'Surtout des équipes internes',
      high: 'Surtout des clients'
    },
    strategy: { label: 'Stratégie plutôt qu’exécution', low: 'Exécution concrète', high: 'Définir la stratégie' },
    breadth: {
      label: 'Plusieurs projets à la fois',
      low: 'Un projet à la fois',
      high: 'Plusieurs projets liés à la fois'
    },
    'product-focus': {
      label: 'Un produit sur toute sa durée de vie',
      low: 'Des projets avec une date de fin',
      high: 'Un produit sur toute sa durée de vie'
    },
    'cross-department': {
      label: 'Piloter entre plusieurs services',
      low: 'Au sein d’une équipe',
      high: 'Entre services et portefeuilles'
    },
    finance: { label: 'Secteur financier', low: 'Hors finance', high: 'Finance' },
    technology: { label: 'Secteur technologique', low: 'Hors technologie', high: 'Technologie' }
  },
  questions: {
    'work-with': {
      text: 'Avec qui préféreriez-vous travailler la plupart du temps\u202f?',
      options: {
        internal: 'Surtout avec des équipes internes',
        'internal-some-clients': 'Avec des équipes internes, et quelques clients',
        even: 'Un mélange équilibré des deux',
        'clients-some-internal': 'Avec des clients, et quelques équipes internes',
        clients: 'Surtout avec des clients'
      }
    },
    direction: {
      text: 'Préférez-vous fixer le cap ou faire avancer les choses\u202f?',
      options: {
        execution: 'Faire avancer les choses\u00a0: l’exécution concrète',
        'mostly-execution': 'Surtout l’exécution, un peu de planification',
        balance: 'Un juste équilibre',
        'mostly-strategy': 'Surtout la stratégie, un peu d’exécution',
        strategy: 'Fixer le cap\u00a0: la stratégie et les objectifs à long terme'
      }
    },
    scope: {
      text: 'De quoi aimeriez-vous surtout être responsable\u202f?',
      options: {
        'one-project': 'D’un projet à la fois, du début à la fin',
        'many-projects': 'De plusieurs projets liés à la fois',
        product: 'D’un produit sur toute sa durée de vie'
      }
    },
    'plan-projects': {
      text: 'Aimeriez-vous planifier le calendrier, le budget et les livrables d’un projet, puis le mener à bien\u202f?'
    },
    'coordinate-projects': {
      text: 'Aimeriez-vous faire avancer de concert plusieurs projets liés et démêler ce qui dépend de quoi\u202f?'
    },
    'client-contact': { text: 'Aimeriez-vous travailler directement avec des clients et veiller à leur satisfaction\u202f?' },
    'point-of-sale': {
      text: 'Aimeriez-vous travailler sur des systèmes d’encaissement et de paiement en magasin (points de vente)\u202f?'
    },
    'allocate-budgets': {
      text: 'Aimeriez-vous décider comment le budget et les personnes se répartissent entre de nombreuses initiatives\u202f?'
    },
    infrastructure: {
      text: 'Aimeriez-vous travailler sur des plateformes techniques, des systèmes et une infrastructure cloud\u202f?'
    },
    lifecycle: { text: 'Aimeriez-vous accompagner quelque chose à chaque étape, du lancement jusqu’au retrait\u202f?' },
    'improve-processes': {
      text: 'Aimeriez-vous suivre des indicateurs et trouver comment faire mieux fonctionner les choses\u202f?'
    },
    'customer-needs': {
      text: 'Aimeriez-vous étudier les besoins des clients et décider de ce qu’il faut concevoir ensuite\u202f?'
    },
    'lead-present': { text: 'Aimeriez-vous diriger une équipe et présenter l’avancement à la direction\u202f?' },
    'manage-risks': { text: 'Aimeriez-vous repérer les risques tôt, vous y préparer et régler les conflits\u202f?' },
    'cross-department': {
      text: 'Dans quelle mesure aimeriez-vous piloter un travail qui s’étend sur plusieurs services\u202f?',
      options: {
        none: 'Pas du tout\u00a0: je préfère rester dans une seule équipe',
        little: 'Un peu',
        some: 'Moyennement',
        quite: 'Beaucoup',
        very: 'Énormément\u00a0: des services et des portefeuilles entiers'
      }
    },
    industry: {
      text: 'Quel secteur vous attire le plus\u202f?',
      options: { finance: 'La finance', technology: 'La technologie', other: 'Un autre secteur' }
    },
    salary: {
      text: 'Quel salaire annuel visez-vous\u202f?',
      options: {
        'under-70k': 'Moins de 70\u202f000\u00a0$US',
        '70-90k': 'De 70\u202f000 à 90\u202f000\u00a0$US',
        '90-110k': 'De 90\u202f000 à 110\u202f000\u00a0$US',
        '110-130k': 'De 110\u202f000 à 130\u202f000\u00a0$US',
        'over-130k': 'Plus de 130\u202f000\u00a0$US'
      }
    },
    'salary-importance': {
      text: 'Quelle place le salaire tient-il dans votre choix\u202f?',
      options: {
        'not-at-all': 'Aucune',
        'a-little': 'Une petite place',
        somewhat: 'Une place moyenne',
        'a-lot': 'Une grande place',
        most: 'C’est ce qui compte le plus'
      }
    }
  },
  scale: {
    avoid: 'Je l’éviterais',
    little: 'Pas vraiment',
    neutral: 'Pourquoi pas',
    enjoy: 'Ça me plairait',
    love: 'J’adorerais'
  }
}
