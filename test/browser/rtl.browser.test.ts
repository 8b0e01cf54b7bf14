// A site owner's pack for a language we don't ship, hosted next to the page
// (test/browser/pages/ar-pack.js: Arabic, right to left) under a strict CSP: the widget
// loads it and career-fit.wording.js, lays itself out right to left, fits 320 and 1000 px
// and passes axe-core. Screenshots go to $TMPDIR/career-fit-rtl/ to be looked at.
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { defaultData } from '../../src/engine'
import { fill } from '../../src/i18n/messages'
import { open, STRICT_CSP, useBrowser } from './harness'

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const SHOTS = join(tmpdir(), 'career-fit-rtl')
// The texts the pack gives (test/browser/pages/ar-pack.js).
const AR = {
  heading: 'ما الدور الإداري الذي يناسبك؟', start: 'ابدأ الاختبار', progress: 'السؤال {n} من {total}', next: 'التالي',
  finish: 'اعرض نتائجي', results: 'الأنسب لك:', ranking: 'كل الأدوار مرتبة', productManager: 'مدير المنتج'
}

let env = useBrowser()

/** Elements that stick out of the widget on either side, and whether the page scrolls sideways. */
function overflow(page: Page) {
  return page.evaluate(() => {
    let root = document.querySelector('#host')!.shadowRoot!.querySelector<HTMLElement>('.root')!
    let { left, right } = root.getBoundingClientRect()
    let out = [...root.querySelectorAll<HTMLElement>('*')]
      .map(el => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ el, box }) => !el.closest('.sr-only') && box.width > 0 && (box.right > right + 0.5 || box.left < left - 0.5))
      .map(({ el, box }) => `${el.localName}.${el.getAttribute('class') ?? ''} "${el.textContent?.slice(0, 30)}" ${Math.round(box.left - left)}…${Math.round(box.right - left)}`)
    return { out, pageScrolls: document.documentElement.scrollWidth > innerWidth }
  })
}

async function axe(page: Page) {
  // Evaluated through DevTools: the page's strict CSP would block a script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'))
  return page.evaluate(async () => {
    let axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe
    let results = await axe.run({ include: { fromShadowDom: ['#host', '.root'] } })
    return results.violations.map(v => `${v.id} (${v.nodes.length})`)
  })
}

/** Where an element's text sits in the widget: its distance from the root's left and right edges. */
const inset = (locator: Locator) => locator.evaluate(el => {
  let root = el.closest('.root')!.getBoundingClientRect()
  let range = document.createRange()
  range.selectNodeContents(el)
  let box = range.getBoundingClientRect()
  return { left: Math.round(box.left - root.left), right: Math.round(root.right - box.right) }
})

async function check(page: Page, name: string, width: number) {
  mkdirSync(SHOTS, { recursive: true })
  await page.locator('#host').screenshot({ path: join(SHOTS, `${name}-${width}.png`), animations: 'disabled' })
  expect(await overflow(page), name).toEqual({ out: [], pageScrolls: false })
  expect(await axe(page), name).toEqual([])
}

test.each([320, 1000])('at %i px an Arabic pack lays the widget out right to left, fits, and passes axe', async width => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/csp-ar.html', { width, height: 900 })
  let warnings: string[] = []
  page.on('console', message => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  expect((await page.reload())!.headers()['content-security-policy']).toBe(STRICT_CSP)
  let host = page.locator('#host')
  let heading = host.getByRole('heading', { name: AR.heading })
  await heading.waitFor()
  let root = host.locator('.root')
  expect([await root.getAttribute('dir'), await root.getAttribute('lang')]).toEqual(['rtl', 'ar'])
  // Right to left: the heading starts at the right edge, the start button too.
  let text = await inset(heading)
  expect(text.right).toBeLessThanOrEqual(24)
  expect(text.left).toBeGreaterThan(text.right)
  let start = await inset(host.getByRole('button', { name: AR.start }))
  expect(start.right).toBeLessThan(start.left)
  // What the pack leaves out is English, with one warning naming it.
  expect(warnings.filter(w => w.includes('pack'))).toEqual([expect.stringMatching(/^Career Fit: the "ar" pack has no text for common\.errorHeading, .*results\.shared, .*; showing English there\.$/)])
  await check(page, 'intro', width)

  await host.getByRole('button', { name: AR.start }).click()
  let total = defaultData.questions.length
  for (let n = 1; n <= total; n++) {
    await host.getByText(fill(AR.progress, { n, total }), { exact: true }).first().waitFor()
    if (n === 4) await check(page, 'question', width)
    await host.getByRole('radio').nth(n % 3).check()
    await host.getByRole('button', { name: AR.next }).click()
  }
  await host.getByRole('button', { name: AR.finish }).click()
  await host.getByRole('heading', { name: new RegExp('^' + AR.results) }).first().waitFor()
  await page.waitForTimeout(50)
  expect(await root.innerText()).toContain(AR.productManager)

  // The ranking's bars grow from the right.
  let bars = await host.locator('.r-rank svg').evaluateAll(svgs => svgs.map(svg => {
    let outer = svg.getBoundingClientRect()
    let fill = svg.querySelectorAll('rect')[1]!.getBoundingClientRect()
    return { right: Math.round(outer.right - fill.right), left: Math.round(fill.left - outer.left) }
  }))
  expect(bars.length).toBe(defaultData.roles.length)
  for (let bar of bars) expect(bar.right).toBe(0)
  expect(bars.some(bar => bar.left > 0)).toBe(true)
  for (let summary of await host.locator('summary').all()) await summary.click()
  for (let [part, selector] of [['card', '.r-pair'], ['ranking', '.r-rank'], ['salaries', 'details:has(.r-cmp)']]) {
    await host.locator(selector!).first().screenshot({ path: join(SHOTS, `results-${part}-${width}.png`), animations: 'disabled' })
  }
  await check(page, 'results', width)
  expect(record.errors).toEqual([])
  expect(record.violations).toEqual([])
  await context.close()
})
