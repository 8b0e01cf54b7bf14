import { expect, test } from 'vitest'
import { open, useBrowser } from './harness'

let env = useBrowser()

test('a reload mid-quiz brings the visitor back to the same question with every answer', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/plain.html')
  await page.getByRole('button', { name: 'Start the quiz' }).click()
  let chosen: string[] = []
  for (let n = 1; n <= 3; n++) {
    await page.getByText(`Question ${n} of 18`, { exact: true }).first().waitFor()
    let radio = page.getByRole('radio').nth(n)
    chosen.push((await radio.getAttribute('value'))!)
    await radio.check()
    await page.getByRole('button', { name: 'Next' }).click()
  }
  await page.getByText('Question 4 of 18', { exact: true }).first().waitFor()
  await page.reload()
  await page.getByRole('button', { name: 'Continue where you left off' }).click()
  await page.getByText('Question 4 of 18', { exact: true }).first().waitFor()
  for (let n = 3; n >= 1; n--) {
    await page.getByRole('button', { name: 'Back' }).click()
    await page.getByText(`Question ${n} of 18`, { exact: true }).first().waitFor()
    expect(await page.getByRole('radio', { checked: true }).getAttribute('value')).toBe(chosen[n - 1])
  }
  expect(record.errors).toEqual([])
  await context.close()
})
