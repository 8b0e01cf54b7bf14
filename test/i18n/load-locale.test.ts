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
// What the widget's environment would show as console warnings.
let warnings: string[] = []
beforeEach(() => void (warnings = []))
const load = (code: string) => m.loadLocale(code, null, message => void warnings.push(message))
const spanishPack = async () => (await import('../../src/i18n/es-pack')).es

// The script-tag build: loading means adding <script src="career-fit.es.js">.
function asScriptTag(src = 'https://cdn.example/widgets/v1/career-fit.js', nonce = '') {
  vi.stubEnv('CAREER_FIT_IIFE', 'true')
  let own = Object.assign(document.createElement('script'), { src, nonce })
  m.locateAddOns(own)
}
const added = () => [...document.head.querySelectorAll('script')]

test('English is there at once, with no loading', async () => {
  expect(m.readyLocale('en')?.locale).toBe('en')
  expect((await load('en')).locale).toBe('en')
  expect(added()).toHaveLength(0)
})

test('Spanish is English until its pack loads, then Spanish', async () => {
  expect(m.messagesFor('es')).toBe(english())
  expect(m.readyLocale('es')).toBeUndefined()
  let pack = await load('es')
  expect(pack.locale).toBe('es')
  expect(m.messagesFor('es')).toBe(pack.messages)
  expect(m.messagesFor('es').common.next).not.toBe(english().common.next)
  expect(m.readyLocale('es')).toBe(pack)
  expect(await load('es')).toBe(pack)
})

test('concurrent requests share one load', () => {
  expect(load('es')).toBe(load('es'))
})

test('a pack already on the page is used at once', async () => {
  let es = await spanishPack()
  globalThis.CareerFitLocales = { es }
  let language = m.readyLocale('es')
  expect(language?.messages).toEqual(es.messages)
  expect(m.messagesFor('es')).toEqual(es.messages)
  expect(await load('es')).toBe(language)
  expect(added()).toHaveLength(0)
})

test('the script-tag build adds career-fit.es.js next to its own file, once, with its nonce', async () => {
  asScriptTag('https://cdn.example/widgets/v1/career-fit.js?v=3', 'n0nce')
  let first = load('es')
  let second = load('es')
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
  asScriptTag()
  let loading = [load('es'), load('es')]
  added()[0]!.dispatchEvent(new Event('error'))
  let packs = await Promise.all(loading)
  expect(packs.map(pack => pack.locale)).toEqual(['en', 'en'])
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toMatch(/"es".*career-fit\.es\.js.*English/)
})

test('a file that loads but holds no Spanish pack also falls back to English', async () => {
  asScriptTag()
  let loading = load('es')
  added()[0]!.dispatchEvent(new Event('load'))
  expect((await loading).locale).toBe('en')
  expect(warnings).toHaveLength(1)
})

test('without its own script URL the script-tag build warns and stays English', async () => {
  vi.stubEnv('CAREER_FIT_IIFE', 'true')
  m.locateAddOns(null)
  expect((await load('es')).locale).toBe('en')
  expect(added()).toHaveLength(0)
  expect(warnings).toHaveLength(1)
})
