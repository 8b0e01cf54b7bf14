import { beforeAll, expect, test } from 'vitest'
import { open, useBrowser } from './harness'
import { completeByClicks } from './quiz'

let env = useBrowser()
let sharer: { shareUrl: string; ranking: Ranked[] }

beforeAll(async () => {
  sharer = await completeAndShare()
})

interface Ranked {
  id: string
  title: string
  match: number
}

/** Completes the quiz on a plain page and returns what the widget announced. */
async function completeAndShare(): Promise<{ shareUrl: string; ranking: Ranked[] }> {
  let { page, context, record } = await open(env.browser, env.url, '/pages/plain.html')
  await completeByClicks(page)
  let complete = (await record.events()).find(event => event.type === 'careerfit:complete')
  expect(record.errors).toEqual([])
  await context.close()
  return complete!.detail as { shareUrl: string; ranking: Ranked[] }
}

/** The ranking as the results screen lists it: role titles and their match text, in order. */
async function shownRanking(page: import('playwright-core').Page): Promise<string[]> {
  let list = page.getByRole('region', { name: 'All roles, ranked' }).getByRole('list')
  return (await list.getByRole('listitem').allTextContents()).map(text => text.replace(/\s+/g, ' ').trim())
}

test('a share link opened in a fresh browser shows the same result, labelled as shared', async () => {
  let { shareUrl, ranking } = sharer
  let { page, context, record } = await open(env.browser, env.url, new URL(shareUrl).pathname + new URL(shareUrl).hash)
  await page.getByText('Someone shared this result with you').waitFor()
  expect(await page.getByRole('heading', { name: /^Your best fit/ }).textContent()).toContain(ranking[0]!.title)
  let shown = await shownRanking(page)
  expect(shown).toHaveLength(ranking.length)
  ranking.forEach((role, i) => {
    expect(shown[i]).toContain(role.title)
    expect(shown[i]).toContain(`${role.match}%`)
  })
  // The recipient can start their own quiz from there.
  await page.getByRole('button', { name: 'Take the quiz yourself' }).click()
  await page.getByRole('heading', { name: 'Which management role fits you?' }).waitFor()
  expect(record.errors).toEqual([])
  await context.close()
})

test.each([
  ['tampered', (code: string) => code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A')],
  ['truncated', (code: string) => code.slice(0, 6)],
  ['oversized', (code: string) => code.repeat(40)],
  ['foreign', () => '9zzzzzzzzzzz'],
  ['markup', () => encodeURIComponent('<img src=x onerror=alert(1)>')]
])('a %s share code shows the damaged-link notice and the normal start, with no page error', async (_, damage) => {
  let url = new URL(sharer.shareUrl)
  let code = url.hash.replace('#career-fit=', '')
  let { page, context, record } = await open(env.browser, env.url, `${url.pathname}#career-fit=${damage(code)}`)
  await page.getByText(/shared link is incomplete/).waitFor()
  await page.getByRole('button', { name: 'Start the quiz' }).waitFor()
  expect(await page.locator('img').count()).toBe(0)
  expect(record.errors).toEqual([])
  await context.close()
})
