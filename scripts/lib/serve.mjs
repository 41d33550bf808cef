import { readFile, stat } from 'node:fs/promises'
// Serves the built deck on loopback with an index.html fallback: Slidev's build uses
// history routes (/2, /presenter/1), which a plain static server answers with 404.
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
}

async function fileFor(root, urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '')
  const candidate = join(root, path)
  if (candidate.startsWith(root)) {
    const info = await stat(candidate).catch(() => undefined)
    if (info?.isFile())
      return candidate
  }
  // Asset URLs that miss are real 404s; every other path is a route of the single-page deck.
  return /\.[a-z0-9]+$/i.test(path) ? undefined : join(root, 'index.html')
}

export function serve(dir = 'dist', port = 0) {
  const root = resolve(dir)
  const server = createServer(async (req, res) => {
    const file = await fileFor(root, req.url ?? '/')
    if (!file) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    res.end(await readFile(file))
  })
  return new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => ok({
      url: `http://127.0.0.1:${server.address().port}`,
      close: () => new Promise(done => server.close(done)),
    }))
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4173))
  console.log(`deck served at ${url}`)
}
