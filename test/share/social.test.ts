import { expect, test } from 'vitest'
import { loadLocale } from '../../src/i18n/load-locale'
import { messagesFor } from '../../src/i18n/messages'
import { shareText, socialLinks } from '../../src/share/social'

const RESULT_URL = 'https://example.com/quiz#career-fit=1ifR6dB79iie'

test('names the top role and its match in the shared text', async () => {
  await loadLocale('es')
  expect(shareText('en', 'Product manager', 78)).toBe('My top career match: Product manager (78%)')
  let spanish = shareText('es', 'Product manager', 78)
  expect(spanish).toContain('Product manager')
  expect(spanish).not.toBe(shareText('en', 'Product manager', 78))
})

test('links to LinkedIn, X and email with the encoded result URL', () => {
  let text = shareText('en', 'Program manager', 64)
  let links = socialLinks(RESULT_URL, text, messagesFor('en').share.subject)
  let encoded = encodeURIComponent(RESULT_URL)
  expect(new URL(links.linkedin).searchParams.get('url')).toBe(RESULT_URL)
  expect(links.linkedin).toContain(encoded)
  expect(new URL(links.x).searchParams.get('url')).toBe(RESULT_URL)
  expect(new URL(links.x).searchParams.get('text')).toBe(text)
  expect(links.email).toMatch(/^mailto:\?subject=/)
  expect(links.email).toContain(encoded)
  expect(links.email).toContain(encodeURIComponent(text))
})

test('keeps the fragment inside the shared URL parameter', () => {
  let { x } = socialLinks(RESULT_URL, 'text', 'subject')
  expect(new URL(x).hash).toBe('')
})
