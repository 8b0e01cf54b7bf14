import type { common as en } from '../en/common'

export const common: typeof en = {
  back: 'Atrás',
  next: 'Siguiente',
  startOver: 'Empezar de nuevo',
  errorHeading: 'No hemos podido calcular tu resultado',
  errorText: 'Algo en los datos del test o en tus respuestas no cuadra. Empieza de nuevo para volver a intentarlo.',
  topMatch: 'Tu mejor encaje: {role}, {match}'
}
