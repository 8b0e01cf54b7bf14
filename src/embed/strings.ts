// The embed layer's own few strings (the screens' strings live in src/i18n).
import type { Locale } from '../i18n/messages'

export const STRINGS: Record<Locale, { invalid: string; cta: string }> = {
  en: { invalid: 'Career Fit could not start: its quiz data is invalid.', cta: 'Find {title} jobs' },
  es: { invalid: 'Career Fit no pudo iniciarse: sus datos no son válidos.', cta: 'Buscar empleos de {title}' }
}
