// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from 'vitest'

beforeEach(() => {
  vi.resetModules()
  delete window.CareerFit
  localStorage.clear()
  document.body.innerHTML = '<div data-career-fit id="a"></div><div data-career-fit data-locale="es" id="b"></div>'
})
afterEach(() => {
  vi.restoreAllMocks()
})

const roots = (id: string) => document.getElementById(id)!.shadowRoot?.querySelectorAll('.root').length ?? 0

test('the script mounts a widget in every [data-career-fit] element with its data attributes', async () => {
  await import('../../src/script-tag')
  expect(roots('a')).toBe(1)
  expect(roots('b')).toBe(1)
  expect(document.getElementById('b')!.shadowRoot!.querySelector('.root')!.getAttribute('lang')).toBe('es')
})

// A script at the end of <body> runs while the page is still loading: the widgets
// before it mount at once, without waiting for DOMContentLoaded; any after it, then.
test('while the page is still loading, the widgets already parsed mount at once and later ones at DOMContentLoaded', async () => {
  vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading')
  await import('../../src/script-tag')
  expect(roots('a')).toBe(1)
  expect(roots('b')).toBe(1)
  document.body.insertAdjacentHTML('beforeend', '<div data-career-fit id="c"></div>')
  expect(roots('c')).toBe(0)
  document.dispatchEvent(new Event('DOMContentLoaded'))
  expect(roots('c')).toBe(1)
  expect(roots('a')).toBe(1)
})

test('loading the script twice mounts once and throws nothing', async () => {
  await import('../../src/script-tag')
  let first = window.CareerFit
  vi.resetModules()
  await expect(import('../../src/script-tag')).resolves.toBeDefined()
  expect(window.CareerFit).toBe(first)
  expect(roots('a')).toBe(1)
  expect(roots('b')).toBe(1)
})

test('the global has exactly mount and version', async () => {
  await import('../../src/script-tag')
  expect(Object.keys(window.CareerFit!).sort()).toEqual(['mount', 'version'])
})

test('markup added later mounts through the API', async () => {
  await import('../../src/script-tag')
  let later = Object.assign(document.createElement('div'), { id: 'later' })
  later.dataset.careerFit = ''
  document.body.append(later)
  expect(roots('later')).toBe(0)
  window.CareerFit!.mount(later).destroy()
  window.CareerFit!.mount('#later')
  expect(roots('later')).toBe(1)
})

test('<career-fit-quiz> mounts with its attributes, applies changes and cleans up on removal', async () => {
  await import('../../src/script-tag')
  let element = document.createElement('career-fit-quiz')
  element.setAttribute('locale', 'es')
  document.body.append(element)
  let root = () => element.shadowRoot!.querySelector('.root')
  expect(root()!.getAttribute('lang')).toBe('es')
  element.setAttribute('theme', 'dark')
  await Promise.resolve()
  expect(element.shadowRoot!.querySelectorAll('.root')).toHaveLength(1)
  expect(root()!.getAttribute('data-theme')).toBe('dark')
  element.remove()
  await Promise.resolve()
  // Only the slot that shows the element's own children again.
  expect([...element.shadowRoot!.childNodes].map(node => node.nodeName)).toEqual(['SLOT'])
})

test('element attribute warnings name the attribute as written', async () => {
  let warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  await import('../../src/script-tag')
  document.body.innerHTML = '<career-fit-quiz share-base="ftp://nope"></career-fit-quiz>'
  expect(warn).toHaveBeenCalledTimes(1)
  expect(warn.mock.calls[0]![0]).toMatch(/^Career Fit: share-base="ftp:\/\/nope"/)
})

test('two widgets keep their answers under different storage keys', async () => {
  let { fireEvent, within, waitFor } = await import('@testing-library/preact')
  await import('../../src/script-tag')
  let ui = (id: string) => within(document.getElementById(id)!.shadowRoot! as unknown as HTMLElement)
  fireEvent.click(await ui('a').findByRole('button', { name: 'Start the quiz' }))
  let radio = (await ui('a').findAllByRole('radio'))[0]!
  fireEvent.click(radio)
  await waitFor(() => expect(Object.keys(localStorage)).toEqual([expect.stringMatching(/^career-fit:a:\w+$/)]))
  expect(ui('b').queryAllByRole('radio')).toHaveLength(0)
})

test('a host another copy of the widget mounted (the ES module) is left to that copy', async () => {
  let esModule = await import('../../src/embed/mount')
  let widget = esModule.mount('#a', { theme: 'dark' })
  vi.resetModules()
  await import('../../src/script-tag')
  expect(roots('a')).toBe(1)
  expect(document.getElementById('a')!.shadowRoot!.querySelector('.root')!.getAttribute('data-theme')).toBe('dark')
  expect(roots('b')).toBe(1)
  // Mounting it again from the script tag's copy replaces that widget instead of adding a second.
  window.CareerFit!.mount('#a')
  expect(roots('a')).toBe(1)
  widget.destroy()
  expect(roots('a')).toBe(1)
})
