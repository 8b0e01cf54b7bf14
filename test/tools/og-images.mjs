// Renders the Open Graph image of each default role to public/og/<role-id>.png
// (1200 × 630): the role, "Career Fit", its average salary and range, and the source.
// Run: node test/tools/og-images.mjs   (plain JS: node 20 has no --experimental-strip-types)
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const ROOT = new URL('../../', import.meta.url)
const { roles, sources } = JSON.parse(readFileSync(new URL('data/roles.json', ROOT), 'utf8'))
const ACCENT = '#1d4ed8'
const MAX_BYTES = 60 * 1024

let money = amount => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(amount)
let escape = text => text.replace(/[&<>"]/g, char => `&#${char.charCodeAt(0)};`)

function citation(salary) {
  let source = sources.find(s => s.id === salary.source)
  if (!source) throw new Error(`Unknown source "${salary.source}"`)
  let by = [source.publisher, source.author, source.year].filter(Boolean).join(', ')
  let quoted = salary.note ? 'Glassdoor figures quoted in ' : ''
  return `Source: ${quoted}“${source.title}”${by ? `, ${by}` : ''}`
}

function page(role) {
  let { salary } = role.facts
  return `<!doctype html><meta charset="utf-8"><style>
  * { margin: 0; box-sizing: border-box }
  body { width: 1200px; height: 630px; display: flex; background: #fff; color: #1b1f27;
    font: 400 32px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif }
  .band { width: 24px; background: ${ACCENT} }
  main { flex: 1; padding: 72px 80px 64px; display: flex; flex-direction: column }
  .brand { font-weight: 700; font-size: 36px; color: ${ACCENT} }
  h1 { margin-top: 56px; font-size: 88px; line-height: 1.05; letter-spacing: -1px }
  .salary { margin-top: 40px; font-size: 40px }
  .salary b { font-size: 56px; color: ${ACCENT} }
  .range { margin-top: 8px; color: #535b69 }
  .source { margin-top: auto; font-size: 22px; color: #535b69 }
</style>
<body><div class="band"></div><main>
  <div class="brand">Career Fit</div>
  <h1>${escape(role.title)}</h1>
  <p class="salary"><b>${money(salary.average)}</b> average salary a year</p>
  <p class="range">Range ${money(salary.min)} – ${money(salary.max)}</p>
  <p class="source">${escape(citation(salary))}</p>
</main></body>`
}

let profile = mkdtempSync(join(tmpdir(), 'career-fit-og-'))
let context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1200, height: 630 },
  deviceScaleFactor: 1
})
try {
  let tab = context.pages()[0] ?? (await context.newPage())
  // Nothing may load from the network: the page is self-contained.
  await tab.route('**/*', route => route.abort())
  for (let role of roles) {
    await tab.setContent(page(role))
    let file = new URL(`public/og/${role.id}.png`, ROOT)
    await tab.screenshot({ path: file.pathname, type: 'png' })
    let bytes = statSync(file).size
    if (bytes > MAX_BYTES) throw new Error(`${role.id}.png is ${bytes} B; keep it under ${MAX_BYTES} B`)
    console.log(`public/og/${role.id}.png  ${bytes} B`)
  }
} finally {
  await context.close()
  rmSync(profile, { recursive: true, force: true })
}
