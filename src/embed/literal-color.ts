// The accent goes into the widget's styles, so it may only be a colour written out:
// var() could pull in a host custom property holding url(), and url(), image-set()
// and their kin fetch (the README promises no network requests).
const LITERAL = /^(#[\da-f]{3,8}|[a-z]+|(rgba?|hsla?|hwb|(ok)?l(ab|ch)|color)\([\w\s.,%/+-]*\))$/i

/**
 * Whether `value` is a literal colour: a hex colour, a colour name, or rgb(), hsl(),
 * hwb(), lab(), lch(), oklab(), oklch() or color() with nothing but numbers, units and
 * words inside. No var(), url(), image-set() or other nested function passes.
 *
 * ```ts
 * isLiteralColor('rgb(10 125 90 / 50%)') // true
 * isLiteralColor('var(--x, url(http://elsewhere/))') // false
 * ```
 */
export const isLiteralColor = (value: string): boolean => LITERAL.test(value)
