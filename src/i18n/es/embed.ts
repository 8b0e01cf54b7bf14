import type { embed as en } from '../en/embed'

export const embed: typeof en = {
  invalid: 'Career Fit no pudo iniciarse: sus datos no son válidos.',
  cta: 'Buscar empleos de {title}'
}
