// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import axe from 'axe-core'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { loadLocale } from '../../src/i18n/load-locale'
import { noWarnings } from '../environment'
import type { ShareEnvironment } from '../../src/state/environment'
import { ShareActions, type ShareActionsProps } from '../../src/ui/share-actions'

const URL_TO_SHARE = 'https://example.com/quiz#career-fit=1ifR6dB79iie'
const TEXT = 'My top career match: Product manager (78%)'

function setup(environment: ShareEnvironment, locale: ShareActionsProps['locale'] = 'en') {
  let onShare = vi.fn()
  render(
    <ShareActions
      url={URL_TO_SHARE}
      title="Career Fit"
      text={TEXT}
      locale={locale}
      environment={environment}
      onShare={onShare}
    />
  )
  return onShare
}

// jsdom cannot navigate: keep link clicks in the page.
let stopNavigation = (event: Event) => event.preventDefault()
beforeEach(() => document.addEventListener('click', stopNavigation))
afterEach(() => {
  document.removeEventListener('click', stopNavigation)
  cleanup()
  vi.restoreAllMocks()
})

test('shares through the system share sheet when there is one', async () => {
  let share = vi.fn(() => Promise.resolve())
  let onShare = setup({ share, writeClipboard: vi.fn(() => Promise.resolve()) })
  expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: 'Share' }))
  await waitFor(() => expect(onShare).toHaveBeenCalledWith('native'))
  expect(share).toHaveBeenCalledWith({ title: 'Career Fit', text: TEXT, url: URL_TO_SHARE })
})

test('does nothing more when the visitor cancels the share sheet', async () => {
  let share = vi.fn(() => Promise.reject(new DOMException('Cancelled', 'AbortError')))
  let writeClipboard = vi.fn(() => Promise.resolve())
  let onShare = setup({ share, writeClipboard })
  fireEvent.click(screen.getByRole('button', { name: 'Share' }))
  await waitFor(() => expect(share).toHaveBeenCalled())
  await new Promise(resolve => setTimeout(resolve, 10))
  expect(writeClipboard).not.toHaveBeenCalled()
  expect(onShare).not.toHaveBeenCalled()
})

test('copies the link when the share sheet fails', async () => {
  let writeClipboard = vi.fn(() => Promise.resolve())
  let onShare = setup({ share: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')), writeClipboard })
  fireEvent.click(screen.getByRole('button', { name: 'Share' }))
  await waitFor(() => expect(onShare).toHaveBeenCalledWith('copy'))
  expect(writeClipboard).toHaveBeenCalledWith(URL_TO_SHARE)
})

test('copies the link without a share sheet and announces it', async () => {
  let writeClipboard = vi.fn(() => Promise.resolve())
  let onShare = setup({ writeClipboard })
  expect(screen.queryByRole('button', { name: 'Share' })).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: 'Copy link' }))
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link copied'))
  expect(writeClipboard).toHaveBeenCalledWith(URL_TO_SHARE)
  expect(onShare).toHaveBeenCalledWith('copy')
})

test('selects the link for copying by hand when the clipboard refuses', async () => {
  let onShare = setup({ writeClipboard: () => Promise.reject(new Error('Denied')) })
  let field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link to your result' })
  fireEvent.click(screen.getByRole('button', { name: 'Copy link' }))
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Ctrl\+C/))
  expect(document.activeElement).toBe(field)
  expect([field.selectionStart, field.selectionEnd]).toEqual([0, URL_TO_SHARE.length])
  expect(onShare).not.toHaveBeenCalled()
})

test('shows the link in a readonly labelled field', () => {
  setup({})
  let field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link to your result' })
  expect(field.value).toBe(URL_TO_SHARE)
  expect(field.readOnly).toBe(true)
})

test('speaks Spanish', async () => {
  await loadLocale('es', null, noWarnings)
  setup({}, 'es')
  expect(screen.getByRole('button', { name: 'Copiar enlace' })).toBeTruthy()
  expect(screen.getByRole('textbox', { name: 'Enlace a tu resultado' })).toBeTruthy()
})

test('has no accessibility violations axe can find without layout', async () => {
  setup({ writeClipboard: () => Promise.resolve() })
  let results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } })
  expect(results.violations.map(v => `${v.id}: ${v.nodes.map(n => n.html).join(', ')}`)).toEqual([])
})
