// Spanish loads on demand: dist/career-fit.js adds dist/career-fit.es.js only when a
// widget asks for it, under a strict CSP too, and falls back to English without it.
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { es } from '../../src/i18n/es-pack'
import { messagesFor } from '../../src/i18n/messages'
import { open, STRICT_CSP, useBrowser } from './harness'

const en = messagesFor('en')
const SPANISH = /\/career-fit\.es\.js$/

let env = useBrowser()

/** URLs the page fetched, from its resource timing entries. */
const fetched = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').map(entry => entry.name))

test.each(['/pages/es.html', '/pages/csp-es.html'])('%s renders both widgets in Spanish, loading career-fit.es.js once', async path => {
  let { page, context, record } = await open(env.browser, env.url, path)
  let response = await page.reload()
  expect(response!.headers()['content-security-policy']).toBe(path.includes('csp') ? STRICT_CSP : undefined)
  for (let id of ['#host', '#element']) {
    let widget = page.locator(id)
    await widget.getByRole('heading', { name: es.messages.intro.heading }).waitFor()
    expect(await widget.locator('.root').getAttribute('lang')).toBe('es')
    expect(await widget.getByText(en.intro.heading).count()).toBe(0)
  }
  let host = page.locator('#host')
  await host.getByRole('button', { name: es.messages.intro.start }).click()
  await host.getByRole('button', { name: es.messages.common.next }).waitFor()
  expect((await fetched(page)).filter(url => SPANISH.test(url))).toEqual([`${env.url}/dist/career-fit.es.js`])
  expect(record.violations).toEqual([])
  expect(record.errors).toEqual([])
  await context.close()
})

test('an English page never requests career-fit.es.js', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/plain.html')
  let requests: string[] = []
  page.on('request', request => requests.push(request.url()))
  await page.reload()
  await page.getByRole('heading', { name: en.intro.heading }).waitFor()
  await expect.poll(async () => (await record.events()).filter(event => event.type === 'careerfit:ready').length).toBe(1)
  expect(requests).toContain(`${env.url}/dist/career-fit.js`)
  expect(requests.filter(url => SPANISH.test(url))).toEqual([])
  expect((await fetched(page)).filter(url => SPANISH.test(url))).toEqual([])
  expect(record.errors).toEqual([])
  await context.close()
})

test('when career-fit.es.js can not be loaded, a Spanish widget renders in English with one warning', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/api.html')
  let warnings: string[] = []
  page.on('console', message => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  await page.route(SPANISH, route => route.fulfill({ status: 404, body: 'Not found' }))
  await page.evaluate(() => {
    (window as unknown as { CareerFit: { mount(target: string, options: object): unknown } }).CareerFit.mount('#host', { locale: 'es' })
  })
  let host = page.locator('#host')
  await host.getByRole('heading', { name: en.intro.heading }).waitFor()
  expect(await host.locator('.root').getAttribute('lang')).toBe('en')
  expect(warnings).toEqual([expect.stringMatching(/"es" strings could not be loaded.*career-fit\.es\.js.*English/)])
  // The browser itself reports the failed request; nothing else goes wrong.
  expect(record.errors.filter(error => !/Failed to load resource/.test(error))).toEqual([])
  await context.close()
})

// The module also imports the chunk of `parseQuizData`, which it exports and which the
// custom-data chunk shares; that chunk, unused here, is not requested. The Spanish chunk
// imports the walker the language chunks share (localize-data).
test('dist/career-fit.mjs imports its Spanish chunk when a widget asks for Spanish', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/esm.html')
  await page.getByRole('heading', { name: es.messages.intro.heading }).waitFor()
  let scripts = (await fetched(page)).filter(url => url.includes('/dist/')).map(url => url.replace(/-[\w-]{8}\.js$/, '-[hash].js'))
  expect(scripts.sort()).toEqual(['career-fit.mjs', 'es-pack-[hash].js', 'localize-data-[hash].js', 'parse-data-[hash].js'].map(file => `${env.url}/dist/${file}`))
  expect(record.errors).toEqual([])
  await context.close()
})
