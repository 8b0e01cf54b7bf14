// A site owner's first hour, in a temporary folder: the packed tarball installed into
// a new Vite app, which imports `mount` from 'career-fit', is type-checked and built.
// Used by test/browser/package.browser.test.ts.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const run = promisify(execFile)

/** What `npm pack --json` reports about the tarball. */
export interface Packed {
  filename: string
  version: string
  size: number
  files: { path: string; size: number }[]
}

/** Runs a command, and on failure throws its output rather than only its exit code. */
async function sh(command: string, args: string[], cwd: string): Promise<string> {
  // Without the test runner's variables: the app is built as a site owner builds it.
  let env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')))
  try {
    return (await run(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 })).stdout
  } catch (error) {
    let { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`)
  }
}

const write = (path: string, text: string): void => {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}

// The app: two widgets, one in Spanish, whose strings arrive as a chunk through the app's bundler.
const INDEX_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Throwaway app</title></head>
<body><p>Version <output id="version"></output></p><div id="quiz"></div><div id="quiz-es"></div>
<script type="module" src="/src/main.ts"></script></body></html>
`
const MAIN_TS = `import { mount, version, type CompleteDetail } from 'career-fit'

let shown: string = version
document.querySelector('#version')!.textContent = shown
mount('#quiz', { onComplete: (detail: CompleteDetail) => console.log(detail.ranking[0]?.id) })
mount('#quiz-es', { locale: 'es' })
`
// The package's root file, as an npm CDN serves it, with a Spanish widget to load career-fit.es.js.
const cdnPage = (file: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CDN</title></head>
<body><div data-career-fit id="quiz-es" data-locale="es"></div><script src="/package/${file}"></script></body></html>
`
const tsconfig = (include: string[]): string => JSON.stringify({
  compilerOptions: {
    target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true, skipLibCheck: false, noEmit: true, jsx: 'react-jsx', jsxImportSource: 'preact', types: []
  },
  include
})
// A JSX use of the element per framework, with one wrong attribute value the types must refuse.
const usage = (framework: string, classAttribute: string): string => `/** @jsxImportSource ${framework} */
import type {} from 'career-fit/jsx-${framework}'

export const quiz = <career-fit-quiz id="quiz" ${classAttribute}="wide" locale="es-MX" theme="dark" share-base="https://example.com/quiz" />
// @ts-expect-error: "neon" is not a theme
export const wrong = <career-fit-quiz theme="neon" />
`

/** A temporary folder holding the tarball and the app; `remove()` deletes all of it. */
export function workspace(): { dir: string; app: string; remove(): void } {
  let dir = mkdtempSync(join(tmpdir(), 'career-fit-package-'))
  return { dir, app: join(dir, 'app'), remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * Packs the repository into `dir`. Scripts are skipped: `npm test` has just built
 * dist/, and `prepack` rebuilding it here would pull it from under the other browser tests.
 */
export async function pack(dir: string): Promise<Packed> {
  let [packed] = JSON.parse(await sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT)) as Packed[]
  return packed!
}

/** Writes the app and installs the tarball into it (from npm's cache where it can). */
export async function createApp(app: string, tarball: string): Promise<void> {
  write(join(app, 'package.json'), JSON.stringify({ name: 'throwaway-app', private: true, type: 'module' }))
  write(join(app, 'index.html'), INDEX_HTML)
  write(join(app, 'src/main.ts'), MAIN_TS)
  write(join(app, 'src/preact.tsx'), usage('preact', 'class'))
  write(join(app, 'src/react.tsx'), usage('react', 'className'))
  write(join(app, 'src/vue.tsx'), usage('vue', 'class'))
  write(join(app, 'tsconfig.json'), tsconfig(['src/main.ts', 'src/preact.tsx']))
  write(join(app, 'tsconfig.frameworks.json'), tsconfig(['src/react.tsx', 'src/vue.tsx']))
  await sh('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], app)
  write(join(app, 'public/cdn.html'), cdnPage(packageField(join(app, 'node_modules/career-fit'), 'jsdelivr')))
}

/** A field of a package.json, such as the file npm CDNs serve from the package's root URL. */
export function packageField(dir: string, field: string): string {
  let value = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>)[field]
  if (typeof value !== 'string') throw new Error(`package.json has no "${field}" field`)
  return value.replace(/^\.\//, '')
}

/**
 * Type-checks the app with the repository's tsc, library declarations included.
 * The first check runs with neither React nor Vue installed; `withFrameworks`
 * then links the repository's @types/react and vue in and checks their JSX.
 */
export async function typecheck(app: string, withFrameworks = false): Promise<void> {
  if (withFrameworks) {
    for (let name of ['@types/react', 'vue']) {
      let link = join(app, 'node_modules', name)
      mkdirSync(dirname(link), { recursive: true })
      if (!existsSync(link)) symlinkSync(join(ROOT, 'node_modules', name), link, 'dir')
    }
  }
  let project = withFrameworks ? 'tsconfig.frameworks.json' : 'tsconfig.json'
  await sh(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], app)
}

/** Builds the app with the repository's Vite, as `vite build` in a new project does. */
export async function buildApp(app: string): Promise<void> {
  await sh(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], app)
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8' }

/** Serves the built app at `/` and the installed package at `/package/`, on 127.0.0.1. */
export async function serveApp(app: string): Promise<{ url: string; close(): Promise<void> }> {
  let server = createServer((request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    let file = path.startsWith('/package/')
      ? join(app, 'node_modules/career-fit', path.slice('/package/'.length))
      : join(app, 'dist', path === '/' ? 'index.html' : path)
    if (path === '/favicon.ico') {
      response.writeHead(204).end()
      return
    }
    if (!existsSync(file) || extname(file) === '') {
      response.writeHead(404).end('Not found')
      return
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  let { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise(resolve => server.close(() => resolve())) }
}
