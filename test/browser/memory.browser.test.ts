// Mounting and destroying widgets over and over must not keep the destroyed ones alive:
// a leak (a listener left on window, a store subscription, a cache keyed by element)
// holds on to a widget's DOM and handle, and this test sees them outlive the garbage collector.
import type { CDPSession, Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { defaultData } from '../../src/engine'
import { messagesFor } from '../../src/i18n/messages'
import { encodeAnswers } from '../../src/share/codec'
import { open, useBrowser } from './harness'

let env = useBrowser()
let m = messagesFor('en')

// A spread of options, so the shared result is a real ranking rather than "not enough to go on".
let code = encodeAnswers(
  Object.fromEntries(defaultData.questions.map((q, i) => [q.id, q.options[(i * 2 + 1) % q.options.length]!.id])),
  defaultData.questions
)

interface Cycles {
  cycle(n: number, texts: { start: string; shared: string }, code: string): Promise<void>
  refs: WeakRef<object>[]
}

/**
 * In the page: `cycle(n)` mounts `n` widgets that reach their first question and `n` that open on
 * a shared result, destroying each; it keeps weak references to every widget's host, shadow root,
 * root element, handle and one rendered control.
 */
function install(page: Page) {
  return page.evaluate(() => {
    let w = window as unknown as { __cf: Cycles; CareerFit: { mount(el: Element): { destroy(): void } } }
    let until = <T>(find: () => T | null | undefined) => new Promise<T>((resolve, reject) => {
      let tries = 0
      let tick = () => {
        let found = find()
        if (found) resolve(found)
        else if (++tries > 2000) reject(new Error('the widget never showed what the test waits for'))
        else setTimeout(tick, 5)
      }
      tick()
    })
    let refs: WeakRef<object>[] = []
    let once = async (texts: { start: string; shared: string }, shared: boolean) => {
      let host = document.createElement('div')
      document.querySelector('main')!.append(host)
      let handle = w.CareerFit.mount(host)
      let shadow = host.shadowRoot!
      let control: Element
      if (shared) {
        control = await until(() => [...shadow.querySelectorAll('p,div,h2')].find(el => el.textContent === texts.shared))
      } else {
        let start = await until(() => [...shadow.querySelectorAll('button')].find(el => el.textContent?.trim() === texts.start))
        start.click()
        control = await until(() => shadow.querySelector('input[type=radio]'))
      }
      refs.push(...[host, shadow, shadow.querySelector('.root')!, handle, control].map(item => new WeakRef(item)))
      handle.destroy()
      host.remove()
    }
    w.__cf = {
      refs,
      async cycle(n, texts, code) {
        for (let i = 0; i < n; i++) {
          await once(texts, false)
          history.replaceState(null, '', '#career-fit=' + code)
          try {
            await once(texts, true)
          } finally {
            history.replaceState(null, '', location.pathname)
          }
        }
      }
    }
  })
}

/** How many of the destroyed widgets' objects survive a full garbage collection. */
async function alive(page: Page, cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
  return page.evaluate(() => (window as unknown as { __cf: Cycles }).__cf.refs.filter(ref => ref.deref()).length)
}

/** Event listeners registered on `window` and on `document`. */
async function listeners(cdp: CDPSession): Promise<{ window: number; document: number }> {
  let count = async (expression: string) => {
    let { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'memory-test' })
    let { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! })
    return listeners.length
  }
  let counts = { window: await count('window'), document: await count('document') }
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'memory-test' })
  return counts
}

test('destroyed widgets are garbage: 32 mount/destroy cycles keep no more alive than the first two', async () => {
  let { page, context, record } = await open(env.browser, env.url, '/pages/api.html')
  let cdp = await context.newCDPSession(page)
  await install(page)
  let texts = { start: m.intro.start, shared: m.results.shared }
  let run = (n: number) => page.evaluate(({ n, texts, code }) => (window as unknown as { __cf: Cycles }).__cf.cycle(n, texts, code), { n, texts, code })

  // nanostores keeps a store's value for a second after its last listener leaves (a timer that
  // holds the widget): wait that out before the baseline. Whatever a library keeps of the last
  // widget (none today) counts in the baseline, and only growth beyond it fails.
  await run(1)
  await page.waitForTimeout(1500)
  let baseline = { alive: await alive(page, cdp), listeners: await listeners(cdp) }

  await run(15)
  expect(await page.evaluate(() => (window as unknown as { __cf: Cycles }).__cf.refs.length)).toBe(5 * 32)
  // Polled with a fresh collection each time, so a slow machine only waits longer.
  await expect.poll(() => alive(page, cdp), { timeout: 20_000, interval: 500 }).toBeLessThanOrEqual(baseline.alive)
  expect(await listeners(cdp)).toEqual(baseline.listeners)
  expect(record.errors).toEqual([])
  await context.close()
})
