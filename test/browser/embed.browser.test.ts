import { expect, test } from 'vitest'
import { open, useBrowser } from './harness'
import { completeByClicks, completeByKeyboard, QUESTION_COUNT } from './quiz'

let env = useBrowser()

test('the script tag renders the widget in its element', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/plain.html')
  await page.getByRole('heading', { name: 'Which management role fits you?' }).waitFor()
  let shape = await page.evaluate(() => {
    let root = document.querySelector('#host')!.shadowRoot!.querySelector('.root')!
    return { part: root.getAttribute('part'), sheets: document.querySelector('#host')!.shadowRoot!.adoptedStyleSheets.length }
  })
  expect(shape).toEqual({ part: 'root', sheets: 1 })
  expect(await record.events()).toEqual([{ type: 'careerfit:ready', detail: { version: expect.any(String) }, target: 'host' }])
  expect(record.errors).toEqual([])
  await context.close()
})

test('a visitor completes the quiz with the keyboard only, and events carry the right details', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/plain.html')
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url })
  await page.getByRole('heading', { name: 'Which management role fits you?' }).waitFor()
  await completeByKeyboard(page)

  let events = await record.events()
  let steps = events.filter(event => event.type === 'careerfit:step')
  expect(steps.map(event => (event.detail as { step: number }).step)).toEqual(
    Array.from({ length: QUESTION_COUNT }, (_, i) => i + 1)
  )
  expect(steps[0]!.detail).toEqual({ step: 1, questionId: 'work-with' })
  let complete = events.filter(event => event.type === 'careerfit:complete')
  expect(complete).toHaveLength(1)
  let detail = complete[0]!.detail as { ranking: { id: string; title: string; match: number }[]; answers: Record<string, string>; shareUrl: string }
  expect(Object.keys(detail).sort()).toEqual(['answers', 'ranking', 'shareUrl'])
  expect(detail.ranking).toHaveLength(5)
  expect(detail.ranking[0]).toEqual({ id: expect.any(String), title: expect.any(String), match: expect.any(Number) })
  expect(Object.keys(detail.answers)).toHaveLength(QUESTION_COUNT)
  expect(detail.shareUrl).toMatch(new RegExp(`^${env.url}/pages/plain\\.html#career-fit=[\\w-]+$`))
  let heading = await page.getByRole('heading', { name: /^Your best fit/ }).textContent()
  expect(heading).toContain(detail.ranking[0]!.title)

  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect.poll(async () => (await record.events()).slice(-1).map(event => [event.type, event.detail])).toEqual([
    ['careerfit:share', { channel: 'copy' }]
  ])
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(detail.shareUrl)

  // The share link opens the same result, marked as shared.
  let shared = await context.newPage()
  await shared.goto(detail.shareUrl)
  await shared.getByText('Someone shared this result with you').waitFor()
  expect(await shared.getByRole('heading', { name: /^Your best fit/ }).textContent()).toBe(heading)
  expect(record.errors).toEqual([])
  await context.close()
})

test('two widgets on a page are independent', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/two.html')
  let one = page.locator('#one')
  let two = page.locator('#two')
  await two.getByRole('heading', { name: '¿Qué puesto de gestión encaja contigo?' }).waitFor()
  await one.getByRole('heading', { name: 'Which management role fits you?' }).waitFor()
  await completeByClicks(page, one)
  expect(await two.getByRole('radio').count()).toBe(0)
  // Each key ends in the question set's fingerprint.
  let keys = () => page.evaluate(() => Object.keys(localStorage).sort().map(key => key.replace(/:\w+$/, '')))
  expect(await keys()).toEqual(['career-fit:one'])
  await two.getByRole('button').first().click()
  await two.getByRole('radio').first().check()
  expect(await keys()).toEqual(['career-fit:one', 'career-fit:two'])
  let twoSaved = await page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find(key => key.startsWith('career-fit:two:'))!)!).answers)
  expect(Object.keys(twoSaved)).toHaveLength(1)
  expect(await one.getByRole('heading', { name: /^Your best fit/ }).count()).toBe(1)
  let targets = new Set((await record.events()).map(event => `${event.type} ${event.target}`))
  expect(targets).toContain('careerfit:complete one')
  expect(targets).toContain('careerfit:step two')
  expect(targets).not.toContain('careerfit:complete two')
  expect(record.errors).toEqual([])
  await context.close()
})

test('loading the script twice mounts each element once and throws nothing', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/twice.html')
  await page.locator('#element').getByRole('heading', { name: 'Which management role fits you?' }).waitFor()
  await page.waitForLoadState('load')
  let counts = await page.evaluate(() => ({
    host: document.querySelector('#host')!.shadowRoot!.querySelectorAll('.root').length,
    element: document.querySelector('#element')!.shadowRoot!.querySelectorAll('.root').length,
    hostSheets: document.querySelector('#host')!.shadowRoot!.adoptedStyleSheets.length,
    global: Object.keys(window.CareerFit!).sort()
  }))
  expect(counts).toEqual({ host: 1, element: 1, hostSheets: 1, global: ['mount', 'version'] })
  expect((await record.events()).filter(event => event.type === 'careerfit:ready')).toHaveLength(2)
  expect(record.errors).toEqual([])
  await context.close()
})

