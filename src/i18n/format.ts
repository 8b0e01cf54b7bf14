import { languageOf, type Locale } from './messages'

/** Number formatting for one locale, through Intl. */
export interface Formatters {
  /** Whole currency amounts: `$91,794` / `91.794 US$`. */
  money(amount: number, currency?: string): string
  /** Amounts with cents: `$44.13`. */
  moneyExact(amount: number, currency?: string): string
  /** A percentage given as 0–100: `68%` / `68 %`. */
  percent(value: number): string
  /** A plain number: `169,552`. */
  number(value: number): string
}

/**
 * Formatters for a language, in its pack's number locale; amounts default to US dollars, the sources' currency.
 * Money never throws: a currency code Intl can't format (custom data that skipped the
 * checker) gives the plain number and the code, rather than an error that blanks the widget.
 */
export function formattersFor(locale: Locale): Formatters {
  let tag = languageOf(locale).numbers
  let numbers = new Intl.NumberFormat(tag, { useGrouping: true })
  let percents = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 })
  let money = (options: Intl.NumberFormatOptions) => (amount: number, currency = 'USD') => {
    try {
      return new Intl.NumberFormat(tag, { style: 'currency', currency, ...options }).format(amount)
    } catch {
      return `${numbers.format(amount)} ${currency}`
    }
  }
  return {
    money: money({ minimumFractionDigits: 0, maximumFractionDigits: 0 }),
    moneyExact: money({ minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    percent: value => percents.format(value / 100),
    number: value => numbers.format(value)
  }
}
