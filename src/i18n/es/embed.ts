import type { embed as en } from '../en/embed'

export const embed: typeof en = {
  invalid: 'Career Fit no pudo iniciarse: sus datos no son válidos.',
  restarted: 'Las preguntas cambiaron, así que el cuestionario empieza de nuevo.',
  cta: 'Buscar empleos de {title}'
}
