import { languageOf, type Locale } from './messages'

/** Number and list formatting for one locale, through Intl. */
export interface Formatters {
  /** Whole currency amounts: `$91,794` / `91.794 US$`. */
  money(amount: number, currency?: string): string
  /** Amounts with cents: `$44.13`. */
  moneyExact(amount: number, currency?: string): string
  /** A percentage given as 0–100: `68%` / `68 %`. */
  percent(value: number): string
  /** A plain number: `169,552`. */
  number(value: number): string
  /** Words joined as the language does: `a, b and c` / `a, b y c`. */
  list(items: string[]): string
}

// Building an Intl.NumberFormat is slow (the first one loads its locale's data: about 20 ms, 60 ms on a
// slow phone; a ListFormat's first, a few), so each is built when first needed and kept, one per
// number locale, style and currency (lists: per language, so a widget's own wording,
// registered under a key of its own, shares its language's).
// Keys start with a language tag, so none is a name objects inherit.
const built: Record<string, Intl.NumberFormat> = {}
const lists: Record<string, Intl.ListFormat> = {}

/**
 * Formatters for a language, in its pack's number locale; amounts default to US dollars, the sources' currency.
 * Money never throws: a currency code Intl can't format (custom data that skipped the
 * checker) gives the plain number and the code, rather than an error that blanks the widget.
 */
export function formattersFor(locale: Locale): Formatters {
  let { numbers: tag, locale: words } = languageOf(locale)
  let format = (style: string, options: Intl.NumberFormatOptions, value: number) =>
    (built[tag + style] ||= new Intl.NumberFormat(tag, options)).format(value)
  let number = (value: number) => format('', { useGrouping: true }, value)
  let money = (digits: number) => (amount: number, currency = 'USD') => {
    try {
      return format(digits + currency, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }, amount)
    } catch {
      return `${number(amount)} ${currency}`
    }
  }
  return {
    money: money(0),
    moneyExact: money(2),
    percent: value => format('%', { style: 'percent', maximumFractionDigits: 1 }, value / 100),
    number,
    list: items => (lists[words] ||= new Intl.ListFormat(words)).format(items)
  }
}

/**
 * Builds ahead of time what the results show first, match percentages, dollar
 * amounts and lists, and with them the locale's data (the slow part: formats built
 * after the first, such as another currency's, take a fraction of a millisecond).
 * Called in idle time during the quiz.
 *
 * ```ts
 * warmFormatters('es')
 * ```
 */
export function warmFormatters(locale: Locale): void {
  let f = formattersFor(locale)
  f.percent(0)
  f.money(0)
  f.list([])
}
