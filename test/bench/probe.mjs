// In-page instrumentation, injected before any page script runs (page.addInitScript).
// It runs inside the browser, so it must not use anything from this module's scope.

/**
 * Installs `window.__bench`: long-task and layout-shift records, the moment the first
 * question became interactive, and helpers that drive either quiz through the DOM
 * (including open shadow roots, which it learns about by wrapping `attachShadow`).
 *
 * ```js
 * await context.addInitScript(probe)
 * ```
 */
export function probe() {
  // Shadow roots to observe; removed hosts are dropped so the memory test sees no leak of ours.
  let roots = [document]
  let prune = () => { roots = roots.filter(r => r === document || r.host.isConnected) }
  let attach = Element.prototype.attachShadow
  Element.prototype.attachShadow = function (init) {
    let shadow = attach.call(this, init)
    prune()
    roots.push(shadow)
    for (let watch of watchers) watch.observe(shadow, WATCH)
    return shadow
  }

  let b = (window.__bench = { longTasks: [], shifts: [], tFirst: null, tStart: null, tControl: null })
  new PerformanceObserver(list => {
    for (let e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver(list => {
    for (let e of list.getEntries()) if (!e.hadRecentInput) b.shifts.push({ start: e.startTime, value: e.value })
  }).observe({ type: 'layout-shift', buffered: true })

  // Every element under `root`, descending into open shadow roots.
  function all(root = document) {
    let out = []
    let walk = node => {
      for (let el of node.querySelectorAll('*')) {
        out.push(el)
        if (el.shadowRoot) walk(el.shadowRoot)
      }
    }
    walk(root.shadowRoot ?? root)
    return out
  }
  let norm = text => (text ?? '').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim()
  let shown = el => el.isConnected && el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0
  let usable = el => shown(el) && !el.matches(':disabled') && el.getAttribute('aria-disabled') !== 'true'
  let nameOf = el => norm(el.getAttribute('aria-label') || el.value && el.matches('input') && el.type !== 'radio' && el.value ||
    el.labels?.[0]?.textContent || el.textContent)
  let isRadio = el => el.matches('input[type=radio], [role=radio]')
  let radios = root => all(root).filter(isRadio)
  let button = (pattern, root) => all(root).find(el =>
    el.matches('button, input[type=button], input[type=submit], [role=button]') && pattern.test(nameOf(el)) && usable(el))

  // Observes the document and every shadow root; resolves when `test()` returns a value.
  const WATCH = { subtree: true, childList: true, attributes: true, characterData: true }
  let watchers = new Set()
  function until(test, timeout = 10_000) {
    return new Promise((resolve, reject) => {
      let done = value => {
        watcher.disconnect()
        watchers.delete(watcher)
        clearTimeout(timer)
        resolve(value)
      }
      let check = () => {
        let value = test()
        if (value) done(value)
        return value
      }
      let watcher = new MutationObserver(check)
      let timer = setTimeout(() => {
        watcher.disconnect()
        watchers.delete(watcher)
        reject(new Error('timed out waiting for ' + (test.label ?? test.toString().slice(0, 80))))
      }, timeout)
      if (check()) return
      watchers.add(watcher)
      for (let root of roots) watcher.observe(root, WATCH)
      // Style-only changes (a class toggling visibility) fire no mutation on the radio itself.
      let frame = () => watchers.has(watcher) && !check() && requestAnimationFrame(frame)
      requestAnimationFrame(frame)
    })
  }
  let frames = () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))

  // The first question is interactive when a radio is visible and enabled. Our widget shows
  // an intro first: its "Start" button is clicked the moment it appears, and that time counts.
  function firstQuestion(root = document, mark = false, timeout = 10_000) {
    let started = false
    let test = () => {
      if (!started) {
        let start = button(/^(start|continue)\b/i, root)
        if (start) {
          started = true
          if (mark) b.tStart = b.tControl = performance.now()
          start.click()
        }
      }
      let radio = radios(root).find(usable)
      // The first control a visitor can use: our Start button, or the peer's first radio.
      if (radio && mark && b.tControl === null) b.tControl = performance.now()
      return radio
    }
    return until(test, timeout)
  }
  // Long timeout: the 4×-throttled peer parses 1.7 MB of script first.
  b.mounted = firstQuestion(document, true, 30_000).then(() => { b.tFirst = performance.now() }, () => null)

  // The smallest visible element whose text contains `text`: the question's title.
  function titleOf(text) {
    let want = norm(text)
    let hits = all().filter(el => norm(el.textContent).includes(want) && shown(el))
    return hits.sort((x, y) => x.textContent.length - y.textContent.length)[0]
  }
  // The nearest ancestor of the title (crossing shadow boundaries) that holds radios.
  function groupOf(title) {
    for (let el = title; el; el = el.parentElement ?? el.getRootNode().host) {
      if (radios(el).length) return el
    }
    return null
  }

  // Each click in a task of its own, as a visitor's are: without this, a widget that renders in
  // microtasks would take several answers in one long task of the driver's making.
  let task = () => new Promise(resolve => setTimeout(resolve))

  /** Answers one question: picks the unchecked radio named `label` under the title `text`. */
  b.answer = async (text, label) => {
    let want = norm(label)
    let radio = await until(() => {
      let title = titleOf(text)
      let group = title && groupOf(title)
      return group && radios(group).find(r => nameOf(r) === want && usable(r))
    })
    await task()
    radio.click()
    await until(() => radio.checked || radio.getAttribute('aria-checked') === 'true')
  }
  /** When the last byte of the scripts whose URL matches `pattern` arrived (resource timing). */
  b.lastByte = pattern => Math.max(...performance.getEntriesByType('resource')
    .filter(e => new RegExp(pattern).test(e.name)).map(e => e.responseEnd))
  b.click = async pattern => {
    let target = await until(() => button(pattern))
    await task()
    target.click()
  }
  b.waitButton = pattern => until(() => button(pattern))

  /** Clicks the final submit button and times until the heading naming `title` is painted. */
  b.finish = async (pattern, title, titles) => {
    let submit = await until(() => button(pattern))
    // A visitor reads the screen before the last click: let the page be idle once (at most 1 s), as it would be.
    await new Promise(resolve => requestIdleCallback(resolve, { timeout: 1000 }))
    // A heading names the top role if the longest role title it contains is that one
    // ("Lead program manager" also contains "program manager").
    let names = el => {
      let text = norm(el.textContent).toLowerCase()
      let found = titles.filter(t => text.includes(t.toLowerCase())).sort((x, y) => y.length - x.length)[0]
      return found === title
    }
    let t0 = performance.now()
    submit.click()
    let heading = await until(() => all().find(el => el.matches('h1,h2,h3,h4,h5,h6,[role=heading]') && names(el)))
    let dom = performance.now() - t0
    await frames()
    let ms = performance.now() - t0
    // The results are timed as a visitor first sees them: every disclosure closed.
    return { ms, dom, heading: norm(heading.textContent), open: all().filter(el => el.matches('details[open]')).length }
  }

  /** Mounts and destroys `n` widgets, each until its first question is interactive. */
  b.cycle = async (n, mount) => {
    for (let i = 0; i < n; i++) {
      let el = document.createElement('div')
      document.body.append(el)
      let handle = mount(el)
      await firstQuestion(el)
      handle.destroy()
      el.remove()
      prune()
    }
    await frames()
  }
  b.frames = frames
}
