import type { review as en } from '../en/review'

export const review: typeof en = {
  heading: 'Revisa tus respuestas',
  lead: 'Cambia cualquier respuesta antes de ver tu resultado.',
  skipped: 'Sin responder',
  change: 'Cambiar',
  changeLabel: 'Cambiar tu respuesta a: {question}',
  finish: 'Ver mis resultados'
}
