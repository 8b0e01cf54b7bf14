import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { open, pixelDiff, useBrowser } from './harness'
import { completeByClicks } from './quiz'

let env = useBrowser()

const PROPERTIES = [
  'color', 'background-color', 'font-family', 'font-size', 'font-style', 'font-weight', 'line-height', 'letter-spacing',
  'word-spacing', 'text-transform', 'text-align', 'text-indent', 'text-shadow', 'text-decoration-line', 'white-space',
  'cursor', 'display', 'visibility', 'margin-top', 'padding-top', 'border-top-width', 'box-sizing', 'list-style-type'
]
const KEY_ELEMENTS = ['.root', 'h2', 'p', 'button', 'label', 'input', 'progress', 'li', 'a']

/** Computed styles and boxes (relative to the host) of the first element of each key kind, plus a screenshot. */
async function snapshot(page: Page) {
  let host = page.locator('#host')
  let styles = await host.evaluate((element, { properties, selectors }) => {
    let origin = element.getBoundingClientRect()
    let shadow = element.shadowRoot!
    return selectors.map(selector => {
      let found = shadow.querySelector(selector)
      if (!found) return { selector, missing: true }
      let style = getComputedStyle(found)
      let box = found.getBoundingClientRect()
      return {
        selector,
        box: [box.x - origin.x, box.y - origin.y, box.width, box.height].map(Math.round),
        style: Object.fromEntries(properties.map(property => [property, style.getPropertyValue(property)]))
      }
    })
  }, { properties: PROPERTIES, selectors: KEY_ELEMENTS })
  // The share link names the page it is on, which is the one thing meant to differ.
  let mask = [host.locator('input[type="text"]')]
  return { styles, png: await host.screenshot({ animations: 'disabled', caret: 'hide', mask }) }
}

/** The intro, the first question and the results, each as a snapshot. */
async function screens(page: Page) {
  let shots = []
  await page.getByRole('heading', { name: 'Which management role fits you?' }).waitFor()
  shots.push(await snapshot(page))
  await page.getByRole('button', { name: 'Start the quiz' }).click()
  await page.getByRole('radio').first().check()
  await page.locator('#host').evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  shots.push(await snapshot(page))
  await page.getByRole('button', { name: 'Back' }).click()
  await completeByClicks(page, page.locator('#host'), 'Start over')
  await page.locator('#host').evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  shots.push(await snapshot(page))
  return shots
}

test('a hostile host page leaves the widget looking and working as on a plain page', async () => {
  let plain = await open(env.browser, env.url, '/pages/plain.html')
  let hostile = await open(env.browser, env.url, '/pages/hostile.html')
  let [expected, actual] = await Promise.all([screens(plain.page), screens(hostile.page)])
  for (let [i, shot] of actual.entries()) {
    expect(shot.styles, `screen ${i}`).toEqual(expected[i]!.styles)
    expect(await pixelDiff(plain.page, shot.png, expected[i]!.png), `screen ${i}`).toEqual({ count: 0, box: null, size: expect.any(String) })
  }
  // The page's own habits are untouched: its AMD define and CommonJS globals were never used.
  expect(await hostile.page.evaluate(() => ({
    exports: Object.keys((window as unknown as { module: { exports: object } }).module.exports),
    global: typeof window.CareerFit?.mount
  }))).toEqual({ exports: [], global: 'function' })
  expect(hostile.record.errors).toEqual([])
  expect((await hostile.record.events()).some(event => event.type === 'careerfit:complete')).toBe(true)
  await Promise.all([plain.context.close(), hostile.context.close()])
})

test('under a strict CSP header the quiz completes with no violations and no errors', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/csp.html')
  let response = await page.reload()
  expect(response!.headers()['content-security-policy']).toContain("style-src 'self'")
  await completeByClicks(page)
  // The stylesheet applied under the policy: buttons get their 44 px minimum height.
  let button = await page.getByRole('button', { name: 'Change answers' }).evaluate(element => getComputedStyle(element).minHeight)
  expect(button).toBe('44px')
  expect(record.violations).toEqual([])
  expect(record.errors).toEqual([])
  await context.close()
})
