import type { DataStrings } from './localize-data'

// Spanish texts of the default data, keyed by the ids in data/*.json.

export const dataEs: DataStrings = {
  roles: {
    'client-program-manager': {
      title: 'Responsable de programas de clientes',
      summary: 'Coordina con los equipos internos los planes de los clientes, como calendarios de entregas, condiciones de aceptación e hitos del programa; ejecuta, entrega y sigue proyectos de clientes desde el inicio hasta el cierre; crea relaciones sólidas con los clientes mediante una comunicación precisa y puntual; y evalúa los riesgos de los proyectos de clientes para preparar planes de contingencia.',
      facts: { bestPayingIndustry: { value: 'Finanzas' } },
      skills: {
        percentages: [
          { term: 'Gestión de proyectos' },
          { term: 'Trato con clientes' },
          { term: 'Gestión de programas' },
          { term: 'Punto de venta (TPV)' },
          { term: 'Relaciones con clientes' },
          { term: 'Satisfacción del cliente' }
        ]
      }
    },
    'lead-program-manager': {
      title: 'Responsable principal de programas',
      summary: 'Coordina proyectos de departamentos para que los programas sigan las pautas del negocio y alcancen sus objetivos a largo plazo; elabora planes de negocio y gestiona el reparto del presupuesto entre departamentos; coordina con los clientes las actualizaciones de avance y ajusta los planes del programa; guía al equipo ante problemas y retrasos de los proyectos.',
      facts: { bestPayingIndustry: { value: 'Tecnología' } },
      skills: {
        percentages: [
          { term: 'Gestión de proyectos' },
          { term: 'Gestión de programas' },
          { term: 'Cartera' },
          { term: 'Infraestructura' },
          { term: 'Gestión del ciclo de vida' },
          { term: 'Mejora continua' }
        ]
      }
    },
    'product-manager': {
      title: 'Responsable de producto',
      summary: 'Se centra en los productos de la empresa y en su éxito: decide qué crear y lanzar y por qué, investiga el mercado y las necesidades de los clientes, y mejora los productos y las líneas de producto existentes a lo largo de su ciclo de vida.',
      facts: { salary: { note: 'Cifras de Glassdoor, tal como las cita la fuente.' } }
    },
    'program-manager': {
      title: 'Responsable de programas',
      summary: 'Supervisa y coordina productos, proyectos e iniciativas estratégicas relacionados (un programa), y mantiene la colaboración y la comunicación entre los equipos de proyecto, los departamentos y los equipos de producto para que cada equipo tenga lo que necesita.',
      facts: { salary: { note: 'Cifras de Glassdoor, tal como las cita la fuente.' } }
    },
    'project-manager': {
      title: 'Responsable de proyectos',
      summary: 'Un puesto orientado a la acción y responsable de la ejecución: se centra en el calendario, el presupuesto y los entregables de un proyecto, a menudo como Scrum Master en desarrollo ágil, y trabaja con el responsable de producto en el plan del proyecto y con el responsable de programas en las dependencias.',
      facts: { salary: { note: 'Cifras de Glassdoor, tal como las cita la fuente.' } }
    }
  },
  skills: {
    'project-management': 'Gestión de proyectos',
    'program-management': 'Gestión de programas',
    'client-relations': 'Relación con clientes',
    'point-of-sale': 'Sistemas de punto de venta',
    'portfolio-budgeting': 'Carteras y presupuestos',
    infrastructure: 'Infraestructura técnica',
    'lifecycle-management': 'Gestión del ciclo de vida',
    'continuous-improvement': 'Mejora continua',
    'product-strategy': 'Estrategia de producto',
    'leadership-communication': 'Liderazgo y comunicación',
    'risk-management': 'Gestión de riesgos y conflictos'
  },
  preferences: {
    'client-facing': { label: 'Trabajo de cara al cliente', low: 'Sobre todo equipos internos', high: 'Sobre todo clientes' },
    strategy: { label: 'Estrategia antes que ejecución', low: 'Ejecución práctica', high: 'Definir la estrategia' },
    breadth: {
      label: 'Muchos proyectos a la vez',
      low: 'Un proyecto cada vez',
      high: 'Muchos proyectos relacionados a la vez'
    },
    'product-focus': {
      label: 'Un producto durante toda su vida',
      low: 'Proyectos con fecha de fin',
      high: 'Un producto durante toda su vida'
    },
    'cross-department': {
      label: 'Liderar entre departamentos',
      low: 'Dentro de un equipo',
      high: 'Entre departamentos y carteras'
    },
    finance: { label: 'Sector financiero', low: 'Fuera de las finanzas', high: 'Finanzas' },
    technology: { label: 'Sector tecnológico', low: 'Fuera de la tecnología', high: 'Tecnología' }
  },
  questions: {
    'work-with': {
      text: '¿Con quién preferirías trabajar la mayoría de los días?',
      options: {
        internal: 'Sobre todo con equipos internos',
        'internal-some-clients': 'Con equipos internos y algunos clientes',
        even: 'Una mezcla equilibrada de ambos',
        'clients-some-internal': 'Con clientes y algunos equipos internos',
        clients: 'Sobre todo con clientes'
      }
    },
    direction: {
      text: '¿Prefieres marcar el rumbo o hacer que las cosas pasen?',
      options: {
        execution: 'Hacer que las cosas pasen: ejecución práctica',
        'mostly-execution': 'Sobre todo ejecución, algo de planificación',
        balance: 'Un equilibrio entre ambas',
        'mostly-strategy': 'Sobre todo estrategia, algo de ejecución',
        strategy: 'Marcar el rumbo: estrategia y objetivos a largo plazo'
      }
    },
    scope: {
      text: '¿De qué te gustaría ser responsable sobre todo?',
      options: {
        'one-project': 'De un proyecto cada vez, de principio a fin',
        'many-projects': 'De varios proyectos relacionados a la vez',
        product: 'De un producto durante toda su vida'
      }
    },
    'plan-projects': {
      text: '¿Cuánto disfrutarías planificando el calendario, el presupuesto y los entregables de un proyecto y llevándolo a término?'
    },
    'coordinate-projects': {
      text: '¿Cuánto disfrutarías manteniendo coordinados varios proyectos relacionados y aclarando qué depende de qué?'
    },
    'client-contact': { text: '¿Cuánto disfrutarías trabajando directamente con clientes y manteniéndolos contentos?' },
    'point-of-sale': { text: '¿Cuánto disfrutarías trabajando con sistemas de caja y de pago del comercio (punto de venta)?' },
    'allocate-budgets': {
      text: '¿Cuánto disfrutarías decidiendo cómo se reparten el presupuesto y las personas entre muchas iniciativas?'
    },
    infrastructure: {
      text: '¿Cuánto disfrutarías trabajando en plataformas técnicas, sistemas e infraestructura en la nube?'
    },
    lifecycle: { text: '¿Cuánto disfrutarías guiando algo por cada etapa, desde el lanzamiento hasta la retirada?' },
    'improve-processes': { text: '¿Cuánto disfrutarías siguiendo métricas y buscando formas de que las cosas funcionen mejor?' },
    'customer-needs': {
      text: '¿Cuánto disfrutarías investigando lo que necesitan los clientes y decidiendo qué crear a continuación?'
    },
    'lead-present': { text: '¿Cuánto disfrutarías dirigiendo un equipo y presentando los avances a la alta dirección?' },
    'manage-risks': {
      text: '¿Cuánto disfrutarías detectando riesgos pronto, preparándote para ellos y resolviendo conflictos?'
    },
    'cross-department': {
      text: '¿Cuánto te gustaría dirigir trabajo que abarque varios departamentos?',
      options: {
        none: 'Nada: prefiero quedarme en un equipo',
        little: 'Un poco',
        some: 'Algo',
        quite: 'Bastante',
        very: 'Mucho: departamentos y carteras enteros'
      }
    },
    industry: {
      text: '¿Qué sector te atrae más?',
      options: { finance: 'Finanzas', technology: 'Tecnología', other: 'Otro' }
    },
    salary: {
      text: '¿Qué salario anual buscas?',
      options: {
        'under-70k': 'Menos de 70.000 US$',
        '70-90k': 'De 70.000 a 90.000 US$',
        '90-110k': 'De 90.000 a 110.000 US$',
        '110-130k': 'De 110.000 a 130.000 US$',
        'over-130k': 'Más de 130.000 US$'
      }
    },
    'salary-importance': {
      text: '¿Cuánto pesa el salario en tu elección?',
      options: {
        'not-at-all': 'Nada',
        'a-little': 'Un poco',
        somewhat: 'Algo',
        'a-lot': 'Mucho',
        most: 'Es lo que más pesa'
      }
    }
  },
  scale: {
    avoid: 'Lo evitaría',
    little: 'Poco',
    neutral: 'Me parece bien',
    enjoy: 'Lo disfrutaría',
    love: 'Me encantaría'
  }
}
