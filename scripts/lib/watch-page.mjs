// The watch mode's page: the deck's print view, open in one Chromium on Slidev's dev server (dev-server.mjs), and
// brought up to date after each save. Knows when the update the server sent has been applied, when the page must load
// afresh, and when a save broke the deck.
import { basename, dirname, relative } from 'node:path'
import { loadDeck } from './deck.mjs'
import { startDevServer } from './dev-server.mjs'
import { fixLastPage, listenTo, loadPrintView, waitForPrintable } from './print-view.mjs'
import { mark as profile } from './profile.mjs'

/** @typedef {{ sent: number, problems: number }} Mark  how much the server had sent and the page logged, at a moment */
/** @typedef {{ files: Set<string>, savedAt: number, first: Mark, last: Mark }} Batch  saves not yet printed */
/** @typedef {Awaited<ReturnType<typeof loadDeck>>} Deck */

// UnoCSS sends the CSS for classes it found in a changed module 10 ms after serving it; a second round trip waits for it.
const UNO_DELAY_MS = 20
// Every document of the watched page answers the watch's pings through Vite's own HMR channel (see barrier()).
const PROBE = `if (location.protocol.startsWith('http'))
  import('/@vite/client').then(({ createHotContext }) => createHotContext('/@deck-watch')
    .on('deck-watch:ping', n => window.deckWatchPong(n))).catch(() => {})`

const sleep = (/** @type {number} */ ms) => new Promise(r => setTimeout(r, ms))

/**
 * A module's file as an author knows it: relative to the deck, and a slide's own module as its slide.
 * @param {string} file the module's absolute path
 * @param {string} root the deck's folder
 * @returns {string} the name to print
 */
function fileName(file, root) {
  return relative(root, file).replace(/__slidev_(\d+)\.\w+$/, ' (slide $1)')
}

/**
 * An error of the server's as one line: its message up to the first blank line (the code frame and stack follow it),
 * with the file it is about.
 * @param {{ message?: string, file?: string }} e
 * @param {string} root
 */
export function oneLineError(e, root) {
  const text = e.message ?? 'error'
  const head = text.split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim()
  const file = e.file ?? text.split(/[\s()]/).find(w => w.startsWith(`${root}/`))
  return file && !head.includes(fileName(file, root)) ? `${head} in ${fileName(file, root)}` : head
}

export class WatchedPage {
  /**
   * @param {object} o
   * @param {import('playwright-chromium').Browser} o.browser
   * @param {string} o.root the deck's folder
   * @param {string} o.route the print view's route
   * @param {{ width: number, height: number }} [o.viewport] the page's size; the deck's slide when not given
   * @param {string} o.output the PDF, which the server must not watch
   * @param {(file: string) => void} o.onSave
   * @param {(why: string) => void} o.onRestart
   */
  constructor(o) {
    this.o = o
    /** @type {Awaited<ReturnType<typeof startDevServer>> | undefined} */
    this.dev = undefined
    /** @type {import('playwright-chromium').Page | undefined} */
    this.page = undefined
    this.listened = { problems: /** @type {string[]} */ ([]), network: { requested: 0, open: 0 } }
    this.loads = 0
    this.reloadAt = 0
    this.pings = 0
    /** @type {Map<number, () => void>} */
    this.pongs = new Map()
    /** Whether the page has been printable since it last loaded: an update that failed leaves the rest of it intact. */
    this.pageGood = false
    /** How many slides the print view was loaded with: Slidev's print view counts them once, as it loads. */
    this.slides = 0
    /** Whether the last save (or the start) failed to print, and the files saved since the last good PDF. */
    this.failed = false
    this.broken = /** @type {Set<string>} */ (new Set())
  }

  /** Records how a save ended: `files` (absolute paths) broke the deck, or (none given) the PDF was written. */
  ended(/** @type {string[] | undefined} */ files) {
    this.failed = Boolean(files)
    if (files)
      files.forEach(f => this.broken.add(f))
    else
      this.broken.clear()
  }

  /** @returns {Mark} how much the server has sent and the page logged until now */
  mark() {
    return { sent: this.dev?.sent.length ?? 0, problems: this.listened.problems.length }
  }

  /** The first error the server sent since `since`, in one line. */
  serverError(/** @type {Mark} */ since) {
    const error = (this.dev?.sent ?? []).slice(since.sent).find(s => s.type === 'error')
    return error && oneLineError(error, this.o.root)
  }

  /** Why the page cannot be printed since `since`, in one line: the server's own error first (it names the file). */
  problemSince(/** @type {Mark} */ since) {
    const logged = this.listened.problems.slice(since.problems)
    return this.serverError(since) ?? (logged.length ? `the page logged: ${logged[0]}` : undefined)
  }

