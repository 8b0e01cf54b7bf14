import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import type { Theme } from '../../src/embed/options'
import type { BuiltInLocale as Locale } from '../../src/i18n/messages'
import { open, useBrowser } from './harness'
import { completeByClicks, walkQuiz } from './quiz'

let env = useBrowser()

/** What overflows the widget sideways, and the interactive targets smaller than 44×44 px. */
function measure(page: Page) {
  return page.evaluate(() => {
    let root = document.querySelector('#host')!.shadowRoot!.querySelector<HTMLElement>('.root')!
    let limit = root.getBoundingClientRect().right + 0.5
    let wide = [...root.querySelectorAll<HTMLElement>('*')]
      .filter(el => el.getBoundingClientRect().right > limit && !el.closest('.sr-only'))
      .map(el => el.localName + '.' + el.className)
    let targets = [...root.querySelectorAll<HTMLElement>('button, label.option, summary, input:not([type=radio])')]
    let small = targets
      .map(el => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
      .map(({ el, box }) => `${el.localName} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`)
    return { wide, small, checked: targets.length > 0 }
  })
}

test.each([280, 1000])('at %i px every screen fits the width and every target is at least 44 px', async width => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/plain.html', { width, height: 800 })
  await page.getByRole('button', { name: 'Start the quiz' }).waitFor()
  expect(await measure(page)).toEqual({ wide: [], small: [], checked: true })
  await page.getByRole('button', { name: 'Start the quiz' }).click()
  await page.getByRole('radio').first().waitFor()
  expect(await measure(page)).toEqual({ wide: [], small: [], checked: true })
  await page.getByRole('button', { name: 'Back' }).click()
  await completeByClicks(page)
  expect(await measure(page)).toEqual({ wide: [], small: [], checked: true })
  expect(record.errors).toEqual([])
  await context.close()
})

// The damaged-link notice sits inset like the quiz, not flush against the widget's edge.
test.each([280, 1000])('at %i px the damaged-link notice is inset and marked as a notice', async width => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/plain.html#career-fit=1CQp5MOgs8xx', { width, height: 800 })
  let notice = page.getByText('This shared link is incomplete')
  await notice.waitFor()
  let box = await notice.evaluate(el => {
    let root = el.closest('.root')!.getBoundingClientRect()
    let own = el.getBoundingClientRect()
    let style = getComputedStyle(el)
    return { left: own.left - root.left, right: root.right - own.right, edge: style.borderInlineStartWidth, hasBackground: style.backgroundColor !== 'rgba(0, 0, 0, 0)' }
  })
  expect(box.left).toBeGreaterThanOrEqual(16)
  expect(box.right).toBeGreaterThanOrEqual(16)
  expect(box).toMatchObject({ edge: '6px', hasBackground: true })
  expect(await measure(page)).toEqual({ wide: [], small: [], checked: true })
  expect(record.errors).toEqual([])
  await context.close()
})

const WIDTHS = [280, 320, 390, 768, 1280]

/**
 * What breaks the layout at the current width: elements of the widget reaching past its
 * edges, the page scrolling sideways, and text clipped inside its box (scrollWidth
 * beyond clientWidth). Visually hidden text and the link field, which scrolls its own
 * long URL, are left out.
 */
function breakage(page: Page) {
  return page.evaluate(() => {
    let root = document.querySelector('#host')!.shadowRoot!.querySelector<HTMLElement>('.root')!
    let edge = root.getBoundingClientRect()
    let name = (el: Element) => `${el.localName}.${el.getAttribute('class') ?? ''} "${el.textContent?.trim().slice(0, 30)}"`
    let shown = [...root.querySelectorAll<HTMLElement>('*')].filter(el => !el.closest('.sr-only') && el.getClientRects().length > 0)
    let wide = shown
      .filter(el => { let box = el.getBoundingClientRect(); return box.right > edge.right + 0.5 || box.left < edge.left - 0.5 })
      .map(name)
    let clipped = shown
      .filter(el => el.localName !== 'input' && !(el instanceof SVGElement) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
      .map(el => `${name(el)} ${el.scrollWidth}>${el.clientWidth}`)
    let scroll = document.documentElement.scrollWidth > document.documentElement.clientWidth
    return { wide, clipped, scroll, checked: shown.length }
  })
}

// Every screen at five widths, in both languages and both themes, with every results section open.
test.each<[Locale, Theme]>([['en', 'light'], ['en', 'dark'], ['es', 'light'], ['es', 'dark']])(
  'in %s, %s, no screen reaches past the widget, scrolls sideways or clips text from 280 to 1280 px',
  async (locale, theme) => {
    let { page, context, record } = await open(env.browser, env.url, '/pages/fluid.html', { width: 1280, height: 800 })
    await page.evaluate(({ locale, theme }) => window.CareerFit!.mount('#host', { locale, theme, cta: 'https://jobs.example/search?q={role}' }), { locale, theme })
    let problems: Record<string, unknown> = {}
    await walkQuiz(page, locale, async screen => {
      if (screen === 'results') {
        await page.locator('#host details').evaluateAll(all => all.forEach(d => ((d as HTMLDetailsElement).open = true)))
      }
      for (let width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 })
        let found = await breakage(page)
        expect(found.checked, `${screen} at ${width}`).toBeGreaterThan(5)
        if (found.wide.length || found.clipped.length || found.scroll) problems[`${screen} at ${width}`] = found
      }
      await page.setViewportSize({ width: 1280, height: 800 })
    })
    expect(problems).toEqual({})
    expect(record.errors).toEqual([])
    await context.close()
  }
)

// On a phone the tables fold each row into a label line and a line of values: every
// value of a row sits on that one line, and no amount of money breaks across lines.
test.each([280, 320])('at %i px the results tables keep each row\'s figures on one line, each figure whole', async width => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/fluid.html', { width, height: 800 })
  await completeByClicks(page)
  await page.locator('#host details').evaluateAll(all => all.forEach(d => ((d as HTMLDetailsElement).open = true)))
  let rows = await page.locator('#host table tr:has(td)').evaluateAll(all => all.map(row => {
    let cells = [...row.querySelectorAll('td')]
    let tops = new Set(cells.map(cell => Math.round(cell.getBoundingClientRect().top)))
    // A figure ("$136,000", "11%") that wraps has more than one line box.
    let broken = cells.flatMap(cell => [...cell.childNodes].filter(node => node.nodeType === 3).flatMap(node =>
      [...node.textContent!.matchAll(/\S*\d\S*/g)].filter(match => {
        let range = document.createRange()
        range.setStart(node, match.index)
        range.setEnd(node, match.index + match[0].length)
        return range.getClientRects().length > 1
      }).map(match => match[0])))
    return { row: row.querySelector('th')?.textContent, cells: cells.length, lines: tops.size, broken }
  }))
  let salaries = rows.filter(row => row.cells === 3)
  expect(salaries.length).toBeGreaterThanOrEqual(5)
  expect(rows.filter(row => row.lines !== 1 || row.broken.length)).toEqual([])
  expect(record.errors).toEqual([])
  await context.close()
})
