// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from 'vitest'

// Each test starts with nothing loaded: fresh modules, no pack on the page.
type Modules = typeof import('../../src/i18n/load-locale') & typeof import('../../src/i18n/messages') & typeof import('../../src/embed/add-on')
let m: Modules

beforeEach(async () => {
  vi.resetModules()
  globalThis.CareerFitLocales = undefined
  document.head.innerHTML = ''
  m = { ...(await import('../../src/i18n/load-locale')), ...(await import('../../src/i18n/messages')), ...(await import('../../src/embed/add-on')) }
})
afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  globalThis.CareerFitLocales = undefined
})

const english = () => m.messagesFor('en')
const spanishPack = async () => (await import('../../src/i18n/es-pack')).es

// The script-tag build: loading means adding <script src="career-fit.es.js">.
function asScriptTag(src = 'https://cdn.example/widgets/v1/career-fit.js', nonce = '') {
  vi.stubEnv('CAREER_FIT_IIFE', 'true')
  let own = Object.assign(document.createElement('script'), { src, nonce })
  m.locateAddOns(own)
}
const added = () => [...document.head.querySelectorAll('script')]

test('English is there at once, with no loading', () => {
  let pack = m.loadLocale('en')
  expect(pack).not.toBeInstanceOf(Promise)
  expect((pack as { locale: string }).locale).toBe('en')
})

test('Spanish is English until its pack loads, then Spanish', async () => {
  expect(m.messagesFor('es')).toBe(english())
  let pack = await m.loadLocale('es')
  expect(pack.locale).toBe('es')
  expect(m.messagesFor('es')).toBe(pack.messages)
  expect(m.messagesFor('es').common.next).not.toBe(english().common.next)
  expect(m.loadLocale('es')).toBe(pack)
})

test('concurrent requests share one load', () => {
  expect(m.loadLocale('es')).toBe(m.loadLocale('es'))
})

test('a pack already on the page is used at once', async () => {
  let es = await spanishPack()
  globalThis.CareerFitLocales = { es }
  let language = m.loadLocale('es')
  expect(language).not.toBeInstanceOf(Promise)
  expect(m.messagesFor('es')).toEqual(es.messages)
  expect(m.loadLocale('es')).toBe(language)
})

test('the script-tag build adds career-fit.es.js next to its own file, once, with its nonce', async () => {
  asScriptTag('https://cdn.example/widgets/v1/career-fit.js?v=3', 'n0nce')
  let first = m.loadLocale('es')
  let second = m.loadLocale('es')
  expect(added()).toHaveLength(1)
  let [script] = added()
  expect(script!.src).toBe('https://cdn.example/widgets/v1/career-fit.es.js')
  expect(script!.nonce).toBe('n0nce')
  // What the file does when it runs, then the browser's load event.
  globalThis.CareerFitLocales = { es: await spanishPack() }
  script!.dispatchEvent(new Event('load'))
  let pack = await first
  expect(pack.locale).toBe('es')
  expect(await second).toBe(pack)
  expect(m.messagesFor('es')).toBe(pack.messages)
})

test('when career-fit.es.js fails to load, English is used with one warning', async () => {
  let warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  asScriptTag()
  let loading = [m.loadLocale('es'), m.loadLocale('es')]
  added()[0]!.dispatchEvent(new Event('error'))
  let packs = await Promise.all(loading)
  expect(packs.map(pack => pack.locale)).toEqual(['en', 'en'])
  expect(warn).toHaveBeenCalledTimes(1)
  expect(warn.mock.calls[0]![0]).toMatch(/"es".*career-fit\.es\.js.*English/)
})

test('a file that loads but holds no Spanish pack also falls back to English', async () => {
  let warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  asScriptTag()
  let loading = m.loadLocale('es')
  added()[0]!.dispatchEvent(new Event('load'))
  expect((await loading).locale).toBe('en')
  expect(warn).toHaveBeenCalledTimes(1)
})

test('without its own script URL the script-tag build warns and stays English', async () => {
  let warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  vi.stubEnv('CAREER_FIT_IIFE', 'true')
  m.locateAddOns(null)
  expect((await m.loadLocale('es')).locale).toBe('en')
  expect(added()).toHaveLength(0)
  expect(warn).toHaveBeenCalledTimes(1)
})
