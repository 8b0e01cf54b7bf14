// `npm run bench`: Career Fit against SurveyJS in real Chromium, same questions, same scoring.
// Usage: node test/bench/bench.mjs [--runs 10] [--write] [--readme README.md] [--verbose] [--only ours|peer]
// Environment: BENCH_CYCLES (mount/destroy cycles, 50), BENCH_PROFILES (a path prefix to keep the CPU profiles).
// (after `npm run build`; `npm run bench` does both). Prints a table; the last line is a one-line summary.
import { readFile, writeFile } from 'node:fs/promises'
import { cpus } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { probe } from './probe.mjs'
import { serveApart } from './server.mjs'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const args = process.argv.slice(2)
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 10
const MEMORY_RUNS = 3
const CYCLES = Number(process.env.BENCH_CYCLES) || 50
const ONLY = args.includes('--only') ? [args[args.indexOf('--only') + 1]] : ['ours', 'peer']
const THROTTLE = 4
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-precise-memory-info',
  // Only the local server is reachable: SurveyJS's theme asks Google Fonts for Open Sans, which fails fast.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
]

const { questions, roles, score, SKIP } = await import(pathToFileURL(ROOT + 'dist/engine.mjs').href).catch(error => {
  throw new Error(`bench: can't load dist/engine.mjs; run \`npm run build\` first (${error.message})`)
})

// One fixed answer sheet for both quizzes: a spread of options and one "Not sure / skip".
const SKIP_LABEL = 'Not sure / skip'
const sheet = questions.map((q, i) => {
  let option = q.id === 'industry' ? null : q.options[(i * 2 + 1) % q.options.length]
  return { id: q.id, text: q.text, option: option?.id ?? SKIP, label: option?.label ?? SKIP_LABEL }
})
const outcome = score(Object.fromEntries(sheet.map(s => [s.id, s.option])))
// A low-signal sheet gets a "not enough to go on" screen with no role heading to wait for.
if (outcome.lowSignal) throw new Error('bench: the answer sheet is low-signal; pick other options')
const expected = outcome.ranking[0].title
const titles = roles.map(r => r.title)

const WIDGETS = {
  ours: {
    name: 'Career Fit', page: '/pages/ours.html',
    // After the last question: "Next" (or a review button) leads to "Check your answers".
    lastStep: '^(next|review|check)', submit: '^see my results$', mount: 'CareerFit',
    // The widget's own scripts: CPU profile samples with one of these in their stack count as its time.
    scripts: '/dist/career-fit\\.js$',
    // Its own time starts when its (first) script has arrived.
    main: '/dist/career-fit\\.js$'
  },
  peer: {
    name: 'SurveyJS 2.5.38', page: '/pages/peer.html',
    lastStep: null, submit: '^complete$', mount: 'BenchPeer',
    scripts: '/(survey\\.core\\.min|survey-js-ui\\.min|peer|engine)\\.m?js$',
    main: '/survey\\.core\\.min\\.js$'
  }
}

// Everything the two pages load, fetched once before timing so the server has them gzipped in memory.
const ASSETS = [
  '/pages/ours.html', '/dist/career-fit.js',
  '/pages/peer.html', '/node_modules/survey-core/survey-core.min.css', '/node_modules/survey-core/survey.core.min.js',
  '/node_modules/survey-js-ui/survey-js-ui.min.js', '/pages/peer.mjs', '/dist/engine.mjs'
]

async function open(browser, server, widget, throttle) {
  let context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript(probe)
  let page = await context.newPage()
  let cdp = await context.newCDPSession(page)
  let requests = new Map()
  cdp.on('Network.responseReceived', e => requests.set(e.requestId, { url: e.response.url, body: Number(e.response.headers['content-length'] ?? 0) }))
  cdp.on('Network.loadingFinished', e => { let r = requests.get(e.requestId); if (r) r.transfer = e.encodedDataLength })
  cdp.on('Network.loadingFailed', e => requests.set(e.requestId, { ...requests.get(e.requestId), failed: true }))
  cdp.on('Network.requestWillBeSent', e => { if (!requests.has(e.requestId)) requests.set(e.requestId, { url: e.request.url }) })
  await cdp.send('Network.enable')
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
  let url = server.url + widget.page
  page.on('pageerror', error => console.error(`  [${widget.name}] page error: ${error.message}`))
  await page.goto(url)
  return { context, page, cdp, requests, url }
}

