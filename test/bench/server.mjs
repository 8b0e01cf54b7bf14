// A static file server for the bench: gzip-encoded like a real CDN, so CDP byte counts are transfer sizes.
// bench.mjs runs it in a child process (`node server.mjs <root>`), so Playwright's own work in the
// bench process never delays a response.
import { fork } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8'
}

// URL prefix → folder. Nothing else in the repository is reachable.
function mountsFor(root) {
  return {
    '/pages/': join(root, 'test/bench/pages'),
    '/dist/': join(root, 'dist'),
    '/node_modules/survey-core/': join(root, 'node_modules/survey-core'),
    '/node_modules/survey-js-ui/': join(root, 'node_modules/survey-js-ui')
  }
}

/**
 * Starts the server on 127.0.0.1 at a free port; files are read and gzipped (level 9) once, then kept.
 *
 * ```js
 * let server = await serve('/work/main')
 * await page.goto(server.url + '/pages/ours.html')
 * await server.close()
 * ```
 */
export async function serve(root) {
  let mounts = mountsFor(root)
  let cache = new Map()
  async function load(path) {
    let prefix = Object.keys(mounts).find(p => path.startsWith(p))
    if (!prefix) return null
    let file = normalize(join(mounts[prefix], path.slice(prefix.length)))
    if (!file.startsWith(mounts[prefix])) return null
    if (!cache.has(file)) {
      let body = await readFile(file).catch(() => null)
      cache.set(file, body && { type: TYPES[extname(file)] ?? 'application/octet-stream', gz: gzipSync(body, { level: 9 }) })
    }
    return cache.get(file)
  }
  let server = createServer(async (req, res) => {
    let entry = await load(decodeURIComponent(new URL(req.url, 'http://x').pathname))
    if (!entry) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, {
      'content-type': entry.type,
      'content-encoding': 'gzip',
      'content-length': entry.gz.length,
      'cache-control': 'no-store'
    })
    res.end(entry.gz)
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise(resolve => server.close(resolve))
  }
}

/**
 * Starts `serve(root)` in a child process and fetches `warm` once there, so no timed request pays
 * for reading or compressing a file.
 *
 * ```js
 * let server = await serveApart('/work/main/', ['/dist/career-fit.js'])
 * await server.close()
 * ```
 */
export async function serveApart(root, warm = []) {
  let child = fork(fileURLToPath(import.meta.url), [root], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  let url = await new Promise((resolve, reject) => {
    child.once('message', resolve)
    child.once('exit', code => reject(new Error(`bench server exited with ${code}`)))
  })
  for (let path of warm) {
    let res = await fetch(url + path)
    if (!res.ok) throw new Error(`bench server: ${path} answered ${res.status} (did the build run?)`)
    await res.arrayBuffer()
  }
  return {
    url,
    close: () => new Promise(resolve => {
      child.once('exit', resolve)
      child.kill()
    })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let server = await serve(process.argv[2])
  // If the bench dies without closing us, the IPC channel closes: don't outlive it.
  process.once('disconnect', () => process.exit(0))
  process.send(server.url)
}
