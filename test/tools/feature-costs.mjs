// What each part of the widget costs in dist/career-fit.js, gzip -9: builds the
// IIFE once as it is, then once per part with that part's module replaced by
// empty exports, and prints the difference. Strings live in shared locale
// tables, so a part's own text is not counted (it stays in the build).
//
//   node test/tools/feature-costs.mjs
import { build } from 'vite'
import { gzipSync } from 'node:zlib'

const PARTS = {
  'salary chart (SVG + data table)': 'src/ui/results/salary-chart.tsx',
  'side-by-side comparison': 'src/ui/results/comparison.tsx',
  'source footnotes': 'src/ui/results/footnotes.tsx',
  'why not the runner-up': 'src/ui/results/runner-up.tsx',
  'ranking bars': 'src/ui/results/ranking.tsx',
  'how we calculated this': 'src/ui/results/method.tsx',
  'was this helpful?': 'src/ui/results/feedback.tsx',
  'share actions (all)': 'src/ui/share-actions.tsx',
  'share codec': 'src/share/codec.ts',
  'custom data loading (the checker is in career-fit.data.js)': 'src/embed/load-data.ts',
  'option checking and warnings': 'src/embed/options.ts',
  'custom element': 'src/embed/element.ts',
  'popup mode loading (the launcher and dialog are in career-fit.popup.js)': 'src/embed/load-popup.ts',
  'progress storage': 'src/state/progress.ts',
  'language loader (packs load on demand)': 'src/i18n/load-locale.ts'
}
// Parts the quiz still works without (a plain quiz with a bare result), to show
// how far cutting features alone could go.
const OPTIONAL = Object.keys(PARTS).filter(part => !['ranking bars', 'share codec', 'progress storage'].includes(part))

// Replaces a module with exports of the same names that do nothing.
function stub(...files) {
  return {
    name: 'career-fit:stub',
    enforce: 'pre',
    transform(code, id) {
      if (!files.some(file => id.endsWith(file))) return undefined
      let names = [...code.matchAll(/^export (?:async )?(?:function\*?|const|let|class) (\w+)/gm)].map(m => m[1])
      return names.map(name => `export const ${name} = () => null`).join('\n') || 'export {}'
    }
  }
}

async function gzipBytes(plugins = []) {
  let output = await build({ logLevel: 'silent', plugins, build: { write: false, emptyOutDir: false, copyPublicDir: false } })
  let chunk = [output].flat()[0].output.find(file => file.fileName === 'career-fit.js')
  return gzipSync(chunk.code, { level: 9 }).length
}

let whole = await gzipBytes()
console.log(`dist/career-fit.js: ${whole} B gzip\n`)
console.log('| part | module | saves (B gzip) |\n|---|---|---:|')
for (let [part, file] of Object.entries(PARTS)) {
  console.log(`| ${part} | \`${file}\` | ${whole - (await gzipBytes([stub(file)]))} |`)
}
let cut = whole - (await gzipBytes([stub(...OPTIONAL.map(part => PARTS[part]))]))
console.log(`| all of these but ranking, codec and storage, together | | ${cut} |`)
console.log(`\nWithout every optional part: ${whole - cut} B gzip.`)

// What a file loaded after the visitor starts could take over: the results screen
// with its parts, and the share actions (the codec stays, to open share links).
let later = whole - (await gzipBytes([stub('src/ui/results/results-screen.tsx', 'src/ui/share-actions.tsx')]))
console.log(`Results screen and share actions loaded later instead: ${whole - later} B gzip up front (${later} B moved).`)
