import preact from '@preact/preset-vite'
import { defineConfig } from 'vitest/config'
import type { Plugin, UserConfig } from 'vite'

// One config, a library build per --mode:
//   production (default)  dist/career-fit.js     IIFE for the script tag
//   locale-es             dist/career-fit.es.js  IIFE with the Spanish strings, which career-fit.js loads on demand
//   locale-fr, locale-de  dist/career-fit.fr.js, dist/career-fit.de.js: French and German, the same way
//   custom-data           dist/career-fit.data.js IIFE with the custom-data checker, loaded on demand too
//   wording               dist/career-fit.wording.js IIFE with the checks of site owners' wording and packs, the same way
//   popup                 dist/career-fit.popup.js IIFE with popup mode (the launcher and the dialog), the same way
//   esm                   dist/career-fit.mjs    ES module for bundlers (each language in a chunk it imports on demand)
//   engine                dist/engine.mjs        scoring engine + data, no DOM
const LIBRARIES = {
  production: { entry: 'src/script-tag.ts', fileName: 'career-fit.js', format: 'iife' },
  'locale-es': { entry: 'src/i18n/es-script.ts', fileName: 'career-fit.es.js', format: 'iife' },
  'locale-fr': { entry: 'src/i18n/fr-script.ts', fileName: 'career-fit.fr.js', format: 'iife' },
  'locale-de': { entry: 'src/i18n/de-script.ts', fileName: 'career-fit.de.js', format: 'iife' },
  'custom-data': { entry: 'src/embed/custom-data-script.ts', fileName: 'career-fit.data.js', format: 'iife' },
  wording: { entry: 'src/i18n/wording-script.ts', fileName: 'career-fit.wording.js', format: 'iife' },
  popup: { entry: 'src/embed/popup-script.ts', fileName: 'career-fit.popup.js', format: 'iife' },
  esm: { entry: 'src/index.ts', fileName: 'career-fit.mjs', format: 'es' },
  engine: { entry: 'src/engine.ts', fileName: 'engine.mjs', format: 'es' }
} as const

// The widget bundles only the data fields it shows or scores with; the engine
// build (and the tests) keep every field. Listed here so the cut is explicit.
const WIDGET_FACTS = ['salary', 'hourlyRate', 'growthRate', 'jobs', 'highestPayingCity', 'highestPayingState', 'bestPayingCompany', 'bestPayingIndustry']
type Json = Record<string, any>
const pick = (object: Json, keys: string[]): Json => Object.fromEntries(keys.filter(k => k in object).map(k => [k, object[k]]))
const SLIM: Record<string, (json: Json) => Json> = {
  'roles.json': ({ sources, roles }) => ({
    sources: sources.map((s: Json) => pick(s, ['id', 'title', 'publisher', 'author', 'year'])),
    roles: roles.map((r: Json) => ({
      // No summary: nothing on the screen shows it (the engine build keeps it).
      ...pick(r, ['id', 'title', 'responsibilitiesSource']),
      // A fact the sources don't give is left out rather than null: the widget reads both as "not given".
      facts: pick(r.facts, WIDGET_FACTS.filter(key => r.facts[key] !== null)),
      skills: { basis: r.skills.basis, weights: r.skills.weights, percentages: r.skills.percentages },
      preferences: Object.fromEntries(Object.entries(r.preferences).map(([axis, p]) => [axis, { value: (p as Json).value }]))
    }))
  }),
  'skills.json': ({ skills }) => ({ skills: skills.map((s: Json) => pick(s, ['id', 'label'])) })
}
function slimData(): Plugin {
  return {
    name: 'career-fit:slim-data',
    enforce: 'pre',
    transform(code, id) {
      let slim = SLIM[id.split('/').at(-1) ?? '']
      return slim && id.includes('/data/') ? JSON.stringify(slim(JSON.parse(code))) : undefined
    }
  }
}

export default defineConfig(({ command, mode }): UserConfig => {
  let plugins = [preact({ devToolsEnabled: false, prefreshEnabled: command === 'serve' })]
  if (command !== 'build') {
    return {
      plugins,
      test: {
        include: ['test/**/*.test.{ts,tsx}'],
        exclude: ['test/browser/**', 'node_modules/**'],
        // The widget's CSS as real strings (`?inline`), so tests can check what the shadow root gets.
        css: { include: [/\.css(\?|$)/] },
        testTimeout: 20_000
      }
    }
  }
  let library = LIBRARIES[mode as keyof typeof LIBRARIES]
  if (!library) throw new Error(`Unknown build mode "${mode}": use ${Object.keys(LIBRARIES).join(', ')}`)
  return {
    plugins: mode === 'engine' ? plugins : [slimData(), ...plugins],
    // No light-dark() in our CSS, so none of lightningcss's --lightningcss-light/-dark stand-ins
    // for it beside each color-scheme (Features.LightDark, 1 << 20).
    css: { lightningcss: { exclude: 1 << 20 } },
    // nanostores reads process.env.NODE_ENV; browsers have no `process`.
    // An IIFE can't split code: it loads other languages as scripts (src/i18n/load-locale.ts).
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.CAREER_FIT_IIFE': String(library.format === 'iife') },
    build: {
      target: 'es2022',
      emptyOutDir: mode === 'production',
      copyPublicDir: mode === 'production',
      // Terser after rolldown's own minifier: three compress passes take about 1.3% more
      // off the gzip size than either alone (measured on career-fit.js, 2026-12-01).
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 3, unsafe_arrows: true, pure_getters: true }, mangle: true },
      cssMinify: true,
      reportCompressedSize: false,
      lib: {
        entry: library.entry,
        name: 'CareerFit',
        formats: [library.format],
        fileName: () => library.fileName
      },
      rolldownOptions: {
        output: { minify: true }
      }
    }
  }
})
