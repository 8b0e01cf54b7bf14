// Popup mode (issue 15): a launcher button that opens the quiz in a modal <dialog>.
import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { questions } from '../../src/engine'
import { resultUrl } from '../../src/share/link'
import { focused, open, tabTo, useBrowser } from './harness'
import { completeByClicks, completeByKeyboard } from './quiz'
import { embed as deEmbed } from '../../src/i18n/de/embed'
import { intro as deIntro } from '../../src/i18n/de/intro'

let env = useBrowser()
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
// Set SHOTS to a folder to keep screenshots of the launcher and the open dialog.
const SHOTS = process.env.SHOTS

const isOpen = (page: Page, id = 'quiz') =>
  page.evaluate(id => !!document.getElementById(id)!.shadowRoot!.querySelector('dialog')?.matches(':modal'), id)
const eventTypes = async (record: { events(): Promise<{ type: string; target: string }[]> }) =>
  (await record.events()).filter(event => /open|close/.test(event.type)).map(event => `${event.type} ${event.target}`)

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/${name}.png` })
}

test('a keyboard visitor opens the dialog from the launcher, answers, closes with Esc and the close button, and finds the answers again', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/popup.html')
  let quiz = page.locator('#quiz')
  let launcher = quiz.getByRole('button', { name: 'Take the career quiz' })
  await launcher.waitFor()
  expect(await quiz.getByRole('heading', { name: 'Which management role fits you?' }).isVisible()).toBe(false)
  await shoot(page, 'launcher-1000')

  // Tab reaches the launcher (after the page's link); Enter opens the dialog with focus inside it.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Take the career quiz' })
  await page.keyboard.press('Enter')
  await expect.poll(() => isOpen(page)).toBe(true)
  expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Close' })
  let dialog = quiz.getByRole('dialog', { name: 'Which management role fits you?' })
  await dialog.getByRole('heading', { name: 'Which management role fits you?' }).waitFor()
  await shoot(page, 'dialog-1000')

  // Tab stays in the dialog: Start, then the first question.
  await page.keyboard.press('Tab')
  expect(await focused(page)).toMatchObject({ text: 'Start the quiz' })
  await page.keyboard.press('Enter')
  await dialog.getByText('Question 1 of 18', { exact: true }).first().waitFor()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  expect((await focused(page)).checked).toBe(true)
  let chosen = await dialog.getByRole('radio', { checked: true }).getAttribute('value')

  // Esc closes it and focus goes back to the launcher.
  await page.keyboard.press('Escape')
  await expect.poll(() => isOpen(page)).toBe(false)
  expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Take the career quiz' })

  // Reopened: the same question, the same answer; the visible close button closes it.
  await page.keyboard.press('Enter')
  await expect.poll(() => isOpen(page)).toBe(true)
  await dialog.getByText('Question 1 of 18', { exact: true }).first().waitFor()
  expect(await dialog.getByRole('radio', { checked: true }).getAttribute('value')).toBe(chosen)
  await page.keyboard.press('Enter') // the focused close button
  await expect.poll(() => isOpen(page)).toBe(false)
  expect(await focused(page)).toMatchObject({ text: 'Take the career quiz' })

  // The same progress record: a reload continues from it.
  let saved = await page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find(key => key.startsWith('career-fit:quiz:'))!)!))
  expect(Object.values(saved.answers)).toEqual([chosen])
  await expect.poll(() => eventTypes(record)).toEqual([
    'careerfit:open quiz', 'careerfit:close quiz', 'careerfit:open quiz', 'careerfit:close quiz'
  ])
  expect(record.errors).toEqual([])
  await context.close()
})

test('the page behind the open dialog does not scroll, and scrolls again once it closes', async () => {
  let { page, context } = await open(env.browser, env.url, '/pages/popup.html')
  let launcher = page.locator('#quiz').getByRole('button', { name: 'Take the career quiz' })
  await launcher.click()
  await expect.poll(() => isOpen(page)).toBe(true)
  await page.mouse.move(20, 20) // over the backdrop, outside the dialog
  await page.mouse.wheel(0, 800)
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => scrollY)).toBe(0)
  await page.keyboard.press('Escape')
  await expect.poll(() => isOpen(page)).toBe(false)
  await page.mouse.wheel(0, 800)
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0)
  await context.close()
})

test('at 480 px wide or less the dialog is a full-screen sheet; wider, a centred box', async () => {
  for (let [width, height, sheet] of [[320, 640, true], [480, 800, true], [1000, 900, false]] as const) {
    let { page, context } = await open(env.browser, env.url, '/pages/popup.html', { width, height })
    if (width === 320) await shoot(page, 'launcher-320')
    await page.locator('#quiz').getByRole('button', { name: 'Take the career quiz' }).click()
    await expect.poll(() => isOpen(page)).toBe(true)
    let box = (await page.locator('#quiz').getByRole('dialog').boundingBox())!
    if (sheet) expect(box).toEqual({ x: 0, y: 0, width, height })
    else {
      expect(box.width).toBeLessThan(width - 100)
      expect(Math.abs(box.x + box.width / 2 - width / 2)).toBeLessThanOrEqual(1)
    }
    // Nothing sticks out of the dialog sideways.
    let overflow = await page.evaluate(() => {
      let dialog = document.getElementById('quiz')!.shadowRoot!.querySelector('dialog')!
      return dialog.scrollWidth - dialog.clientWidth
    })
    expect(overflow).toBe(0)
    if (width === 320) await shoot(page, 'dialog-320')
    // The close button has its own row: answer rows take the quiz's whole width, none squeezed beside it.
    await page.locator('#quiz').getByRole('button', { name: 'Start the quiz' }).click()
    await page.locator('#quiz').getByRole('radio').first().waitFor()
    let rows = await page.evaluate(() => {
      let shadow = document.getElementById('quiz')!.shadowRoot!
      let quiz = shadow.querySelector('.quiz')!
      let style = getComputedStyle(quiz)
      let inner = quiz.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
      return [...shadow.querySelectorAll('.option')].map(row => Math.round(row.getBoundingClientRect().width - inner))
    })
    expect(rows.length).toBeGreaterThan(1)
    expect(new Set(rows)).toEqual(new Set([0]))
    await context.close()
  }
})

test('an element with data-career-fit-open opens the dialog; the handle has open() and close()', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/popup.html')
  await page.locator('#quiz').getByRole('button', { name: 'Take the career quiz' }).waitFor()
  await page.getByRole('link', { name: 'Open the quiz' }).click()
  await expect.poll(() => isOpen(page)).toBe(true)
  // The opener's own action (following #quiz) is cancelled.
  expect(await page.evaluate(() => location.hash)).toBe('')
  await page.keyboard.press('Escape')
  await expect.poll(() => isOpen(page)).toBe(false)
  // Back on the element that opened it.
  expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Open the quiz' })

  await page.evaluate(() => {
    let handle = window.CareerFit!.mount('#quiz', { mode: 'popup' }) as unknown as { open(): void; close(): void }
    ;(window as unknown as { handle: typeof handle }).handle = handle
  })
  await page.locator('#quiz').getByRole('button', { name: 'Take the career quiz' }).waitFor()
  await page.evaluate(() => (window as unknown as { handle: { open(): void } }).handle.open())
  await expect.poll(() => isOpen(page)).toBe(true)
  await page.evaluate(() => (window as unknown as { handle: { close(): void } }).handle.close())
  await expect.poll(() => isOpen(page)).toBe(false)
  await expect.poll(() => eventTypes(record)).toEqual([
    'careerfit:open quiz', 'careerfit:close quiz', 'careerfit:open quiz', 'careerfit:close quiz'
  ])
  expect(record.errors).toEqual([])
  await context.close()
})

test('axe-core finds no violations with the dialog open, on the intro, a question and the results, and on the launcher', async () => {
  let { page, context } = await open(env.browser, env.url, '/pages/popup.html')
  await page.locator('#quiz').getByRole('button', { name: 'Take the career quiz' }).click()
  await expect.poll(() => isOpen(page)).toBe(true)
  await page.addScriptTag({ path: AXE })
  let scan = () => page.evaluate(async () => {
    let axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string }[]; passes: unknown[] }> } }).axe
    let results = await axe.run({ include: { fromShadowDom: ['#quiz', 'dialog'] } })
    return { violations: results.violations.map(v => v.id), checked: results.passes.length > 0 }
  })
  expect(await scan()).toEqual({ violations: [], checked: true })
  let dialog = page.locator('#quiz').getByRole('dialog')
  await dialog.getByRole('button', { name: 'Start the quiz' }).click()
  await dialog.getByText('Question 1 of 18', { exact: true }).first().waitFor()
  expect(await scan()).toEqual({ violations: [], checked: true })
  await dialog.getByRole('button', { name: 'Back' }).click()
  await completeByClicks(page, dialog)
  expect(await scan()).toEqual({ violations: [], checked: true })
  await page.keyboard.press('Escape')
  await expect.poll(() => isOpen(page)).toBe(false)
  let launcher = await page.evaluate(async () => {
    let axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string }[]; passes: unknown[] }> } }).axe
    let results = await axe.run({ include: { fromShadowDom: ['#quiz', '.root'] } })
    return { violations: results.violations.map(v => v.id), checked: results.passes.length > 0 }
  })
  expect(launcher).toEqual({ violations: [], checked: true })
  await context.close()
})

test('under the strict CSP an unnamed opener opens the popup widget, with no violations', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/csp-popup.html')
  await page.locator('#quiz').getByRole('button', { name: 'Take the career quiz' }).waitFor()
  await page.getByRole('link', { name: 'Open the quiz' }).click()
  await expect.poll(() => isOpen(page)).toBe(true)
  await page.locator('#quiz').getByRole('button', { name: 'Start the quiz' }).click()
  await page.locator('#quiz').getByText('Question 1 of 18', { exact: true }).first().waitFor()
  await page.locator('#quiz').getByRole('button', { name: 'Close' }).click()
  await expect.poll(() => isOpen(page)).toBe(false)
  expect(record.violations).toEqual([])
  expect(record.errors).toEqual([])
  await context.close()
})

test('on the hostile host page the launcher and the dialog keep their own styles', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/hostile-popup.html')
  let quiz = page.locator('#quiz')
  let launcher = quiz.getByRole('button', { name: 'Take the career quiz' })
  await launcher.waitFor()
  expect(await launcher.isVisible()).toBe(true)
  await page.getByRole('link', { name: 'Open the quiz' }).click()
  await expect.poll(() => isOpen(page)).toBe(true)
  let looks = await page.evaluate(() => {
    let shadow = document.getElementById('quiz')!.shadowRoot!
    let style = (selector: string) => getComputedStyle(shadow.querySelector(selector)!)
    let heading = style('h2')
    return {
      headingColor: heading.color, headingTransform: heading.textTransform, headingSize: heading.fontSize,
      closeDisplay: style('.close').display, dialogWidth: shadow.querySelector('dialog')!.getBoundingClientRect().width
    }
  })
  expect(looks).toEqual({
    headingColor: 'rgb(27, 31, 39)', headingTransform: 'none', headingSize: '24px',
    closeDisplay: 'flex', dialogWidth: 640
  })
  await quiz.getByRole('button', { name: 'Start the quiz' }).click()
  await quiz.getByText('Question 1 of 18', { exact: true }).first().waitFor()
  await page.keyboard.press('Escape')
  await expect.poll(() => isOpen(page)).toBe(false)
  expect(record.errors).toEqual([])
  await context.close()
})

test('with an inline and a popup widget on a page, the opener opens the popup and the inline one is left alone', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/two-popup.html')
  let inline = page.locator('#inline')
  let popup = page.locator('#popup')
  await inline.getByRole('heading', { name: 'Which management role fits you?' }).waitFor()
  await popup.getByRole('button', { name: 'Take the career quiz' }).waitFor()
  expect(await inline.getByRole('button', { name: 'Take the career quiz' }).count()).toBe(0)
  // A keyboard visitor uses the page's own opener (role=button, Enter).
  await page.getByRole('button', { name: 'Open the quiz' }).focus()
  await page.getByRole('button', { name: 'Open the quiz' }).click()
  await expect.poll(() => isOpen(page, 'popup')).toBe(true)
  await popup.getByRole('button', { name: 'Start the quiz' }).click()
  await popup.getByRole('radio').first().check()
  await page.keyboard.press('Escape')
  await expect.poll(() => isOpen(page, 'popup')).toBe(false)
  let keys = await page.evaluate(() => Object.keys(localStorage))
  expect(keys).toHaveLength(1)
  expect(keys[0]).toMatch(/^career-fit:popup:/)
  expect(await inline.getByRole('button', { name: 'Start the quiz' }).isVisible()).toBe(true)
  await expect.poll(() => eventTypes(record)).toEqual(['careerfit:open popup', 'careerfit:close popup'])
  expect(record.errors).toEqual([])
  await context.close()
})

test('a shared link on a page with a popup widget opens the dialog on the shared result', async () => {
  let answers = Object.fromEntries(questions.map((question, n) => [question.id, question.options[n % 3]!.id]))
  let hash = new URL(resultUrl(answers, questions, 'https://example.com/')).hash
  let { page, context, record } = await open(env.browser, env.url, '/pages/popup.html' + hash)
  await expect.poll(() => isOpen(page)).toBe(true)
  let dialog = page.locator('#quiz').getByRole('dialog')
  await dialog.getByText('Someone shared this result with you').waitFor()
  expect(await dialog.getByRole('heading', { name: /^Your best fit/ }).isVisible()).toBe(true)
  await page.keyboard.press('Escape')
  await expect.poll(() => isOpen(page)).toBe(false)
  await expect.poll(() => eventTypes(record)).toEqual(['careerfit:open quiz', 'careerfit:close quiz'])
  expect(record.errors).toEqual([])
  await context.close()
})

const POPUP_FILE = /career-fit\.popup\.js$/

test('an inline widget never requests career-fit.popup.js; a page with a popup widget requests it once', async () => {
  for (let [path, expected] of [['/pages/plain.html', 0], ['/pages/two-popup.html', 1]] as const) {
    let { page, context } = await open(env.browser, env.url, '/pages/blank.html')
    let requests: string[] = []
    page.on('request', request => requests.push(request.url()))
    await page.goto(env.url + path)
    await page.locator('[data-career-fit], career-fit-quiz').first().getByRole('button').first().waitFor()
    await page.waitForTimeout(200)
    expect(requests, path).toContain(`${env.url}/dist/career-fit.js`)
    expect(requests.filter(url => POPUP_FILE.test(url)), path).toHaveLength(expected)
    await context.close()
  }
})

// A popup widget mounted on a page that has not loaded career-fit.popup.js yet.
const mountLater = (page: Page) => page.evaluate(() => {
  let host = Object.assign(document.createElement('div'), { id: 'later' })
  document.querySelector('main')!.append(host)
  window.CareerFit!.mount(host, { mode: 'popup' })
})

test('while career-fit.popup.js loads, a popup widget shows no quiz and holds only a button\'s height', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/plain.html')
  await page.locator('#host').getByRole('button', { name: 'Start the quiz' }).waitFor()
  let release = () => {}
  await page.route(POPUP_FILE, async route => {
    await new Promise<void>(resolve => (release = resolve))
    await route.continue()
  })
  await mountLater(page)
  await page.waitForTimeout(300)
  let loading = await page.evaluate(() => {
    let host = document.getElementById('later')!
    let root = host.shadowRoot!.querySelector('.root')!
    return { text: root.textContent, busy: root.getAttribute('aria-busy'), height: host.getBoundingClientRect().height }
  })
  expect(loading.text).toBe('')
  expect(loading.busy).toBe('true')
  expect(loading.height).toBeLessThanOrEqual(44)
  release()
  let launcher = page.locator('#later').getByRole('button', { name: 'Take the career quiz' })
  await launcher.waitFor()
  // The launcher takes the space held for it: nothing below moves further.
  expect((await page.locator('#later').boundingBox())!.height).toBe(44)
  expect(await page.locator('#later').getByRole('heading').count()).toBe(0)
  expect(record.errors).toEqual([])
  await context.close()
})

test('when career-fit.popup.js can\'t be loaded, the widget says so in place of the launcher', async () => {
  let { page, context } = await open(env.browser, env.url, '/pages/plain.html')
  await page.locator('#host').getByRole('button', { name: 'Start the quiz' }).waitFor()
  await page.route(POPUP_FILE, route => route.fulfill({ status: 404, body: 'Not found' }))
  await mountLater(page)
  let alert = page.locator('#later').getByRole('alert')
  await alert.waitFor()
  expect(await alert.textContent()).toMatch(/^Career Fit could not start: a file it needs could not be loaded\..*\/dist\/career-fit\.popup\.js could not be loaded$/)
  expect(await page.locator('#later').getByRole('button').count()).toBe(0)
  await context.close()
})

test('the ES module loads popup mode as a chunk, not career-fit.popup.js', async () => {
  let { page, context } = await open(env.browser, env.url, '/pages/blank.html')
  let requests: string[] = []
  page.on('request', request => requests.push(request.url()))
  await page.goto(env.url + '/pages/esm-popup.html')
  let launcher = page.locator('#host').getByRole('button', { name: 'Take the career quiz' })
  await launcher.click()
  await expect.poll(() => isOpen(page, 'host')).toBe(true)
  await page.locator('#host').getByRole('dialog').getByRole('button', { name: 'Start the quiz' }).waitFor()
  expect(requests.filter(url => POPUP_FILE.test(url))).toEqual([])
  expect(requests.filter(url => /\/dist\/popup-[\w-]+\.js$/.test(url))).toHaveLength(1)
  await context.close()
})

test('moving through the quiz in the dialog leaves the page behind where it was; a click on the backdrop closes it', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/popup.html')
  let quiz = page.locator('#quiz')
  await quiz.getByRole('button', { name: 'Take the career quiz' }).waitFor()
  await page.evaluate(() => scrollTo(0, 1200))
  await page.evaluate(() => document.getElementById('opener')!.click())
  await expect.poll(() => isOpen(page)).toBe(true)
  let dialog = quiz.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Start the quiz' }).click()
  for (let n = 1; n <= 3; n++) {
    await dialog.getByText(`Question ${n} of 18`, { exact: true }).first().waitFor()
    await dialog.getByRole('radio').first().check()
    await dialog.getByRole('button', { name: 'Next' }).click()
  }
  await dialog.getByText('Question 4 of 18', { exact: true }).first().waitFor()
  expect(await page.evaluate(() => scrollY)).toBe(1200)
  await page.mouse.click(5, 5)
  await expect.poll(() => isOpen(page)).toBe(false)
  await expect.poll(() => page.evaluate(() => [scrollY, document.documentElement.style.overflow])).toEqual([1200, ''])
  await expect.poll(() => eventTypes(record)).toEqual(['careerfit:open quiz', 'careerfit:close quiz'])
  await context.close()
})

test('destroy() while the dialog is open gives the page back its scrolling and the host its children', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/popup.html')
  let handle = await page.evaluateHandle(() => window.CareerFit!.mount('#quiz', { mode: 'popup' }))
  await page.locator('#quiz').getByRole('button', { name: 'Take the career quiz' }).click()
  await expect.poll(() => isOpen(page)).toBe(true)
  await handle.evaluate(widget => widget.destroy())
  let after = await page.evaluate(() => {
    let shadow = document.getElementById('quiz')!.shadowRoot!
    return { overflow: document.documentElement.style.overflow, children: [...shadow.children].map(child => child.localName) }
  })
  expect(after).toEqual({ overflow: '', children: ['slot'] })
  // An opener no longer opens anything.
  await page.getByRole('link', { name: 'Open the quiz' }).click()
  await page.waitForTimeout(200)
  expect(await page.locator('#quiz').getByRole('dialog').count()).toBe(0)
  expect(record.errors).toEqual([])
  await context.close()
})

test('keyboard only, the whole quiz runs in the dialog, and its results stay there after closing and reopening', async () => {
  for (let [width, height] of [[1000, 900], [320, 640]] as const) {
    let { page, context, record } = await open(env.browser, env.url, '/pages/popup.html', { width, height })
    let quiz = page.locator('#quiz')
    await quiz.getByRole('button', { name: 'Take the career quiz' }).waitFor()
    await tabTo(page, 'Take the career quiz')
    await page.keyboard.press('Enter')
    await expect.poll(() => isOpen(page)).toBe(true)
    await completeByKeyboard(page)
    let dialog = quiz.getByRole('dialog')
    let heading = dialog.getByRole('heading', { name: /^Your best fit/ })
    await heading.waitFor()
    await shoot(page, `results-${width}`)
    // The results start at their top, wherever the review was scrolled to.
    let top = (await heading.boundingBox())!.y
    expect(top).toBeGreaterThan((await dialog.getByRole('button', { name: 'Close' }).boundingBox())!.y)
    expect(top).toBeLessThan(height / 3)
    // Scrolled down, the results pass under the close button's row, which stays in view.
    let scrolled = await page.evaluate(() => {
      let root = document.getElementById('quiz')!.shadowRoot!.querySelector<HTMLElement>('dialog > .root')!
      root.scrollBy(0, 600)
      return root.scrollTop
    })
    expect(scrolled).toBeGreaterThan(0)
    await shoot(page, `results-scrolled-${width}`)
    let close = await dialog.getByRole('button', { name: 'Close' }).boundingBox()
    expect(close!.y).toBeGreaterThanOrEqual(0)
    expect(close!.y + close!.height).toBeLessThanOrEqual(height)
    await page.keyboard.press('Escape')
    await expect.poll(() => isOpen(page)).toBe(false)
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Take the career quiz' })
    await page.keyboard.press('Enter')
    await dialog.getByRole('heading', { name: /^Your best fit/ }).waitFor()
    expect((await record.events()).filter(event => event.type === 'careerfit:complete')).toHaveLength(1)
    expect(record.errors).toEqual([])
    await context.close()
  }
})

test('a changed attribute on <career-fit-quiz mode="popup"> keeps the dialog open, the answer and the focus, with no events', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/two-popup.html')
  let popup = page.locator('#popup')
  await popup.getByRole('button', { name: 'Take the career quiz' }).click()
  await expect.poll(() => isOpen(page, 'popup')).toBe(true)
  await popup.getByRole('button', { name: 'Start the quiz' }).click()
  await popup.getByRole('radio').nth(1).check()
  await page.evaluate(() => document.getElementById('popup')!.setAttribute('theme', 'dark'))
  await expect.poll(() => page.evaluate(() => document.getElementById('popup')!.shadowRoot!.querySelector('dialog .root')?.getAttribute('data-theme'))).toBe('dark')
  expect(await isOpen(page, 'popup')).toBe(true)
  expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('hidden')
  expect(await popup.getByRole('radio', { checked: true }).count()).toBe(1)
  expect(await focused(page)).toMatchObject({ type: 'radio', checked: true })
  await page.keyboard.press('Escape')
  await expect.poll(() => isOpen(page, 'popup')).toBe(false)
  await expect.poll(() => page.evaluate(() => document.documentElement.style.overflow)).toBe('')
  await expect.poll(() => eventTypes(record)).toEqual(['careerfit:open popup', 'careerfit:close popup'])
  expect(record.errors).toEqual([])
  await context.close()
})

test('the launcher and the close button speak the widget\'s language and take a site owner\'s wording', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/popup.html')
  await page.locator('#quiz').getByRole('button', { name: 'Take the career quiz' }).waitFor()
  await page.evaluate(() => window.CareerFit!.mount('#quiz', { mode: 'popup', locale: 'de' }))
  let quiz = page.locator('#quiz')
  await quiz.getByRole('button', { name: deEmbed.launcher, exact: true }).click()
  await quiz.getByRole('dialog', { name: deIntro.heading }).getByRole('button', { name: deEmbed.close, exact: true }).waitFor()
  await page.keyboard.press('Escape')
  await page.evaluate(() => window.CareerFit!.mount('#quiz', { mode: 'popup', messages: { 'embed.launcher': 'Find your role', 'embed.close': 'Done' } }))
  await quiz.getByRole('button', { name: 'Find your role', exact: true }).click()
  await quiz.getByRole('dialog').getByRole('button', { name: 'Done', exact: true }).waitFor()
  expect(record.errors).toEqual([])
  await context.close()
})
