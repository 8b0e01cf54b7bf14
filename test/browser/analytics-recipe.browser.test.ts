// The README's analytics recipes, run as written on a plain host page: the data layer
// gets every event the widget dispatched, and the endpoint one result with the answers.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { open, useBrowser } from './harness'
import { completeByClicks } from './quiz'

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const events = README.slice(README.indexOf('## Events'), README.indexOf('## Theming'))
const [dataLayerRecipe, endpointRecipe] = [...events.matchAll(/```js\n([\s\S]*?)```/g)].map(([, code]) => code!)

let env = useBrowser()

test('the README\'s Google Tag Manager and endpoint recipes get what the widget dispatched', async () => {
  expect(dataLayerRecipe).toContain('window.dataLayer')
  expect(endpointRecipe).toContain("'careerfit:complete'")
  let { page, context, record } = await open(env.browser, env.url, '/pages/plain.html')
  let posts: { url: string; body: unknown }[] = []
  await page.route('**/api/career-fit', async route => {
    posts.push({ url: route.request().url(), body: route.request().postDataJSON() })
    await route.fulfill({ status: 204 })
  })
  await page.addInitScript(`${dataLayerRecipe}\n${endpointRecipe}`)
  await page.reload()
  await completeByClicks(page)
  await expect.poll(() => posts.length).toBe(1)

  let dispatched = await record.events()
  let layer = await page.evaluate(() => (window as unknown as { dataLayer: { event: string; careerFit: unknown }[] }).dataLayer)
  expect(layer).toEqual(dispatched.map(({ type, detail }) => ({ event: type, careerFit: detail })))
  let complete = dispatched.find(event => event.type === 'careerfit:complete')!.detail as {
    ranking: { id: string; match: number }[]; answers: Record<string, string>
  }
  expect(posts[0]).toEqual({
    url: `${env.url}/api/career-fit`,
    body: { role: complete.ranking[0]!.id, match: complete.ranking[0]!.match, answers: complete.answers }
  })
  expect(Object.keys(complete.answers)).toHaveLength(18)
  expect(record.errors).toEqual([])
  await context.close()
})
