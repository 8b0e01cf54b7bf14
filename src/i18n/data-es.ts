import type { DataStrings } from './localize-data'

// Spanish texts of the default data, keyed by the ids in data/*.json.
const SCALE = { avoid: 'Lo evitaría', little: 'Poco', neutral: 'Me parece bien', enjoy: 'Lo disfrutaría', love: 'Me encantaría' }

export const dataEs: DataStrings = {
  roles: {
    'client-program-manager': [
      'Responsable de programas de clientes',
      'Coordina con los equipos internos los planes de los clientes, como calendarios de entregas, condiciones de aceptación e hitos del programa; ejecuta, entrega y sigue proyectos de clientes desde el inicio hasta el cierre; crea relaciones sólidas con los clientes mediante una comunicación precisa y puntual; y evalúa los riesgos de los proyectos de clientes para preparar planes de contingencia.',
      [
        'Llevar una gestión económica eficaz de la cartera de casos: tramitar con exactitud las nóminas de campo, vigilar las métricas de la cartera y gestionar la facturación y las tarifas.',
        'Representar a la división de logística en todos los asuntos de calidad, incluido el desarrollo de procesos para todos los almacenes con y sin certificación ISO.',
        'Ofrecer transporte a citas, juicios y reuniones de NA y AA, entre otras obligaciones de los residentes.',
        'Apoyar el despliegue y el mantenimiento de soluciones de sistemas financieros estandarizadas para mejorar la gestión del negocio y el cumplimiento de los requisitos del Departamento de Defensa.'
      ]
    ],
    'lead-program-manager': [
      'Responsable principal de programas',
      'Coordina proyectos de departamentos para que los programas sigan las pautas del negocio y alcancen sus objetivos a largo plazo; elabora planes de negocio y gestiona el reparto del presupuesto entre departamentos; coordina con los clientes las actualizaciones de avance y ajusta los planes del programa; guía al equipo ante problemas y retrasos de los proyectos.',
      [
        'Seguir y gestionar los datos de SE, el sitio de SharePoint del equipo, los informes de estado y las comunicaciones mundiales, incluida la alta dirección.',
        'Gestionar la derivación de pacientes, coordinar la asignación de nuevos médicos y crear una red de apoyo para los pacientes en transición durante el cierre de la clínica.',
        'Evaluar e informar de los KPI para medir la eficacia y el valor del programa.',
        'Ser reconocido como experto en sistemas financieros para elementos clave de la iniciativa de CRM.',
        'Elaborar una hoja de ruta a corto plazo para que la plataforma acabe siendo una solución completa en la nube.',
        'Trabajar con la PMO y las partes interesadas del negocio en los informes matriciales y en la identificación y mitigación de problemas y riesgos.'
      ]
    ],
    'product-manager': [
      'Responsable de producto',
      'Se centra en los productos de la empresa y en su éxito: decide qué crear y lanzar y por qué, investiga el mercado y las necesidades de los clientes, y mejora los productos y las líneas de producto existentes a lo largo de su ciclo de vida.',
      [
        'Dirigir al equipo de producto, al de desarrollo y al de marketing de producto',
        'Revisar ideas de productos nuevos, funciones y más para decidir si responden a las necesidades de los clientes',
        'Definir una estrategia de producto con ayuda del responsable de marketing, el equipo del proyecto y el product owner',
        'Trabajar de cerca con el equipo de desarrollo en cualquier proyecto de software',
        'Supervisar el proceso de desarrollo del producto para que siga la visión y el diseño del producto',
        'Asegurarse de que no haya problemas en el backlog del producto',
        'Ayudar a la alta dirección con los presupuestos, los objetivos del negocio y los precios de los productos',
        'Definir el ciclo de vida de todos los productos de la empresa y crear nuevas líneas de producto en consecuencia',
        'Usar herramientas y métricas de gestión para seguir el rendimiento del producto, elaborar informes y proponer nuevas estrategias de negocio',
        'Ayudar a contratar y formar a nuevos empleados de producto'
      ]
    ],
    'program-manager': [
      'Responsable de programas',
      'Supervisa y coordina productos, proyectos e iniciativas estratégicas relacionados (un programa), y mantiene la colaboración y la comunicación entre los equipos de proyecto, los departamentos y los equipos de producto para que cada equipo tenga lo que necesita.',
      [
        'Crear programas nuevos para gestionar varios proyectos y apoyar iniciativas estratégicas',
        'Ayudar al responsable de producto a elaborar nuevos presupuestos para los proyectos',
        'Fijar nuevos objetivos de negocio a partir de los productos y proyectos actuales',
        'Organizar programas y actividades en toda la organización',
        'Redactar propuestas de financiación de programas para la alta dirección',
        'Reunirse con las partes interesadas y la alta dirección y mantenerlas al día',
        'Evaluar los programas existentes, sus fortalezas y debilidades, y ver cómo hacerlos más eficientes',
        'Trabajar de cerca con el equipo de producto y el de proyecto para asegurar una colaboración completa'
      ]
    ],
    'project-manager': [
      'Responsable de proyectos',
      'Un puesto orientado a la acción y responsable de la ejecución: se centra en el calendario, el presupuesto y los entregables de un proyecto, a menudo como Scrum Master en desarrollo ágil, y trabaja con el responsable de producto en el plan del proyecto y con el responsable de programas en las dependencias.',
      [
        'Ejecutar proyectos concretos, como el desarrollo y la implantación de una nueva función de un producto',
        'Gestionar calendarios, presupuestos y entregables',
        'Actuar como Scrum Master y trabajar con procesos de desarrollo ágil',
        'Elaborar un plan de proyecto con el responsable de producto a partir de la hoja de ruta actual del producto',
        'Resolver las dependencias con el responsable de programas'
      ]
    ]
  },
  skills: {
    'project-management': ['Gestión de proyectos', 'Planificar el calendario, el presupuesto y los entregables de un proyecto y llevarlo a término.'],
    'program-management': ['Gestión de programas', 'Coordinar varios proyectos relacionados y las dependencias entre ellos.'],
    'client-relations': ['Relación con clientes', 'Trabajar cara a cara con los clientes y mantenerlos satisfechos.'],
    'point-of-sale': ['Sistemas de punto de venta', 'Sistemas de caja y de pago del comercio minorista (TPV).'],
    'portfolio-budgeting': ['Carteras y presupuestos', 'Decidir adónde van el dinero y las personas entre muchas iniciativas.'],
    infrastructure: ['Infraestructura técnica', 'Plataformas, sistemas e infraestructura en la nube sobre los que funciona el resto del trabajo.'],
    'lifecycle-management': ['Gestión del ciclo de vida', 'Guiar algo por cada etapa, desde el lanzamiento hasta la retirada.'],
    'continuous-improvement': ['Mejora continua', 'Medir cómo funcionan las cosas y hacer que funcionen mejor.'],
    'product-strategy': ['Estrategia de producto', 'Investigar las necesidades de los clientes y decidir qué crear y en qué orden.'],
    'leadership-communication': ['Liderazgo y comunicación', 'Dirigir equipos y mantener informados a las partes interesadas y a la alta dirección.'],
    'risk-management': ['Gestión de riesgos y conflictos', 'Detectar riesgos pronto, prepararse para ellos y resolver conflictos.']
  },
  preferences: {
    'client-facing': ['Trabajo de cara al cliente', 'Sobre todo equipos internos', 'Sobre todo clientes'],
    strategy: ['Estrategia antes que ejecución', 'Ejecución práctica', 'Definir la estrategia'],
    breadth: ['Muchos proyectos a la vez', 'Un proyecto cada vez', 'Muchos proyectos relacionados a la vez'],
    'product-focus': ['Un producto durante toda su vida', 'Proyectos con fecha de fin', 'Un producto durante toda su vida'],
    'cross-department': ['Liderar entre departamentos', 'Dentro de un equipo', 'Entre departamentos y carteras'],
    finance: ['Sector financiero', 'Fuera de las finanzas', 'Finanzas'],
    technology: ['Sector tecnológico', 'Fuera de la tecnología', 'Tecnología']
  },
  scale: SCALE,
  questions: {
    'work-with': ['¿Con quién preferirías trabajar la mayoría de los días?', {
      internal: 'Sobre todo con equipos internos',
      'internal-some-clients': 'Con equipos internos y algunos clientes',
      even: 'Una mezcla equilibrada de ambos',
      'clients-some-internal': 'Con clientes y algunos equipos internos',
      clients: 'Sobre todo con clientes'
    }],
    direction: ['¿Prefieres marcar el rumbo o hacer que las cosas pasen?', {
      execution: 'Hacer que las cosas pasen: ejecución práctica',
      'mostly-execution': 'Sobre todo ejecución, algo de planificación',
      balance: 'Un equilibrio entre ambas',
      'mostly-strategy': 'Sobre todo estrategia, algo de ejecución',
      strategy: 'Marcar el rumbo: estrategia y objetivos a largo plazo'
    }],
    scope: ['¿De qué te gustaría ser responsable sobre todo?', {
      'one-project': 'De un proyecto cada vez, de principio a fin',
      'many-projects': 'De varios proyectos relacionados a la vez',
      product: 'De un producto durante toda su vida'
    }],
    'plan-projects': ['¿Cuánto disfrutarías planificando el calendario, el presupuesto y los entregables de un proyecto y llevándolo a término?'],
    'coordinate-projects': ['¿Cuánto disfrutarías manteniendo coordinados varios proyectos relacionados y aclarando qué depende de qué?'],
    'client-contact': ['¿Cuánto disfrutarías trabajando directamente con clientes y manteniéndolos contentos?'],
    'point-of-sale': ['¿Cuánto disfrutarías trabajando con sistemas de caja y de pago del comercio (punto de venta)?'],
    'allocate-budgets': ['¿Cuánto disfrutarías decidiendo cómo se reparten el presupuesto y las personas entre muchas iniciativas?'],
    infrastructure: ['¿Cuánto disfrutarías trabajando en plataformas técnicas, sistemas e infraestructura en la nube?'],
    lifecycle: ['¿Cuánto disfrutarías guiando algo por cada etapa, desde el lanzamiento hasta la retirada?'],
    'improve-processes': ['¿Cuánto disfrutarías siguiendo métricas y buscando formas de que las cosas funcionen mejor?'],
    'customer-needs': ['¿Cuánto disfrutarías investigando lo que necesitan los clientes y decidiendo qué crear a continuación?'],
    'lead-present': ['¿Cuánto disfrutarías dirigiendo un equipo y presentando los avances a la alta dirección?'],
    'manage-risks': ['¿Cuánto disfrutarías detectando riesgos pronto, preparándote para ellos y resolviendo conflictos?'],
    'cross-department': ['¿Cuánto te gustaría dirigir trabajo que abarque varios departamentos?', {
      none: 'Nada: prefiero quedarme en un equipo',
      little: 'Un poco',
      some: 'Algo',
      quite: 'Bastante',
      very: 'Mucho: departamentos y carteras enteros'
    }],
    industry: ['¿Qué sector te atrae más?', { finance: 'Finanzas', technology: 'Tecnología', other: 'Otro' }],
    salary: ['¿Qué salario anual buscas?', {
      'under-70k': 'Menos de 70.000 US$',
      '70-90k': 'De 70.000 a 90.000 US$',
      '90-110k': 'De 90.000 a 110.000 US$',
      '110-130k': 'De 110.000 a 130.000 US$',
      'over-130k': 'Más de 130.000 US$'
    }],
    'salary-importance': ['¿Cuánto pesa el salario en tu elección?', {
      'not-at-all': 'Nada',
      'a-little': 'Un poco',
      somewhat: 'Algo',
      'a-lot': 'Mucho',
      most: 'Es lo que más pesa'
    }]
  },
  words: {
    Finance: 'Finanzas',
    Technology: 'Tecnología',
    "Bachelor's Degree": 'Licenciatura',
    Business: 'Empresariales',
    'Black or African American': 'Negra o afroamericana',
    Unknown: 'Desconocida',
    'Hispanic or Latino': 'Hispana o latina',
    Asian: 'Asiática',
    White: 'Blanca',
    'American Indian and Alaska Native': 'Indígena americana o nativa de Alaska',
    'Glassdoor figures, as quoted by the source.': 'Cifras de Glassdoor, tal como las cita la fuente.',
    'The source gives no bullet list for the project manager; these are its overview sentences restated as duties.':
      'La fuente no da una lista para el responsable de proyectos; estas son sus frases de presentación reformuladas como funciones.'
  }
}