/** One fresh page: bytes, first question, mount long tasks and shifts, then the quiz to the results. */
async function measureRun(browser, server, widget, throttle) {
  let { context, page, cdp, requests, url } = await open(browser, server, widget, throttle)
  try {
    await page.evaluate(() => window.__bench.mounted)
    // Layout-shift entries arrive after paint: let two frames and a moment pass before reading.
    await page.evaluate(async () => { await window.__bench.frames(); await new Promise(r => setTimeout(r, 100)) })
    let mount = await page.evaluate(main => {
      let b = window.__bench
      let t0 = window.__benchT0
      if (b.tFirst === null) return null
      let tasks = b.longTasks.filter(t => t.start + t.duration > t0 && t.start < b.tFirst)
      return {
        first: b.tFirst - t0,
        // The widget's own time: from the last byte of its (first) script to its first usable control.
        own: b.tControl - b.lastByte(main),
        start: b.tStart === null ? null : b.tStart - t0,
        longTasks: tasks.length,
        longTaskMs: tasks.reduce((sum, t) => sum + t.duration, 0),
        shift: b.shifts.reduce((sum, s) => sum + s.value, 0),
        // For --verbose: how much of it happened before "Start" was clicked.
        shiftBeforeStart: b.shifts.filter(s => b.tStart === null || s.start < b.tStart).reduce((sum, s) => sum + s.value, 0)
      }
    }, widget.main)
    if (!mount) throw new Error(`${widget.name}: no question became interactive (is the quiz built?)`)
    // The 18 answers (and the Next between them) under the CPU profiler. Starting and stopping
    // the profiler makes long tasks of its own: those moments are left out of the long-task count.
    let now = () => page.evaluate(() => performance.now())
    let profiler = []
    let scriptMs = await profiled(cdp, widget.scripts, now, profiler, () => page.evaluate(async sheet => {
      let b = window.__bench
      for (let [i, step] of sheet.entries()) {
        await b.answer(step.text, step.label)
        if (i < sheet.length - 1) await b.click(/^next$/i)
      }
    }, sheet))
    let results = await page.evaluate(async ({ widget, expected, titles, profiler }) => {
      let b = window.__bench
      if (widget.lastStep) await b.click(new RegExp(widget.lastStep, 'i'))
      let done = await b.finish(new RegExp(widget.submit, 'i'), expected, titles)
      // Long tasks anywhere from the first question to the results painted.
      await new Promise(resolve => setTimeout(resolve, 100))
      let profiling = t => profiler.some(([from, to]) => t.start < to && t.start + t.duration > from)
      return { ...done, quizLongTasks: b.longTasks.filter(t => t.start + t.duration > b.tFirst && !profiling(t)).length }
    }, { widget, expected, titles, profiler })
    // The host page and its favicon are the host's, not the widget's.
    let loaded = [...requests.values()].filter(r => r.url !== url && !r.url.endsWith('/favicon.ico'))
    let ok = loaded.filter(r => !r.failed)
    return {
      ...mount,
      results: results.ms,
      resultsInDom: results.dom,
      openSections: results.open,
      scriptMs,
      quizLongTasks: results.quizLongTasks,
      heading: results.heading,
      transfer: ok.reduce((sum, r) => sum + (r.transfer ?? 0), 0),
      body: ok.reduce((sum, r) => sum + r.body, 0),
      requests: ok.length,
      files: ok.map(r => ({ path: new URL(r.url).pathname, transfer: r.transfer ?? 0 })),
      blocked: loaded.filter(r => r.failed).map(r => r.url)
    }
  } finally {
    await context.close()
  }
}

