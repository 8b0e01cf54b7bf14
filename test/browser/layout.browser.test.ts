import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { open, useBrowser } from './harness'
import { completeByClicks } from './quiz'

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
