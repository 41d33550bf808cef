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
export async function printDeck(page, { deck, ids: all, withClicks, printed }) {
  // The backup slides are for questions, after the close: the slide PDF is the talk (the handout prints them apart).
  const backups = new Set(deck.slides.filter(s => s.frontmatter.backup === true).map(s => s.no))
  const isBackup = (/** @type {string} */ id) => backups.has(Number(id.split('-')[0]))
  const ids = all.filter(id => !isBackup(id))
  const skipped = all.filter(isBackup)
  const hidden = skipped.length ? await page.addStyleTag({ content: backupStyle(skipped, ids.at(-1)) }) : undefined
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
  // The watch mode prints the same page again after the next save: it is left as it was found.
  await hidden?.evaluate(el => /** @type {Element} */ (el).remove())
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

/**
 * CSS that leaves the backup slides out of the printed pages, and ends the document on the last slide kept (Slidev
 * breaks the page after every slide; only the last one in the document is spared).
 * @param {string[]} skipped the print view's ids of the pages left out ("016-01")
 * @param {string | undefined} lastKept the last printed page's id ("015-01")
 */
export function backupStyle(skipped, lastKept) {
  const hide = skipped.map(id => `.print-slide-container[id="${id}"]`)
  const last = lastKept ? `\n.print-slide-container[id="${lastKept}"] { break-after: auto !important; }` : ''
  return `${hide.join(', ')} { display: none !important; }${last}`
}