  /** A new dev server and a new page on it (at the start, or for a change the server cannot apply in place). */
  async open() {
    await this.close()
    const file = this.o.output
    this.dev = await startDevServer({
      root: this.o.root,
      onSave: this.o.onSave,
      onRestart: this.o.onRestart,
      onReload: () => this.reloadAt = this.loads + 1,
      ignored: [(/** @type {string} */ p) => p === file || (dirname(p) === dirname(file) && basename(p).startsWith(`.${basename(file)}.`))],
    })
    const deck = await loadDeck(this.o.root)
    const page = this.page = await this.o.browser.newPage({ viewport: this.o.viewport ?? { width: deck.width, height: deck.height } })
    this.listened = listenTo(page)
    page.on('load', () => this.loads++)
    await page.exposeFunction('deckWatchPong', (/** @type {number} */ n) => this.pongs.get(n)?.())
    await page.addInitScript({ content: PROBE })
  }

  async close() {
    await this.page?.close()
    await this.dev?.close()
  }

  /** Resolves once the page has handled every message the server sent before now: Vite's client handles them in order. */
  barrier(timeout = 5000) {
    const n = ++this.pings
    return new Promise((done) => {
      const timer = setTimeout(done, timeout)
      this.pongs.set(n, () => {
        clearTimeout(timer)
        this.pongs.delete(n)
        done(undefined)
      })
      this.dev?.ping(n)
    })
  }

  /** Resolves once the page has loaded again after the server told it to reload. */
  async reloaded(timeout = 10_000) {
    const waiting = () => this.loads < this.reloadAt
    for (const by = Date.now() + timeout; waiting() && Date.now() < by;) await sleep(20)
  }

  /**
   * Waits for `ready`, but fails as soon as the server sends an error or the page logs one after `since`.
   * @template T @param {Promise<T>} ready @param {Mark} since @returns {Promise<T>} what `ready` resolves to
   */
  async unlessBroken(ready, since) {
    ready.catch(() => {})
    for (let settled = false; !settled;) {
      settled = await Promise.race([ready.then(() => true, () => true), sleep(50).then(() => false)])
      if (this.problemSince(since)) {
        // The server's error and the page's complaint about it come a moment apart: the server's names the file.
        await sleep(100)
        throw new Error(this.problemSince(since))
      }
    }
    return ready
  }

  /**
   * Loads the print view afresh. What the page it replaces logs meanwhile (a removed slide's errors) does not count.
   * @param {Deck} deck
   */
  async reload(deck) {
    const page = /** @type {import('playwright-chromium').Page} */ (this.page)
    this.pageGood = false
    await page.goto('about:blank')
    const since = this.mark()
    const url = `${this.dev?.url}${this.o.route}`
    const ids = await this.unlessBroken(loadPrintView(page, url, { deck, network: this.listened.network }), since)
    this.pageGood = true
    this.slides = deck.slides.length
    return { ids, since, how: 'view loaded afresh' }
  }

  /**
   * Brings the page up to date with the saves in `b` and waits until it can be printed. After a save Vite's update is
   * applied in place; after a reload Vite asked for, the reloaded page is waited for. The view loads afresh when
   * slides were added or removed, and when the deck was broken and its page has not been printable since it loaded.
   * @param {Batch} b
   * @returns {Promise<{ ids: string[], since: Mark, how: string }>} the pages to print, since when errors count against
   * them, and how the page was brought up to date
   */
  async refresh(b) {
    const dev = /** @type {NonNullable<WatchedPage['dev']>} */ (this.dev)
    const page = /** @type {import('playwright-chromium').Page} */ (this.page)
    await dev.idle()
    profile('server done')
    const since = b.last
    const deck = await loadDeck(this.o.root)
    // A failed update leaves the module's last good code running: a later save of another file would print that
    // code. While broken, the files that broke it are compiled again, and an error still there is reported.
    const recheck = () => dev.recheck(this.broken).catch((e) => {
      throw new Error(oneLineError({ message: e.message, file: e.id ?? e.loc?.file }, this.o.root))
    })
    if ((this.failed && !(this.pageGood && await recheck())) || deck.slides.length !== this.slides) {
      const error = this.serverError(since)
      if (error)
        throw new Error(error)
      return this.reload(deck)
    }
    const reloading = dev.sent.slice(b.first.sent).some(s => s.type === 'full-reload')
    if (reloading) {
      this.pageGood = false
      await this.reloaded()
      await fixLastPage(page)
    }
    else {
      await this.barrier()
      await sleep(UNO_DELAY_MS)
      await this.barrier()
      profile('update applied')
    }
    const ids = await this.unlessBroken(waitForPrintable(page, { deck, network: this.listened.network }), since)
    this.pageGood = true
    return { ids, since, how: reloading ? 'page reloaded' : 'updated in place' }
  }
}
