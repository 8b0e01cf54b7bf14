// Issue 13: pages that must not stop the widget, in a real browser.
import { expect, test } from 'vitest'
import { open, useBrowser } from './harness'

let env = useBrowser()

test('in an iframe sandboxed without allow-forms, Next and Enter move through the questions', async () => {
  let { page, context } = await open(env.browser, env.url, '/pages/api.html')
  await page.evaluate(src => {
    let frame = document.createElement('iframe')
    frame.setAttribute('sandbox', 'allow-scripts')
    frame.style.cssText = 'width: 600px; height: 700px'
    frame.srcdoc = `<div data-career-fit></div><script src="${src}"></script>`
    document.body.append(frame)
  }, env.url + '/dist/career-fit.js')
  let quiz = page.frameLocator('iframe')
  await quiz.getByRole('button', { name: 'Start the quiz' }).click()
  await quiz.getByRole('radio').first().check()
  await quiz.getByRole('button', { name: 'Next' }).click()
  await quiz.getByText('Question 2 of 18', { exact: true }).first().waitFor()
  await quiz.getByRole('radio').nth(1).check()
  await quiz.getByRole('radio').nth(1).press('Enter')
  await quiz.getByText('Question 3 of 18', { exact: true }).first().waitFor()
  await context.close()
})

test('destroy() shows the host\'s own children again, and <body> is refused', async () => {
  let { page, context } = await open(env.browser, env.url, '/pages/api.html')
  let own = page.locator('#host .own')
  await page.locator('#host').evaluate(host => (host.innerHTML = '<p class="own">The page\'s own text</p>'))
  await own.waitFor()
  let widget = await page.evaluateHandle(() => window.CareerFit!.mount('#host'))
  await page.getByRole('button', { name: 'Start the quiz' }).waitFor()
  expect(await own.isVisible()).toBe(false)
  await widget.evaluate(handle => handle.destroy())
  expect(await own.isVisible()).toBe(true)
  expect(await own.evaluate(p => p.getBoundingClientRect().height)).toBeGreaterThan(0)
  let refused = await page.evaluate(() => {
    try {
      window.CareerFit!.mount(document.body)
      return 'mounted'
    } catch (error) {
      return (error as Error).message
    }
  })
  expect(refused).toMatch(/^Career Fit: can't mount on <body>/)
  expect(await page.getByRole('heading', { name: 'Mounted through the API' }).isVisible()).toBe(true)
  await context.close()
})

test('changing <career-fit-quiz> attributes keeps the question and the focus', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/api.html')
  await page.evaluate(() => document.body.append(document.createElement('career-fit-quiz')))
  await page.getByRole('button', { name: 'Start the quiz' }).click()
  await page.getByRole('radio').nth(1).check()
  await page.evaluate(() => {
    let element = document.querySelector('career-fit-quiz')!
    for (let i = 0; i < 200; i++) element.setAttribute('theme', i % 2 ? 'dark' : 'light')
  })
  await page.locator('.root[data-theme="dark"]').waitFor()
  expect(await page.getByRole('radio').nth(1).isChecked()).toBe(true)
  let focused = await page.evaluate(() => (document.querySelector('career-fit-quiz')!.shadowRoot!.activeElement as HTMLInputElement | null)?.type)
  expect(focused).toBe('radio')
  expect((await record.events()).filter(event => event.type === 'careerfit:ready')).toHaveLength(1)
  await context.close()
})
