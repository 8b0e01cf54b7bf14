import { expect, test } from 'vitest'
import { formattersFor } from '../../src/i18n/format'

test('formats money in the currency given', () => {
  let { money, moneyExact } = formattersFor('en')
  expect(money(91794)).toBe('$91,794')
  expect(money(91794, 'EUR')).toBe('€91,794')
  expect(moneyExact(44.13, 'USD')).toBe('$44.13')
})

// A code the checker would refuse can still reach the formatters through data that
// skipped it; a RangeError from Intl there used to blank the whole widget.
test.each(['en', 'es'] as const)('never throws on a currency code Intl refuses (%s), giving the number and the code', locale => {
  let f = formattersFor(locale)
  let number = f.number(91794)
  for (let format of [f.money, f.moneyExact]) {
    for (let code of ['dollars', '', '$', 'US dollar']) {
      let text = format(91794, code)
      expect(text).toContain(number.slice(0, 2))
      expect(text).toContain(code)
    }
  }
})
