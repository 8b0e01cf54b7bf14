import type { intro as en } from '../en/intro'

export const intro: typeof en = {
  heading: '¿Qué puesto de gestión encaja contigo?',
  lead: 'Responde preguntas breves sobre el trabajo que te gusta y lo que buscas en un empleo. Comparamos tus respuestas con {roles} puestos de gestión a partir de datos publicados de competencias y salarios.',
  length: '{count} preguntas, unos {minutes} min',
  get: 'Obtienes el puesto que mejor encaja contigo, por qué encaja, cómo quedan los demás y un enlace para compartir tu resultado.',
  privacy: 'Tus respuestas se quedan en este navegador: no se envía nada a ninguna parte.',
  start: 'Empezar el test',
  resume: 'Continuar donde lo dejaste'
}
