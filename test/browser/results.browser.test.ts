import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import type { BuiltInLocale as Locale } from '../../src/i18n/messages'
import { open, useBrowser } from './harness'
import { walkQuiz } from './quiz'

let env = useBrowser()
const PHONE = { width: 320, height: 640 }

/** Mounts the page's widget with `options` and walks it to its results. */
async function toResults(page: Page, locale: Locale, options: Record<string, unknown> = {}) {
  await page.evaluate(options => window.CareerFit!.mount('#host', options), { locale, cta: 'https://jobs.example/search?q={role}', ...options })
  await walkQuiz(page, locale)
}

// The results screen's parts, measured from the widget's top.
function parts(page: Page) {
  return page.evaluate(() => {
    let root = document.querySelector('#host')!.shadowRoot!.querySelector('.root')!
    let top = root.getBoundingClientRect().top
    let box = (selector: string) => {
      let el = root.querySelector(selector)
      if (!el) return null
      let r = el.getBoundingClientRect()
      return { top: Math.round(r.top - top), bottom: Math.round(r.bottom - top) }
    }
    return {
      heading: box('.r-res h2'), match: box('article .r-match'), reasons: box('article .r-why'),
      cta: box('article a[part=cta]'), share: box('.share > button'), ranking: box('.r-rank'),
      results: box('[part~=results]')
    }
  })
}

// Phones' system fonts (Roboto, San Francisco) set text about as wide as Arial; Chromium on
// Linux falls back to DejaVu Sans, about a tenth wider. Liberation Sans has Arial's metrics.
const PHONE_FONT = "'Liberation Sans', Arial, sans-serif"

async function firstScreen(locale: Locale, font: string | null) {
  let { page, context, record } = await open(env.browser, env.url, '/pages/fluid.html', PHONE)
  if (font) {
    let installed = await page.evaluate(() => {
      let context = document.createElement('canvas').getContext('2d')!
      let width = (family: string) => ((context.font = `16px ${family}`), context.measureText('Career Fit results').width)
      return width("'Liberation Sans', monospace") !== width('monospace')
    })
    expect(installed, 'Liberation Sans is missing: apt-get install fonts-liberation').toBe(true)
    await page.locator('#host').evaluate((el, font) => (el as HTMLElement).style.setProperty('--career-fit-font', font), font)
  }
  await toResults(page, locale)
  let p = await parts(page)
  for (let [name, box] of Object.entries({ heading: p.heading, match: p.match, reasons: p.reasons, cta: p.cta, share: p.share })) {
    expect(box, name).not.toBeNull()
    expect(box!.bottom, `${name} ends within the first screen`).toBeLessThanOrEqual(PHONE.height)
  }
  // In that order, then every role ranked.
  expect(p.heading!.top).toBeLessThan(p.match!.top)
  expect(p.reasons!.bottom).toBeLessThanOrEqual(p.cta!.top)
  expect(p.cta!.bottom).toBeLessThanOrEqual(p.share!.top)
  expect(p.share!.bottom).toBeLessThanOrEqual(p.ranking!.top)
  expect(record.errors).toEqual([])
  await context.close()
  return p
}

test.each<Locale>(['en', 'es'])('in %s at 320×640 with a phone\'s font the recommendation, its reasons, the call to action and Share fill the first screen, and the results are at most two screens tall', async locale => {
  let p = await firstScreen(locale, PHONE_FONT)
  expect(p.results!.bottom - p.results!.top).toBeLessThanOrEqual(2 * PHONE.height)
})

test('in English at 320×640 with Chromium\'s wider Linux font the first screen still holds the recommendation, its reasons, the call to action and Share', async () => {
  await firstScreen('en', null)
})

