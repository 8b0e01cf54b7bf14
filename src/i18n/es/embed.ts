import type { embed as en } from '../en/embed'

export const embed: typeof en = {
  invalid: 'Career Fit no pudo iniciarse: sus datos no son válidos.',
  restarted: 'Las preguntas cambiaron, así que el cuestionario empieza de nuevo.',
  cta: 'Buscar empleos de {title}',
  unavailable: 'Career Fit no pudo iniciarse: no se pudo cargar un archivo que necesita.',
  launcher: 'Haz el test de carrera',
  close: 'Cerrar'
}
