// The demo page's own script: re-mounts the widget with the chosen options through
// the public API, keeps the snippet in step, and logs the widget's events.
// It runs before the widget's script, so it listens from the first event on.
const form = document.getElementById('demo-options')
const snippet = document.getElementById('snippet-code')
const log = document.getElementById('event-log')
const status = document.getElementById('copy-status')

function chosen() {
  let data = new FormData(form)
  let options = { theme: data.get('theme'), locale: data.get('locale') }
  if (data.get('accent')) options.accent = data.get('accent')
  if (data.get('mode') === 'popup') options.mode = 'popup'
  return options
}

function showSnippet(options) {
  let attributes = Object.entries(options).map(([key, value]) => ` data-${key}="${value}"`).join('')
  snippet.textContent = `<div data-career-fit${attributes}></div>\n<script src="https://your.cdn/career-fit.js" defer></script>`
}

form.addEventListener('change', () => {
  let options = chosen()
  document.documentElement.dataset.theme = options.theme
  window.CareerFit.mount('#career-fit', options)
  showSnippet(options)
})

document.getElementById('copy-snippet').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent)
    status.textContent = 'Snippet copied.'
  } catch {
    getSelection().selectAllChildren(snippet)
    status.textContent = 'Snippet selected: press Ctrl+C or ⌘C to copy it.'
  }
})

function summary(type, detail) {
  if (type === 'step') return `question ${detail.step}: ${detail.questionId}`
  if (type === 'complete') return detail.ranking.map(role => `${role.title} ${role.match}%`).slice(0, 2).join(', ')
  if (type === 'share') return detail.channel
  if (type === 'open' || type === 'close') return 'the dialog'
  return `version ${detail.version}`
}

for (let type of ['ready', 'step', 'complete', 'share', 'cta', 'open', 'close']) {
  document.addEventListener('careerfit:' + type, event => {
    let item = document.createElement('li')
    let name = document.createElement('code')
    name.textContent = event.type
    item.append(name, ' ', summary(type, event.detail))
    log.prepend(item)
    while (log.children.length > 8) log.lastElementChild.remove()
  })
}

showSnippet(chosen())