/**
 * CPU time, in ms, of the scripts whose URL matches `pattern` while `run()` runs: a sample counts
 * when any frame of its stack is theirs (so native work they call, such as Intl or layout, counts too).
 * Adds to `windows` the page-time spans ([from, to], by `now()`) the profiler took to start and stop.
 */
async function profiled(cdp, pattern, now, windows, run) {
  let from = await now()
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  windows.push([from, await now()])
  let profile
  try {
    await run()
  } finally {
    from = await now()
    ;({ profile } = await cdp.send('Profiler.stop'))
    await cdp.send('Profiler.disable')
    windows.push([from, await now()])
    // BENCH_PROFILES=/tmp/cf- keeps each profile (/tmp/cf-<time>.json) to read in DevTools.
    if (process.env.BENCH_PROFILES) await writeFile(`${process.env.BENCH_PROFILES}${Date.now()}.json`, JSON.stringify(profile))
  }
  let ours = new RegExp(pattern)
  let byId = new Map(profile.nodes.map(node => [node.id, node]))
  let parent = new Map()
  for (let node of profile.nodes) for (let child of node.children ?? []) parent.set(child, node.id)
  let counts = new Map()
  let counted = id => {
    if (!counts.has(id)) {
      let node = byId.get(id)
      let up = parent.get(id)
      counts.set(id, ours.test(node.callFrame.url) || (up !== undefined && counted(up)))
    }
    return counts.get(id)
  }
  let micros = 0
  // timeDeltas[i + 1] is how long sample i's stack ran.
  profile.samples.forEach((id, i) => { if (counted(id)) micros += profile.timeDeltas[i + 1] ?? 0 })
  return micros / 1000
}

/** JS heap after `CYCLES` mount/destroy cycles minus after one, and the growth per cycle from 10 on, in bytes. */
async function measureMemory(browser, server, widget) {
  let { context, page, cdp } = await open(browser, server, widget, 0)
  try {
    await page.evaluate(() => window.__bench.mounted)
    let heap = async () => {
      // nanostores keeps a store alive for 1 s after its last listener leaves (a timer holding the
      // widget): let those timers fire, or the last second of mounts looks like a leak.
      await page.waitForTimeout(1200)
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
      return page.evaluate(() => performance.memory.usedJSHeapSize)
    }
    let cycle = n => page.evaluate(({ n, name }) => {
      let api = window[name]
      if (!api?.mount) throw new Error(`window.${name}.mount is missing`)
      return window.__bench.cycle(n, el => api.mount(el))
    }, { n, name: widget.mount })
    await cycle(1)
    let one = await heap()
    await cycle(9)
    let ten = await heap()
    await cycle(CYCLES - 10)
    let last = await heap()
    // The slope after warm-up tells a per-mount leak from one-off caches and compiled code.
    return { growth: last - one, perCycle: (last - ten) / (CYCLES - 10) }
  } finally {
    await context.close()
  }
}

