import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { open, useBrowser } from './harness'
import { completeByClicks } from './quiz'

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

let env = useBrowser()

interface AxeSummary {
  violations: { id: string; help: string; nodes: string[] }[]
  checked: number
}

/** Runs axe-core on the widget's shadow content only; `checked` proves the scope matched something. */
async function axe(page: Page): Promise<AxeSummary> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE })
  return page.evaluate(async () => {
    let axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[]; passes: { nodes: unknown[] }[] }> } }).axe
    let results = await axe.run({ include: { fromShadowDom: ['#host', '.root'] } })
    return {
      violations: results.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.map(n => JSON.stringify(n.target)) })),
      checked: results.passes.reduce((sum, rule) => sum + rule.nodes.length, 0)
    }
  })
}

for (let theme of ['light', 'dark']) {
  test(`axe-core finds no violations on the intro, a question, its error, the results with sections closed and open, and the review (${theme})`, async () => {
    let { page, context } = await open(env.browser, env.url, '/pages/plain.html')
    if (theme === 'dark') await page.evaluate(() => window.CareerFit!.mount('#host', { theme: 'dark' }))
    await page.getByRole('heading', { name: 'Which management role fits you?' }).waitFor()
    let intro = await axe(page)
    await page.getByRole('button', { name: 'Start the quiz' }).click()
    await page.getByRole('radio').first().waitFor()
    let question = await axe(page)
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('alert').waitFor()
    let missing = await axe(page)
    await page.getByRole('button', { name: 'Back' }).click()
    await completeByClicks(page, page.locator('#host'))
    let results = await axe(page)
    await page.locator('#host details').evaluateAll(all => all.forEach(d => ((d as HTMLDetailsElement).open = true)))
    let resultsOpen = await axe(page)
    await page.getByRole('button', { name: 'Change answers' }).click()
    await page.getByRole('heading', { name: 'Check your answers' }).waitFor()
    let review = await axe(page)
    for (let [screen, summary] of Object.entries({ intro, question, missing, results, resultsOpen, review })) {
      expect(summary.violations, screen).toEqual([])
      expect(summary.checked, screen).toBeGreaterThan(5)
    }
    await context.close()
  })
}
