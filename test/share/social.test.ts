import { expect, test } from 'vitest'
import { loadLocale } from '../../src/i18n/load-locale'
import { noWarnings } from '../environment'
import { shareText } from '../../src/share/social'

test('names the top role and its match in the shared text', async () => {
  await loadLocale('es', null, noWarnings)
  expect(shareText('en', 'Product manager', 78)).toBe('My top career match: Product manager (78%)')
  let spanish = shareText('es', 'Product manager', 78)
  expect(spanish).toContain('Product manager')
  expect(spanish).not.toBe(shareText('en', 'Product manager', 78))
})
