// Opens the built deck's print view in Chromium and waits until every slide is ready to print.
import { isLocalUrl, launchOptions } from './browser.mjs'
import { enableCompileCache, loadPlaywright } from './playwright.mjs'
import { mark } from './profile.mjs'
import { serve } from './serve.mjs'

// The wait grows with the number of slides; EXPORT_TIMEOUT_MS sets it outright (tests shorten it).
const PER_SLIDE_MS = 2_000
const BASE_MS = 20_000
const QUIET_FRAMES = 3

/**
 * Waits for one printed slide: its layout drawn, Slidev's loaders gone, every data-waitfor target visible.
 * @param {import('playwright-chromium').Locator} container the slide's print container
 * @param {number} timeout ms for each wait
 */
async function slideReady(container, timeout) {
  await container.locator('.slidev-layout').first().waitFor({ state: 'attached', timeout })
  await container.locator('.slidev-slide-loading').first().waitFor({ state: 'detached', timeout })
  const waiters = container.locator('[data-waitfor]')
  for (let i = 0; i < await waiters.count(); i++) {
    const selector = await waiters.nth(i).getAttribute('data-waitfor')
    if (selector)
      await waiters.nth(i).locator(selector).first().waitFor({ state: 'visible', timeout })
  }
}

/**
 * Loads Playwright and asks Chromium to start, and returns as soon as it is starting: everything else waits for the
 * browser, so its import comes first, and the caller loads its own modules while Chromium boots in its own process.
 * @param {import('playwright-chromium').LaunchOptions} [extra] launch options besides the browser and its offline flags
 * @returns {Promise<{ browser: Promise<import('playwright-chromium').Browser> }>} the browser to come, launched offline
 */
export async function startBrowser(extra = {}) {
  enableCompileCache()
  const { chromium } = loadPlaywright()
  const options = await launchOptions()
  mark('Playwright imported')
  const browser = chromium.launch({ ...options, ...extra })
  browser.then(() => mark('browser launched'), () => {})
  return { browser }
}

/** @returns {Promise<import('playwright-chromium').Browser>} the browser, launched offline */
export async function launchBrowser() {
  return (await startBrowser()).browser
}

/**
 * Whether every printed slide is ready at once: each one's layout drawn, no Slidev loader left, every data-waitfor
 * target shown. Slidev's slides are async components that draw nothing at all for their first 300 ms (no loader
 * either), so a slide with no layout yet is not ready, however quiet it looks.
 */
export function allReady() {
  const containers = document.querySelectorAll('.print-slide-container')
  if (![...containers].every(c => c.querySelector('.slidev-layout')))
    return false
  if (document.querySelector('.print-slide-container .slidev-slide-loading'))
    return false
  return [...document.querySelectorAll('.print-slide-container [data-waitfor]')].every((el) => {
    const target = el.querySelector(el.getAttribute('data-waitfor') ?? '')
    return target instanceof HTMLElement || target instanceof SVGElement ? target.getClientRects().length > 0 : false
  })
}

/**
 * Resolves after `frames` animation frames in a row in which nothing in the page changed: no element added, removed
 * or restyled, and the print view the same height.
 * @param {number} frames how many quiet frames in a row
 * @returns {Promise<void>} settled once they have passed
 */
function quiet(frames) {
  return new Promise((resolve) => {
    let changed = false
    const observer = new MutationObserver(() => changed = true)
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
    let last = -1
    let same = 0
    const tick = () => {
      const h = document.querySelector('#print-content')?.scrollHeight ?? 0
      same = h === last && !changed ? same + 1 : 0
      last = h
      changed = false
      if (same < frames)
        return requestAnimationFrame(tick)
      observer.disconnect()
      resolve(undefined)
    }
    tick()
  })
}

/**
 * Listens to a page for what makes a print untrustworthy: console errors and warnings, uncaught errors, requests to
 * another host. Also counts requests, so that a wait can tell a quiet page from one still loading.
 * @param {import('playwright-chromium').Page} page
 */