test('the detail sections open and close from the keyboard', async () => {
  let { page, context } = await open(env.browser, env.url, '/pages/fluid.html', { width: 1000, height: 800 })
  await toResults(page, 'en')
  let chart = page.locator('#host details', { has: page.getByRole('heading', { name: 'Salaries compared' }) })
  expect(await chart.evaluate(d => (d as HTMLDetailsElement).open)).toBe(false)
  await page.locator('#host summary', { hasText: 'Salaries compared' }).focus()
  await page.keyboard.press('Enter')
  expect(await chart.evaluate(d => (d as HTMLDetailsElement).open)).toBe(true)
  await page.getByRole('table', { name: 'Salary range and average of every role' }).waitFor()
  await page.keyboard.press('Space')
  expect(await chart.evaluate(d => (d as HTMLDetailsElement).open)).toBe(false)
  await context.close()
})

test('the closed sections are built after the results show, and building them moves nothing', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/fluid.html', PHONE)
  await page.evaluate(() => window.CareerFit!.mount('#host', { locale: 'en' }))
  // The geometry of the results the moment they are in the page, before any idle time.
  let geometry = () => {
    let root = document.querySelector('#host')!.shadowRoot!
    // From the results' own top: the page may scroll them into view meanwhile.
    let top = root.querySelector('.r-res')!.getBoundingClientRect().top
    let boxes = [...root.querySelectorAll('.r-res, .r-res summary, .r-res > :last-child')].map(el => {
      let r = el.getBoundingClientRect()
      return [r.top - top, r.height].map(Math.round)
    })
    return { boxes, built: [...root.querySelectorAll('.r-details details')].filter(d => d.children.length > 1).length }
  }
  await walkQuiz(page, 'en', async screen => {
    if (screen !== 'review') return
    await page.evaluate(geometry => {
      let root = document.querySelector('#host')!.shadowRoot!
      let watch = new MutationObserver(() => {
        if (!root.querySelector('.r-res')) return
        watch.disconnect()
        ;(window as { first?: unknown }).first = new Function(`return (${geometry})()`)()
      })
      watch.observe(root, { childList: true, subtree: true })
    }, geometry.toString())
  })
  let first = await page.evaluate(() => (window as { first?: ReturnType<typeof geometry> }).first!)
  expect(first.built).toBe(0)
  // In idle time: every section built, still closed, and nothing moved.
  await page.waitForFunction(() => [...document.querySelector('#host')!.shadowRoot!.querySelectorAll('.r-details details')].every(d => d.children.length > 1))
  let later = await page.evaluate(geometry)
  expect(later.built).toBeGreaterThanOrEqual(4)
  expect(later.boxes).toEqual(first.boxes)
  expect(record.errors).toEqual([])
  await context.close()
})

test('following the call to action dispatches careerfit:cta with the role and the link', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/fluid.html', PHONE)
  // Answer the jobs site with "no content", so the page stays and its events can be read.
  await page.route('https://jobs.example/**', route => route.fulfill({ status: 204 }))
  await toResults(page, 'en')
  let complete = (await record.events()).find(e => e.type === 'careerfit:complete')!.detail as { ranking: { id: string; title: string }[] }
  let top = complete.ranking[0]!
  let link = page.locator('#host').getByRole('link', { name: `Find ${top.title} jobs` })
  expect(await link.getAttribute('target')).toBeNull()
  await link.click()
  await expect.poll(async () => (await record.events()).filter(e => e.type === 'careerfit:cta').map(e => e.detail))
    .toEqual([{ roleId: top.id, href: `https://jobs.example/search?q=${top.id}` }])
  await context.close()
})

test('ctaTarget _blank opens the call to action in a new tab without access to the widget page', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/fluid.html', PHONE)
  await context.route('https://jobs.example/**', route => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Jobs</title>' }))
  await toResults(page, 'en', { ctaTarget: '_blank' })
  let link = page.locator('#host a[part=cta]')
  expect(await link.evaluate(a => [a.getAttribute('target'), a.getAttribute('rel'), a.textContent])).toEqual(['_blank', 'noopener', expect.stringMatching(/jobs \(opens in a new tab\)$/)])
  let [tab] = await Promise.all([context.waitForEvent('page'), link.click()])
  await tab.waitForLoadState()
  expect(await tab.evaluate(() => window.opener)).toBeNull()
  expect((await record.events()).filter(e => e.type === 'careerfit:cta')).toHaveLength(1)
  await context.close()
})

