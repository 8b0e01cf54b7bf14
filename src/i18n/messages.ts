import { results as enResults } from './en/results'
import { results as esResults } from './es/results'

/** Languages with a complete string table. */
export type Locale = 'en' | 'es'

export const LOCALES: readonly Locale[] = ['en', 'es']

/** Every visible string of the widget, one group per screen. */
export interface Messages {
  results: typeof enResults
}

const TABLES: Record<Locale, Messages> = {
  en: { results: enResults },
  es: { results: esResults }
}

export function messagesFor(locale: Locale): Messages {
  return TABLES[locale]
}