export function listenTo(page) {
  /** @type {string[]} */
  const problems = []
  page.on('console', m => ['error', 'warning'].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`))
  page.on('pageerror', e => problems.push(`page error: ${e.message}`))
  const network = { requested: 0, open: 0 }
  page.on('request', (r) => {
    network.requested++
    network.open++
    if (!isLocalUrl(r.url()))
      problems.push(`outside request: ${r.url()}`)
  })
  page.on('requestfinished', () => network.open--)
  page.on('requestfailed', () => network.open--)
  return { problems, network }
}

/**
 * How long a print view may take to be ready, for a deck of `slides` slides.
 * @param {number} slides how many slides the deck has
 * @returns {number} the timeout in ms
 */
export function readyTimeout(slides) {
  return Number(process.env.EXPORT_TIMEOUT_MS ?? BASE_MS + PER_SLIDE_MS * slides)
}

/**
 * Waits until the print view in `page` is ready to print: every slide drawn, nothing changing, fonts loaded. Also
 * after the dev server has updated the page in place, where it waits for what the update loads and redraws.
 * @param {import('playwright-chromium').Page} page
 * @param {object} o
 * @param {Awaited<ReturnType<typeof import('./deck.mjs').loadDeck>>} o.deck
 * @param {{ requested: number, open: number }} o.network from listenTo
 * @param {(s: string) => void} [o.log]
 * @returns {Promise<string[]>} the printed slides' ids ("3" or "3-2" with clicks), a page each
 */
export async function waitForPrintable(page, { deck, network, log = () => {} }) {
  const timeout = readyTimeout(deck.slides.length)
  const containers = page.locator('.print-slide-container')
  await containers.first().waitFor({ timeout })
  // Fast path: one wait in the page for every slide. Only when it times out, slide by slide, to name the one.
  const together = await page.waitForFunction(allReady, undefined, { timeout, polling: 'raf' }).then(() => true, () => false)
  mark('loaders gone')
  // Loaders gone is not laid out: diagrams and editors load more code and keep growing a moment longer, and
  // a slide that grows after printing starts spills onto an extra page. Ready is three frames in a row with
  // nothing changed in the page and no request open or started meanwhile.
  const settleBy = Date.now() + timeout
  for (let requested = -1; network.open > 0 || requested !== network.requested;) {
    if (Date.now() > settleBy)
      throw new Error(`the print view kept changing for ${timeout} ms (${network.open} requests open)`)
    requested = network.requested
    await page.evaluate(quiet, QUIET_FRAMES)
  }
  mark('settled')
  const ids = await containers.evaluateAll(els => els.map(e => e.id))
  for (let i = 0; i < ids.length; i++) {
    const no = Number(ids[i].split('-')[0])
    const slide = deck.slides[no - 1]
    try {
      if (!together)
        await slideReady(containers.nth(i), timeout)
    }
    catch (e) {
      const why = String(e instanceof Error ? e.message : e).split('\n')[0]
      throw new Error(`slide ${no} ("${slide?.title}", page ${i + 1}) did not become ready: ${why}`)
    }
    log(`page ${i + 1} of ${ids.length} ready (slide ${no} of ${deck.slides.length}: ${slide?.title})`)
  }
  mark('every slide ready')
  await page.evaluate(() => document.fonts.ready)
  mark('fonts ready')
  return ids
}

/**
 * Opens `url`, a print view, in `page` and waits until it is ready to print.
 * @param {import('playwright-chromium').Page} page
 * @param {string} url
 * @param {object} o
 * @param {Awaited<ReturnType<typeof import('./deck.mjs').loadDeck>>} o.deck
 * @param {{ requested: number, open: number }} o.network from listenTo
 * @param {(s: string) => void} [o.log]
 */
export async function loadPrintView(page, url, { deck, network, log }) {
  // Set before the page loads, so that it is laid out once for the screen, not again when printing starts.
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
  await page.goto(url, { waitUntil: 'load', timeout: readyTimeout(deck.slides.length) })
  mark('print view loaded')
  await fixLastPage(page)
  return waitForPrintable(page, { deck, network, log })
}

/**
 * Slidev breaks the page after every printed slide, the last one too: printed in one piece at the slide's size, that
 * adds a blank page at the end. Called again after the page reloads.
 * @param {import('playwright-chromium').Page} page
 */
export async function fixLastPage(page) {
  await page.addStyleTag({ content: '#print-content > .print-slide-container:last-child { break-after: auto; }' })
}

/**
 * @param {object} o
 * @param {Awaited<ReturnType<typeof import('./deck.mjs').loadDeck>>} o.deck
 * @param {string} o.route
 * @param {{ width: number, height: number }} o.viewport
 * @param {(s: string) => void} [o.log]
 * @param {Promise<import('playwright-chromium').Browser>} [o.browser] one already launching (launchBrowser)
 */
export async function openPrintView({ deck, route, viewport, log = () => {}, browser: launching }) {
  const [server, browser] = await Promise.all([serve('dist'), launching ?? launchBrowser()])
  mark('server up')
  const page = await browser.newPage({ viewport })
  const { problems, network } = listenTo(page)
  const close = async () => {
    await browser.close()
    await server.close()
  }
  try {
    const ids = await loadPrintView(page, `${server.url}${route}`, { deck, network, log })
    if (problems.length)
      throw new Error(`the print view logged problems:\n  ${problems.join('\n  ')}`)
    return { page, ids, close }
  }
  catch (e) {
    await close()
    throw e
  }
}
