// Serves the built deck on loopback with an index.html fallback (sirv's single-page mode): Slidev's build
// uses history routes (/2, /presenter/1), which a plain static server answers with 404.
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import sirv from 'sirv'

/** @returns {Promise<{ url: string, close: () => Promise<void> }>} the server's address, and how to stop it */
export function serve(dir = 'dist', port = 0) {
  const handler = sirv(resolve(dir), { single: true, dev: true, etag: false })
  const server = createServer((req, res) => handler(req, res))
  return new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address())
      ok({
        url: `http://127.0.0.1:${address.port}`,
        close: () => new Promise(done => server.close(() => done(undefined))),
      })
    })
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4173))
  console.log(`deck served at ${url}`)
}
