import preact from '@preact/preset-vite'
import { defineConfig } from 'vitest/config'
import type { UserConfig } from 'vite'

// One config, three library builds chosen by --mode:
//   production (default)  dist/career-fit.js   IIFE for the script tag
//   esm                   dist/career-fit.mjs  ES module for bundlers
//   engine                dist/engine.mjs      scoring engine + data, no DOM
const LIBRARIES = {
  production: { entry: 'src/script-tag.ts', fileName: 'career-fit.js', format: 'iife' },
  esm: { entry: 'src/index.ts', fileName: 'career-fit.mjs', format: 'es' },
  engine: { entry: 'src/engine.ts', fileName: 'engine.mjs', format: 'es' }
} as const

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
    plugins,
    // nanostores reads process.env.NODE_ENV; browsers have no `process`.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      target: 'es2020',
      emptyOutDir: mode === 'production',
      copyPublicDir: mode === 'production',
      minify: true,
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
