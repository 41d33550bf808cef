// Prints a ready print view to the finished slide PDF: the one function behind `npm run export`, `export:clicks` and
// the watch mode (scripts/export-watch.mjs), so that all of them write the same document for the same sources.
import { finishPdf } from './pdf-finish.mjs'
import { documentInfo, slideOutline } from './pdf-meta.mjs'
import { mark } from './profile.mjs'

/**
 * @param {import('playwright-chromium').Page} page a print view, ready (print-view.mjs)
 * @param {object} o
 * @param {Awaited<ReturnType<typeof import('./deck.mjs').loadDeck>>} o.deck
 * @param {string[]} o.ids the printed slides' ids, a page each ("3", or "3-2" with clicks)
 * @param {boolean} o.withClicks
 * @param {() => void} [o.printed] called as soon as Chromium has printed, before the file is finished: the one-off
 * export shuts the browser down then, while the file is finished and written
 * @returns {Promise<{ bytes: Uint8Array, pages: number }>} the finished PDF and its page count
 */
export async function printDeck(page, { deck, ids, withClicks, printed }) {
  // Tagged: Chromium writes the structure tree from the page's accessibility tree (headings, lists,
  // tables, links, and each chart as a Figure whose alt text is the SVG's title and description).
  const raw = await page.pdf({
    width: `${deck.width}px`,
    height: `${deck.height}px`,
    printBackground: true,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    tagged: true,
  })
  mark('printed')
  printed?.()
  /** @type {Record<number, number>} */
  const firstPageOf = {}
  ids.forEach((id, i) => {
    firstPageOf[Number(id.split('-')[0])] ??= i + 1
  })
  const finished = finishPdf(raw, {
    info: documentInfo(deck, withClicks ? ' (every click)' : ''),
    outline: slideOutline(deck, firstPageOf),
  })
  if (finished.pages !== ids.length)
    throw new Error(`expected ${ids.length} pages, Chromium printed ${finished.pages}`)
  mark('finished')
  return finished
}