function median(values) {
  let sorted = values.filter(v => typeof v === 'number').sort((a, b) => a - b)
  if (!sorted.length) return null
  let mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

let kb = bytes => (bytes / 1024).toFixed(1)
let ms = value => value.toFixed(value < 10 ? 1 : 0)
let ratio = (a, b) => {
  if (a === null || b === null) return 'n/a'
  if (b === 0) return a === 0 ? '1' : '—'
  let r = a / b
  return (r < 0.1 ? r.toPrecision(2) : r.toFixed(2)) + 'x'
}

async function main() {
  let server = await serveApart(ROOT, ASSETS)
  let browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: FLAGS })
  let started = Date.now()
  let runs = { ours: [], peer: [] }
  let slow = { ours: [], peer: [] }
  let memory = { ours: [], peer: [] }
  let notes = new Set()
  let broken = new Set()
  try {
    // Interleaved, so drift in machine load hits both sides alike.
    for (let [label, rate, into] of [['normal', 0, runs], [`${THROTTLE}× CPU`, THROTTLE, slow]]) {
      for (let i = 0; i < RUNS; i++) {
        for (let key of ONLY) {
          if (broken.has(key)) continue
          try {
            let run = await measureRun(browser, server, WIDGETS[key], rate)
            into[key].push(run)
            if (run.openSections) notes.add(`${WIDGETS[key].name} had ${run.openSections} disclosures open when its results were painted`)
            for (let url of run.blocked) notes.add(`${WIDGETS[key].name} requested ${new URL(url).host} (blocked, not counted)`)
          } catch (error) {
            // One failure means the quiz can't be driven: report n/a rather than retrying for minutes.
            broken.add(key)
            notes.add(`${WIDGETS[key].name} (${label}) failed, left out: ${error.message.split('\n')[0]}`)
          }
        }
        process.stderr.write(`\r  ${label}: ${i + 1}/${RUNS} (${Math.round((Date.now() - started) / 1000)} s)`)
      }
      process.stderr.write('\n')
    }
    for (let i = 0; i < MEMORY_RUNS; i++) {
      for (let key of ONLY) {
        try {
          memory[key].push(await measureMemory(browser, server, WIDGETS[key]))
        } catch (error) {
          notes.add(`memory, ${WIDGETS[key].name}: ${error.message.split('\n')[0]}`)
        }
      }
    }
    process.stderr.write(`  memory: ${MEMORY_RUNS} × ${CYCLES} cycles each (${Math.round((Date.now() - started) / 1000)} s)\n`)
    let version = browser.version()
    await report({ runs, slow, memory, notes, version, seconds: (Date.now() - started) / 1000 })
  } finally {
    await browser.close()
    await server.close()
  }
}