test('destroy() removes everything the widget added, and its listeners', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/api.html')
  let cdp = await context.newCDPSession(page)
  let listeners = async () => {
    let counts: number[] = []
    for (let expression of ['window', 'document', 'document.querySelector("#host")']) {
      let { result } = await cdp.send('Runtime.evaluate', { expression })
      let { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: -1, pierce: true })
      counts.push(listeners.length)
    }
    return counts
  }
  let before = { html: await page.locator('#host').evaluate(host => host.outerHTML), listeners: await listeners() }
  await page.evaluate(() => {
    ;(window as unknown as { widget: { destroy(): void } }).widget = window.CareerFit!.mount('#host', { theme: 'dark', accent: 'rebeccapurple' })
  })
  await page.getByRole('button', { name: 'Start the quiz' }).click()
  await page.getByRole('radio').first().check()
  expect((await listeners())[2]).toBeGreaterThan(before.listeners[2]!)
  await page.evaluate(() => (window as unknown as { widget: { destroy(): void } }).widget.destroy())
  let after = await page.locator('#host').evaluate(host => ({
    html: host.outerHTML,
    children: host.shadowRoot!.childNodes.length,
    sheets: host.shadowRoot!.adoptedStyleSheets.length
  }))
  // One child: the slot that shows the host's own children again.
  expect(after).toEqual({ html: before.html, children: 1, sheets: 0 })
  expect(await listeners()).toEqual(before.listeners)
  let eventsBefore = (await record.events()).length
  // Mounting again reuses the empty shadow root.
  await page.evaluate(() => window.CareerFit!.mount('#host').destroy())
  expect((await record.events()).length).toBe(eventsBefore + 1)
  expect(record.errors).toEqual([])
  await context.close()
})

test('a missing target throws an Error naming the selector', async () => {
  let { page, context } = await open(env.browser, env.url, '/pages/api.html')
  let message = await page.evaluate(() => {
    try {
      window.CareerFit!.mount('#nowhere')
      return 'no error'
    } catch (error) {
      return error instanceof Error ? error.message : 'not an Error'
    }
  })
  expect(message).toContain('#nowhere')
  await context.close()
})

test('data attributes set locale, theme, accent, roles, share base and the call to action', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/options.html')
  let host = page.locator('#host')
  await host.getByText('con 3 puestos de gestión').waitFor()
  let look = await host.evaluate(element => {
    let root = element.shadowRoot!.querySelector('.root')!
    let button = element.shadowRoot!.querySelector('button')!
    return { lang: root.getAttribute('lang'), background: getComputedStyle(root).backgroundColor, button: [getComputedStyle(button).backgroundColor, getComputedStyle(button).color] }
  })
  expect(look).toEqual({ lang: 'es', background: 'rgb(21, 24, 30)', button: ['rgb(255, 208, 0)', 'rgb(0, 0, 0)'] })
  await host.getByRole('button', { name: 'Empezar el test' }).click()
  let complete = (await record.events()).length
  for (let n = 1; n <= 18; n++) {
    await host.getByText(`Pregunta ${n} de 18`, { exact: true }).first().waitFor()
    await host.getByRole('radio').nth(n % 4).check()
    await host.getByRole('button', { name: 'Siguiente' }).click()
  }
  await host.getByRole('button', { name: 'Ver mis resultados' }).click()
  await expect.poll(async () => (await record.events()).slice(complete).some(event => event.type === 'careerfit:complete')).toBe(true)
  let detail = (await record.events()).find(event => event.type === 'careerfit:complete')!.detail as { ranking: { id: string; title: string }[]; shareUrl: string }
  expect(detail.ranking.map(role => role.id).sort()).toEqual(['product-manager', 'program-manager', 'project-manager'])
  expect(detail.shareUrl).toMatch(/^https:\/\/example\.com\/quiz#career-fit=/)
  let top = detail.ranking[0]!
  let cta = host.getByRole('link', { name: `Ver empleos de ${top.title}` })
  expect(await cta.getAttribute('href')).toBe(`https://jobs.example/search?q=${top.id}`)
  expect(record.errors).toEqual([])
  await context.close()
})

// Regression: custom data is merged over the widget's slimmed defaults (vite.config.ts),
// which must still pass parseQuizData.
// Both load career-fit.data.js to check the questions; the inline page does it under the strict CSP.
test.each(['/pages/custom-data.html', '/pages/csp-custom-data.html'])('custom questions from %s are checked and used', async path => {
  let { page, context, record } = await open(env.browser, env.url, path)
  let custom = page.locator('#custom')
  await custom.getByText('4 questions', { exact: false }).waitFor({ timeout: 3000 })
  await custom.getByRole('button', { name: 'Start the quiz' }).click()
  await custom.getByText('Question 1 of 4', { exact: true }).first().waitFor()
  expect(await page.evaluate(() => [...document.scripts].map(script => new URL(script.src).pathname).sort()))
    .toEqual(['/dist/career-fit.data.js', '/dist/career-fit.js'])
  expect(record.errors).toEqual([])
  await context.close()
})

test('dist/career-fit.mjs mounts through its named exports without a global', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/esm.html')
  await page.getByRole('heading', { name: '¿Qué puesto de gestión encaja contigo?' }).waitFor()
  let esm = await page.evaluate(() => {
    let { version, hasGlobal } = (window as unknown as { esm: { version: string; hasGlobal: boolean } }).esm
    return { version, hasGlobal, element: !!customElements.get('career-fit-quiz') }
  })
  expect(esm).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+/), hasGlobal: false, element: true })
  expect(record.errors).toEqual([])
  await context.close()
})
