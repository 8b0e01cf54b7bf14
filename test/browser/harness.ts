// Real-browser harness: Debian's Chromium through playwright-core, a tiny static
// server for dist/ and the fixture pages, and a record of everything that went wrong.
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'
]
/** The strict policy the CSP fixture page is served with, as a real response header. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'none'"
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png'
}

/** Chromium's path: `CHROMIUM_PATH`, else the first Debian/Chrome location that exists. */
export function findChromium(): string {
  let path = [process.env.CHROMIUM_PATH, ...CANDIDATES].find(candidate => candidate && existsSync(candidate))
  if (!path) throw new Error('Chromium not found: install Debian\'s chromium (apt-get install chromium) or set CHROMIUM_PATH')
  return path
}

/** Launches one headless Chromium (share it across a test file). */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: FLAGS })
}

/**
 * Serves `/dist/*` (the built widget) and `/pages/*` (fixtures in test/browser/pages)
 * on 127.0.0.1 at a random port. Pages named `csp*.html` get the strict CSP header.
 */
export async function serve(): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(join(ROOT, 'dist/career-fit.js'))) throw new Error('dist/career-fit.js is missing: run npm run build first')
  let server: Server = createServer((request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    let file = path.startsWith('/dist/') ? join(ROOT, path)
      : path.startsWith('/pages/') ? join(ROOT, 'test/browser', path)
      : null
    if (path === '/favicon.ico') {
      response.writeHead(204).end()
      return
    }
    if (!file || !existsSync(file)) {
      response.writeHead(404).end('Not found')
      return
    }
    let headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }
    if (/\/csp[^/]*\.html$/.test(path)) headers['content-security-policy'] = STRICT_CSP
    response.writeHead(200, headers).end(readFileSync(file))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  let { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise(resolve => server.close(() => resolve()))
  }
}

/** What a page did wrong, and what the widgets dispatched. */
export interface PageRecord {
  errors: string[]
  violations: string[]
  events(): Promise<{ type: string; detail: unknown; target: string }[]>
}

/**
 * Opens `path` in a fresh context and records page errors, console errors, CSP
 * violations and every `careerfit:*` event reaching the document.
 */
export async function open(browser: Browser, base: string, path: string, viewport = { width: 1000, height: 900 }) {
  let context = await browser.newContext({ viewport, reducedMotion: 'reduce' })
  context.setDefaultTimeout(10_000)
  let page = await context.newPage()
  let errors: string[] = []
  let violations: string[] = []
  page.on('pageerror', error => errors.push(`pageerror: ${error.message}`))
  page.on('console', message => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`)
  })
  await page.exposeFunction('__cfViolation', (text: string) => violations.push(text))
  // Injected by the DevTools protocol, so a strict CSP does not block it.
  await page.addInitScript(() => {
    let w = window as unknown as { __cfViolation(text: string): void; __cfEvents: unknown[] }
    w.__cfEvents = []
    document.addEventListener('securitypolicyviolation', e => w.__cfViolation(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`))
    for (let type of ['ready', 'step', 'complete', 'share', 'cta', 'open', 'close']) {
      document.addEventListener('careerfit:' + type, event => {
        let target = event.target as Element
        w.__cfEvents.push({ type: event.type, detail: (event as CustomEvent).detail, target: target.id || target.localName })
      })
    }
  })
  await page.goto(base + path)
  let record: PageRecord = {
    errors, violations,
    events: () => page.evaluate(() => (window as unknown as { __cfEvents: { type: string; detail: unknown; target: string }[] }).__cfEvents)
  }
  return { page, context, record }
}

/** The focused element, looking through open shadow roots: its tag, role and text. */
export function focused(page: Page): Promise<{ tag: string; text: string; type: string | null; checked: boolean }> {
  return page.evaluate(() => {
    let active = document.activeElement
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
    let element = active as HTMLInputElement | null
    return {
      tag: element?.localName ?? '',
      text: (element?.localName === 'input' ? element.closest('label')?.textContent : element?.textContent)?.trim() ?? '',
      type: element?.getAttribute('type') ?? null,
      checked: !!element?.checked
    }
  })
}

/** Presses Tab until the focused element is a button or link whose text matches `name`. */
export async function tabTo(page: Page, name: string | RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    let now = await focused(page)
    if ((now.tag === 'button' || now.tag === 'a') && (typeof name === 'string' ? now.text === name : name.test(now.text))) return
  }
  throw new Error(`Tab never reached "${String(name)}"`)
}

/**
 * Pixels that differ between two PNG screenshots (decoded by the browser), and where.
 * A channel counts as different beyond `tolerance`: Chromium's anti-aliasing of the
 * same shape can vary by one step between pages.
 */
export function pixelDiff(page: Page, a: Buffer, b: Buffer, tolerance = 8): Promise<{ count: number; box: number[] | null; size: string }> {
  return page.evaluate(async ([a, b, tolerance]) => {
    let decode = async (base64: string) => {
      let bitmap = await createImageBitmap(await (await fetch('data:image/png;base64,' + base64)).blob())
      let canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      let context = canvas.getContext('2d')!
      context.drawImage(bitmap, 0, 0)
      return context.getImageData(0, 0, bitmap.width, bitmap.height)
    }
    let [x, y] = await Promise.all([decode(a), decode(b)])
    if (x.width !== y.width || x.height !== y.height) return { count: -1, box: null, size: `${x.width}×${x.height} vs ${y.width}×${y.height}` }
    let count = 0
    let box: number[] | null = null
    for (let i = 0; i < x.data.length; i += 4) {
      if ([0, 1, 2, 3].every(c => Math.abs(x.data[i + c]! - y.data[i + c]!) <= (tolerance as number))) continue
      count++
      let px = (i / 4) % x.width
      let py = Math.floor(i / 4 / x.width)
      box = box ? [Math.min(box[0]!, px), Math.min(box[1]!, py), Math.max(box[2]!, px), Math.max(box[3]!, py)] : [px, py, px, py]
    }
    return { count, box, size: `${x.width}×${x.height}` }
  }, [a.toString('base64'), b.toString('base64'), tolerance] as const)
}

/**
 * One Chromium and one static server for a test file, started before its tests
 * and closed after them.
 *
 * ```ts
 * let env = useBrowser()
 * test('…', async () => { let { page } = await open(env.browser, env.url, '/pages/plain.html') })
 * ```
 */
export function useBrowser(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined
  let server: Awaited<ReturnType<typeof serve>> | undefined
  beforeAll(async () => {
    ;[browser, server] = await Promise.all([launch(), serve()])
  })
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()])
  })
  return {
    get browser() {
      return browser!
    },
    get url() {
      return server!.url
    }
  }
}