// Where the widget's top is, relative to the viewport, and how far the page is scrolled.
const where = (page: Page) => page.evaluate(() => ({
  top: Math.round(document.querySelector('#host')!.getBoundingClientRect().top),
  scrollY: Math.round(scrollY)
}))

test('on a page with a sticky header a new screen brings the widget\'s top below the header, and only when it is out of view', async () => {
  let { page, context } = await open(env.browser, env.url, '/pages/sticky.html', { width: 390, height: 700 })
  let host = page.locator('#host')
  await host.getByRole('button', { name: 'Start the quiz' }).waitFor()
  // In view below the header: Start leaves the page where it is.
  await page.evaluate(() => scrollBy(0, document.querySelector('#host')!.getBoundingClientRect().top - 100))
  let before = await where(page)
  expect(before.top).toBe(100)
  await host.getByRole('button', { name: 'Start the quiz' }).click()
  await host.getByText('Question 1 of 18').first().waitFor()
  expect(await where(page)).toEqual(before)
  // Under the header: Next brings the top back below it (scroll-padding-top: 72px).
  await page.evaluate(() => scrollBy(0, document.querySelector('#host')!.getBoundingClientRect().top - 20))
  expect((await where(page)).top).toBe(20)
  await host.getByRole('radio').first().check()
  await host.getByRole('button', { name: 'Next' }).click()
  await host.getByText('Question 2 of 18').first().waitFor()
  await expect.poll(async () => (await where(page)).top).toBe(72)
  // Scrolled past entirely: Back brings it down into view too.
  await page.evaluate(() => scrollBy(0, 1500))
  await host.getByRole('button', { name: 'Back' }).click()
  await host.getByText('Question 1 of 18').first().waitFor()
  await expect.poll(async () => (await where(page)).top).toBe(72)
  await context.close()
})

// Every length the widget's CSS sets, per element, to compare at two text sizes.
function lengths(page: Page) {
  return page.evaluate(() => {
    let root = document.querySelector('#host')!.shadowRoot!.querySelector('.root')!
    let props = ['font-size', 'padding-top', 'padding-inline-start', 'margin-top', 'margin-bottom', 'min-height', 'row-gap', 'column-gap', 'border-top-left-radius'] as const
    // Visually hidden text has no size to scale; percentages scale by themselves.
    return [root, ...root.querySelectorAll('*')].filter(el => !el.closest('.sr-only') && (!(el instanceof SVGElement) || el.localName === 'svg')).map(el => {
      let style = getComputedStyle(el)
      let px = (value: string) => (value.endsWith('px') ? parseFloat(value) : 0)
      return Object.fromEntries(props.map(p => [p, px(style.getPropertyValue(p))]))
    })
  })
}

test('--career-fit-font-size scales every size of every screen: 20px is 1.25 times the default', async () => {
  let { page, context } = await open(env.browser, env.url, '/pages/fluid.html', { width: 1280, height: 800 })
  let mismatches: string[] = []
  let checked = 0
  await page.evaluate(() => window.CareerFit!.mount('#host', { cta: 'https://jobs.example/search?q={role}' }))
  await walkQuiz(page, 'en', async screen => {
    if (screen === 'results') await page.locator('#host details').evaluateAll(all => all.forEach(d => ((d as HTMLDetailsElement).open = true)))
    let base = await lengths(page)
    await page.locator('#host').evaluate(el => (el as HTMLElement).style.setProperty('--career-fit-font-size', '20px'))
    let big = await lengths(page)
    await page.locator('#host').evaluate(el => (el as HTMLElement).style.removeProperty('--career-fit-font-size'))
    expect(big).toHaveLength(base.length)
    base.forEach((sizes, i) => {
      for (let [prop, value] of Object.entries(sizes)) {
        if (value === 0) continue
        checked++
        let ratio = big[i]![prop]! / value
        if (Math.abs(ratio - 1.25) > 0.02) mismatches.push(`${screen} #${i} ${prop}: ${value} → ${big[i]![prop]}`)
      }
    })
  })
  expect(checked).toBeGreaterThan(500)
  expect(mismatches).toEqual([])
  await context.close()
})
