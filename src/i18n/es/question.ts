import type { question as en } from '../en/question'

export const question: typeof en = {
  progress: 'Pregunta {n} de {total}',
  skip: 'No estoy seguro / saltar',
  missing: "Elige una respuesta o 'No estoy seguro / saltar' para continuar"
}