async function report({ runs, slow, memory, notes, version, seconds }) {
  let m = (set, key, field) => median(set[key].map(r => r[field]))
  let rows = [
    ['Bytes loaded, gzip transfer (KB)', 'transfer', runs, kb],
    ['Requests', 'requests', runs, String],
    ['Own time: last script byte → first control (ms)', 'own', runs, ms],
    ['Script tag → first question interactive (ms)', 'first', runs, ms],
    ['Script CPU time during the 18 answers (ms)', 'scriptMs', runs, ms],
    ['Final submit → results painted, sections closed (ms)', 'results', runs, ms],
    [`Own time to first control, ${THROTTLE}× CPU throttling (ms)`, 'own', slow, ms],
    [`First question, ${THROTTLE}× CPU throttling (ms)`, 'first', slow, ms],
    [`Script CPU during the answers, ${THROTTLE}× CPU (ms)`, 'scriptMs', slow, ms],
    [`Results, sections closed, ${THROTTLE}× CPU throttling (ms)`, 'results', slow, ms],
    ['Long tasks during mount (count)', 'longTasks', runs, String],
    ['Long tasks during mount (total ms)', 'longTaskMs', runs, ms],
    ['Long tasks, first question → results (count)', 'quizLongTasks', runs, String],
    ['Layout shift from mounting (CLS)', 'shift', runs, v => v.toFixed(3)]
  ].map(([metric, field, set, format]) => {
    let a = m(set, 'ours', field)
    let b = m(set, 'peer', field)
    return { metric, a, b, cells: [a === null ? 'n/a' : format(a), b === null ? 'n/a' : format(b), ratio(a, b)] }
  })
  let heapCell = v => v === null ? 'n/a' : kb(v)
  for (let [metric, field] of [[`JS heap growth, ${CYCLES} vs 1 mount/destroy (KB)`, 'growth'], [`JS heap growth per mount/destroy after 10 (KB)`, 'perCycle']]) {
    let a = median(memory.ours.map(r => r[field]))
    let b = median(memory.peer.map(r => r[field]))
    rows.push({ metric, a, b, cells: [heapCell(a), heapCell(b), ratio(a, b)] })
  }

  let head = ['Metric', WIDGETS.ours.name, WIDGETS.peer.name, 'ours / peer']
  let table = [head, head.map(() => '---'), ...rows.map(r => [r.metric, ...r.cells])]
  let widths = head.map((_, c) => Math.max(...table.map(row => row[c].length)))
  let markdown = table.map(row => '| ' + row.map((cell, c) => cell.padEnd(widths[c])).join(' | ') + ' |').join('\n')
  let cpu = cpus()
  let machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}, Chromium ${version}`
  let date = new Date().toISOString().slice(0, 10)
  let files = key => (runs[key][0]?.files ?? []).map(f => `${f.path.split('/').pop()} ${kb(f.transfer)}`).join(' + ')
  let footer = `Median of ${RUNS} runs each (memory: median of ${MEMORY_RUNS}), ${date}, ${machine}. ` +
    `Bytes (KB, gzip): ${WIDGETS.ours.name} ${files('ours') || 'n/a'}; ${WIDGETS.peer.name} ${files('peer') || 'n/a'} ` +
    '(the peer\'s total counts our engine.mjs, its questions and scoring, and the page script that wires them in; ' +
    'the Open Sans web font its theme requests from Google Fonts is blocked and not counted).'

  if (args.includes('--verbose')) {
    for (let [label, set] of [['normal', runs], ['throttled', slow]]) {
      for (let key of ['ours', 'peer']) {
        console.log(`${label} ${key}: ` + JSON.stringify(set[key].map(({ blocked, heading, files, ...r }) =>
          Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 1000) / 1000 : v])))))
      }
    }
    console.log('memory (bytes):', JSON.stringify(memory))
  }
  let headings = new Set([...runs.ours, ...runs.peer].map(r => r.heading))
  console.log(`\nSame answers on both sides; expected top role "${expected}"; result headings seen: ${[...headings].map(h => `"${h}"`).join(', ')}`)
  let early = m(runs, 'ours', 'shiftBeforeStart')
  if (early !== null && m(runs, 'ours', 'start') !== null) {
    notes.add(`${WIDGETS.ours.name}'s layout shift before its Start click: ${early.toFixed(3)}; the rest follows the ` +
      'scripted click, which a browser would exclude (hadRecentInput) after a real one')
  }
  for (let note of notes) console.log(`note: ${note}`)
  console.log(`\n${markdown}\n\n${footer} Bench took ${Math.round(seconds)} s.`)

  if (args.includes('--write')) await writeReadme(`${markdown}\n\n${footer}`)

  let pick = name => rows.find(r => r.metric.startsWith(name))
  let pair = (row, format, unit) => `${format(row.a)}${unit} vs ${format(row.b)}${unit} (${ratio(row.a, row.b)})`
  let safe = format => v => v === null ? 'n/a' : format(v)
  console.log('bench: ' + [
    `career-fit ${pair(pick('Bytes'), safe(kb), ' KB').replace(' vs ', ' vs SurveyJS ')}`,
    `own time to first control ${pair(pick('Own time:'), safe(ms), ' ms')}`,
    `first question ${pair(pick('Script tag'), safe(ms), ' ms')}`,
    `script CPU during answers ${pair(pick('Script CPU time'), safe(ms), ' ms')}`,
    `results ${pair(pick('Final submit'), safe(ms), ' ms')}`,
    `${THROTTLE}x CPU first question ${pair(pick('First question,'), safe(ms), ' ms')}`,
    `${THROTTLE}x CPU script during answers ${pair(pick('Script CPU during'), safe(ms), ' ms')}`,
    `${THROTTLE}x CPU results ${pair(pick('Results,'), safe(ms), ' ms')}`,
    `long tasks ${pair(pick('Long tasks during mount (total'), safe(ms), ' ms')}`,
    `CLS ${pair(pick('Layout shift'), safe(v => v.toFixed(3)), '')}`,
    `heap +${pair(rows.at(-2), safe(kb), ' KB')}`
  ].join('; '))
}

async function writeReadme(section) {
  let file = args.includes('--readme') ? args[args.indexOf('--readme') + 1] : ROOT + 'README.md'
  let text = await readFile(file, 'utf8')
  let pattern = /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/
  if (!pattern.test(text)) {
    console.error('--write: README.md has no <!-- bench:start --> … <!-- bench:end --> markers; left unchanged.')
    return
  }
  await writeFile(file, text.replace(pattern, (_, start, end) => `${start}\n${section}\n${end}`))
  console.error('--write: updated the Performance table in README.md')
}

await main()
