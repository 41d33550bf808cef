// npm run export:watch: the author's loop. Slidev's dev server runs in this process and one Chromium keeps the deck's
// print view open on it; after each save of the deck's sources Vite updates that page in place (only the modules the
// save changed), and the PDF is printed and finished by the same function as `npm run export` and written atomically.
// A save that breaks the deck is reported in one line and the last good PDF stays. Ctrl-C stops it.
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkWritable, writeFileAtomic } from './lib/atomic-write.mjs'
import { describeFailure, outputOf, run } from './lib/cli.mjs'
import { loadDeck } from './lib/deck.mjs'
import { WATCHED } from './lib/dev-server.mjs'
import { printDeck } from './lib/print-deck.mjs'
import { startBrowser } from './lib/print-view.mjs'
import { mark as profile } from './lib/profile.mjs'
import { WatchedPage } from './lib/watch-page.mjs'

export { oneLineError } from './lib/watch-page.mjs'

/** @typedef {'slides' | 'clicks' | 'handout'} Kind */
/** @typedef {import('./lib/watch-page.mjs').Batch} Batch */

const OUTPUTS = {
  slides: 'exports/iraq-playground.pdf',
  clicks: 'exports/iraq-playground-clicks.pdf',
  handout: 'exports/iraq-playground-handout.pdf',
}

/** @param {string[]} argv @returns {{ kind: Kind, output: string }} what to print, and where */
export function watchArgs(argv = process.argv) {
  /** @type {Kind} */
  const kind = argv.includes('--handout') ? 'handout' : argv.includes('--with-clicks') ? 'clicks' : 'slides'
  return { kind, output: outputOf('export:watch', OUTPUTS[kind], argv) }
}

/**
 * When a file was saved: its modification time, unless that is not recent (a copy that kept an older time).
 * @param {string} file the file saved
 * @returns {number} the time, in ms since the epoch
 */
function savedAt(file) {
  const now = Date.now()
  const mtime = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? now
  return mtime <= now && now - mtime < 5000 ? mtime : now
}

const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`

/**
 * Keeps the PDF of `kind` at `output` up to date with the deck's sources until it is stopped.
 * @param {{ kind: Kind, output: string, log?: (line: string) => void }} o
 */
export async function watchDeck({ kind, output, log = console.log }) {
  const started = Date.now()
  const root = process.cwd()
  checkWritable(output)
  const browser = await (await startBrowser({ handleSIGINT: false, handleSIGTERM: false })).browser
  const handout = kind === 'handout' ? await import('./handout.mjs') : undefined
  /** @type {Batch | undefined} */
  let batch
  /** @type {string | undefined} why the dev server must start (again) */
  let restart = 'start'
  let restartAt = started
  let stopping = false
  const watched = new WatchedPage({
    browser,
    root,
    route: `/print?print=${kind === 'clicks' ? 'clicks' : 'true'}`,
    viewport: handout?.A4,
    output: resolve(output),
    onSave(rel) {
      profile(`${rel} saved`)
      const at = savedAt(resolve(root, rel))
      batch ??= { files: new Set(), savedAt: at, first: watched.mark(), last: watched.mark() }
      batch.files.add(rel)
      batch.last = watched.mark()
      batch.savedAt = Math.min(batch.savedAt, at)
      void loop()
    },
    onRestart(why) {
      restart = why
      restartAt = Date.now()
      void loop()
    },
  })

  async function print(/** @type {string[]} */ ids) {
    const page = /** @type {import('playwright-chromium').Page} */ (watched.page)
    if (handout)
      return handout.printHandout(page, await handout.handoutSources(), { restore: true })
    return printDeck(page, { deck: await loadDeck(root), ids, withClicks: kind === 'clicks' })
  }

  /** One save (or several close together), or a start, to one PDF or to one line saying why not. */
  async function cycle() {
    const b = batch
    const why = restart
    batch = restart = undefined
    const what = b ? `${[...b.files].join(', ')} saved` : why === 'start' ? 'started' : why
    try {
      if (why)
        await watched.open()
      const { ids, since, how } = why || !b ? await watched.reload(await loadDeck(root)) : await watched.refresh(b)
      // Type-checkers take these as still empty here: saves arrive while the page is brought up to date.
      const later = /** @type {Batch | undefined} */ (batch)
      if (b && (later || /** @type {string | undefined} */ (restart))) {
        // Saved again meanwhile, or the save needs a new server: the next round prints it.
        batch = later ? Object.assign(later, { files: new Set([...b.files, ...later.files]), savedAt: b.savedAt, first: b.first }) : b
        return
      }
      const { bytes, pages } = await print(ids)
      const problem = watched.problemSince(since)
      if (problem)
        throw new Error(problem)
      await writeFileAtomic(output, bytes)
      profile('saved')
      watched.ended(undefined)
      const after = `${seconds(Date.now() - (b?.savedAt ?? restartAt))} after the ${b ? 'save' : why === 'start' ? 'start' : 'change'}`
      const restarted = why && why !== 'start' ? `dev server restarted${b ? `: ${why}` : ''}` : undefined
      const note = restarted ?? (b ? how : undefined)
      log(`${what}: wrote ${output}, ${pages} pages, ${after}${note ? ` (${note})` : ''}`)
    }
    catch (e) {
      if (stopping)
        return
      watched.ended([...b?.files ?? []].map(f => resolve(root, f)))
      log(`${what}: ${describeFailure(e, output)}`)
    }
  }

  let running = false
  async function loop() {
    if (running)
      return
    running = true
    try {
      const due = () => !stopping && Boolean(batch || restart)
      while (due()) await cycle()
    }
    finally {
      running = false
    }
  }

  await loop()
  log(`watching ${WATCHED.filter(s => existsSync(s)).join(', ')} (Ctrl-C stops)`)
  return {
    async stop() {
      stopping = true
      await browser.close().catch(() => {})
      await watched.dev?.close().catch(() => {})
    },
  }
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const args = watchArgs()
  await run('export:watch', args.output, async () => {
    const { stop } = await watchDeck(args)
    let stopped = false
    const onSignal = async () => {
      if (stopped)
        process.exit(130)
      stopped = true
      await stop()
      console.log('export:watch stopped')
      process.exit(0)
    }
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
  })
}
