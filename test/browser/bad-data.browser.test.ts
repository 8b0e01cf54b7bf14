// What a careless site owner's data or options can do to a real page (issue 13).
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { open, useBrowser } from './harness'

let env = useBrowser()
const SHARED = (JSON.parse(readFileSync(new URL('../share/fixtures.json', import.meta.url), 'utf8')) as { codes: { code: string }[] }).codes[0]!.code

test('an accent that would fetch through var() and url() is refused: no request leaves the page', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/api.html')
  let requests: string[] = []
  page.on('request', request => requests.push(request.url()))
  let warnings: string[] = []
  page.on('console', message => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  await page.evaluate(() => {
    let host = document.querySelector('#host') as HTMLElement
    host.dataset.accent = 'var(--x, url(http://elsewhere.example/accent.png))'
    window.CareerFit!.mount(host)
  })
  // The Start button's background is the accent: an accepted url() would be fetched for it.
  let start = page.getByRole('button', { name: 'Start the quiz' })
  await start.waitFor()
  await start.click()
  await page.getByRole('radio').first().waitFor()
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  expect(requests.filter(url => !url.startsWith(env.url))).toEqual([])
  expect(warnings.some(w => w.includes('data-accent="var(--x, url(http://elsewhere.example/accent.png))" is not valid'))).toBe(true)
  expect(record.errors).toEqual([])
  await context.close()
})

test('a share link against data with an unknown currency code shows the checker\'s message, with no page error', async () => {
  let { page, context, record } = await open(env.browser, env.url, `/pages/api.html#career-fit=${SHARED}`)
  // A string, so the test runner leaves its import() alone.
  await page.evaluate(`(async () => {
    let { roles } = await import('/dist/engine.mjs')
    let dollars = roles.map(role => ({ ...role, facts: { ...role.facts, salary: { ...role.facts.salary, currency: 'dollars' } } }))
    window.CareerFit.mount('#host', { roles: dollars })
  })()`)
  await page.getByText('data.roles[0].facts.salary.currency must be an ISO 4217 currency code').waitFor()
  let height = await page.locator('#host').evaluate(host => host.getBoundingClientRect().height)
  expect(height).toBeGreaterThan(100)
  await page.evaluate(() => new Promise(resolve => setTimeout(resolve, 100)))
  expect(record.errors.filter(error => !error.startsWith('console.error: Career Fit: the quiz data is invalid'))).toEqual([])
  await context.close()
})
