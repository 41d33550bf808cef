// Slidev's Vite dev server, run inside the watch mode's own process (scripts/export-watch.mjs), so that the watch can
// tell when the server has dealt with a save and what it sent the page: an update, a full reload, or an error.
import { realpathSync } from 'node:fs'
import { basename, join, relative, resolve, sep } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { createServer, parser, resolveOptions } from '@slidev/cli'
import { SOURCES } from './build-if-stale.mjs'

// What `slidev` itself restarts its server for (CONFIG_RESTART_FIELDS in @slidev/cli's cli.ts): a theme, fonts or
// router change is not hot-updatable.
/** @type {(keyof import('@slidev/types').SlidevConfig)[]} */
const RESTART_FIELDS = ['monaco', 'routerMode', 'fonts', 'css', 'mdc', 'editor', 'theme', 'seoMeta']

/**
 * What the watch mode prints again after a save: the deck's sources as the build has them, but for the two that need
 * a new server (vite.config.ts restarts it; package-lock.json means new modules, and a new watch).
 */
export const WATCHED = SOURCES.filter(s => !['vite.config.ts', 'package-lock.json'].includes(s))

/** Folders the deck's commands write into: never sources. */
const OUTPUTS = ['exports', 'dist', '.bench', 'playwright-report', 'reports']

/** @typedef {{ type: string, message?: string, file?: string }} Sent  a message the server sent the page */

/**
 * @param {object} o
 * @param {string} [o.root] the deck's folder
 * @param {(file: string) => void} o.onSave a source was saved (path relative to the root)
 * @param {(why: string) => void} o.onRestart a change the server cannot apply in place: start it again
 * @param {() => void} o.onReload the server has just told the page to reload
 * @param {(string | ((path: string) => boolean))[]} [o.ignored] more paths the server must not watch (the PDF)
 */
export async function startDevServer({ root = process.cwd(), ignored = [], onSave, onRestart, onReload }) {
  // 'export' is the mode `slidev export` prints in: the print route on, the editor and other dev-only features off.
  const options = await resolveOptions({ entry: join(root, 'slides.md') }, 'export')
  let changed = 0
  let handled = 0
  /** @type {(() => void)[]} */
  let waiting = []
  /** @type {Sent[]} */
  const sent = []
  const server = await createServer(options, {
    logLevel: 'silent',
    clearScreen: false,
    // Its own pre-bundled dependencies, in the deck's folder: `npm run dev` beside it, or a copy of the deck that links
    // node_modules, would otherwise bundle into the same folder and pull them from under the watched page.
    cacheDir: join(root, '.slidev', 'watch-cache'),
    server: {
      host: '127.0.0.1',
      port: 0,
      // The page is printed: Vite's error overlay would be printed with it. Errors are read from what is sent.
      hmr: { overlay: false },
      // A copy of the deck that links node_modules (the tests' and the bench's copies) serves fonts from where the link
      // points, outside the deck's folder.
      fs: { allow: [realpathSync(join(root, 'node_modules'))] },
      // What the deck's own commands write; by path from the deck, since the deck itself may sit in such a folder
      // (the bench's copies are in .bench/).
      watch: { ignored: [(/** @type {string} */ p) => OUTPUTS.includes(relative(root, p).split(sep)[0]), ...ignored] },
      // Vite calls this once it has run every plugin's hot-update hook for a change and sent the page what it
      // decided: after it, nothing more is coming for that save but what the page asks for.
      async hotUpdateEnvironments(server, hmr) {
        try {
          await Promise.all(Object.values(server.environments).map(e => hmr(e)))
        }
        finally {
          handled++
          if (handled >= changed) {
            waiting.forEach(done => done())
            waiting = []
          }
        }
      },
    },
  }, {
    async loadData(source) {
      const loaded = await parser.load(options, options.entry, source, options.mode)
      const config = parser.resolveConfig(loaded.headmatter, options.data.themeMeta, options.entry)
      const field = RESTART_FIELDS.find(f => !isDeepStrictEqual(config[f], options.data.config[f]))
      if (field || (loaded.features.katex && !options.data.features.katex) || (loaded.features.monaco && !options.data.features.monaco)) {
        onRestart(`the headmatter's ${field ?? 'features'} changed`)
        return false
      }
      return { ...loaded, themeMeta: options.data.themeMeta, config }
    },
  })
  const hot = server.environments.client.hot
  const send = hot.send.bind(hot)
  hot.send = /** @type {typeof hot.send} */ ((/** @type {any} */ payload, /** @type {any} */ data) => {
    if (typeof payload === 'object' && ['update', 'full-reload', 'error'].includes(payload.type))
      sent.push({ type: payload.type, message: payload.err?.message, file: payload.err?.loc?.file ?? payload.err?.id })
    if (payload?.type === 'full-reload')
      onReload()
    return send(payload, data)
  })
  const isSource = (/** @type {string} */ rel) => WATCHED.some(w => rel === w || rel.startsWith(`${w}${sep}`))
    || Object.keys(options.data.watchFiles).some(f => resolve(f) === resolve(root, rel))
  for (const event of ['add', 'change', 'unlink']) {
    server.watcher.on(event, (/** @type {string} */ file) => {
      // Vite hot-updates every file it watches but its .env files (it restarts for those).
      if (!basename(file).startsWith('.env'))
        changed++
      const rel = relative(root, file)
      if (rel === 'vite.config.ts')
        onRestart('vite.config.ts changed')
      else if (isSource(rel))
        onSave(rel)
    })
  }
  await server.listen()
  const address = /** @type {import('node:net').AddressInfo} */ (server.httpServer?.address())
  return {
    url: `http://127.0.0.1:${address.port}`,
    /** Every update, reload and error sent to the page so far, in order. */
    sent,
    /** Resolves once the server has dealt with every save so far (at most `timeout` ms: a change Vite drops is not waited for). */
    idle(timeout = 3000) {
      if (handled >= changed)
        return Promise.resolve()
      return new Promise((done) => {
        const timer = setTimeout(done, timeout)
        waiting.push(() => {
          clearTimeout(timer)
          done(undefined)
        })
      })
    },
    /** Sends the page a message that it handles only after every message sent before it (Vite's client queues them). */
    ping(/** @type {number} */ n) {
      hot.send('deck-watch:ping', n)
    },
    /**
     * Compiles the modules of `files` again, as the page would load them: throws the first one's error. False when a
     * file has no module the page loaded (data/ reaches the page through a virtual module), so none could be checked.
     * @param {Iterable<string>} files absolute paths
     */
    async recheck(files) {
      const client = server.environments.client
      const loaded = [...client.moduleGraph.idToModuleMap.values()]
      for (const file of files) {
        // A slide is a module of its own, named after the Markdown file it comes from.
        const modules = loaded.filter(m => m.file === file || m.id?.startsWith(`${file}__slidev_`))
        if (!modules.length)
          return false
        for (const m of modules) await client.transformRequest(m.url)
      }
      return true
    },
    close: () => server.close(),
  }
}
