import type { share as en } from '../en/share'

export const share: typeof en = {
  heading: 'Comparte tu resultado',
  text: 'Mi puesto más afín: {role} ({match})',
  link: 'Enlace a tu resultado',
  native: 'Compartir',
  copy: 'Copiar enlace',
  copied: 'Enlace copiado',
  copyByHand: 'Enlace seleccionado: pulsa Ctrl+C o ⌘C para copiarlo',
  newTab: '(se abre en una pestaña nueva)',
  title: 'Career Fit',
  invalid: 'Este enlace compartido está incompleto o es de otra versión del cuestionario, así que no se puede mostrar su resultado.'
}
