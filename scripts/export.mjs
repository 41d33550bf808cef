// Prints the built deck to PDF: one page per slide, or one page per click with --with-clicks.
// It serves dist/ on loopback instead of compiling the deck on a dev server as `slidev export` does.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkWritable, writeFileAtomic } from './lib/atomic-write.mjs'
import { buildIfStale } from './lib/build-if-stale.mjs'
import { outputOf, run } from './lib/cli.mjs'
import { printDeck } from './lib/print-deck.mjs'
import { openPrintView, startBrowser } from './lib/print-view.mjs'
import { mark } from './lib/profile.mjs'

mark('modules imported')

/** @param {boolean} withClicks */
export function defaultOutput(withClicks) {
  return withClicks ? 'exports/iraq-playground-clicks.pdf' : 'exports/iraq-playground.pdf'
}

/** @param {{ withClicks?: boolean, output?: string, log?: (line: string) => void }} [options] */
export async function exportDeck({ withClicks = false, output, log = console.log } = {}) {
  const started = Date.now()
  output ??= defaultOutput(withClicks)
  // A folder that cannot be written fails the export now, not after every page has been printed.
  checkWritable(output)
  buildIfStale()
  mark('dist/ checked')
  // Chromium boots while Slidev's parser loads and the deck is parsed (measured: about 0.2 s gained).
  const { browser } = await startBrowser()
  const { loadDeck } = await import('./lib/deck.mjs')
  mark('parser loaded')
  const deck = await loadDeck()
  mark('deck parsed')
  const { page, ids, close } = await openPrintView({
    browser,
    deck,
    route: `/print?print=${withClicks ? 'clicks' : 'true'}`,
    viewport: { width: deck.width, height: deck.height },
    log,
  })
  /** @type {Promise<void> | undefined} */
  let closing
  try {
    const { bytes, pages } = await printDeck(page, { deck, ids, withClicks, printed: () => closing = close() })
    await writeFileAtomic(output, bytes)
    mark('saved')
    log(`wrote ${output}: ${pages} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return { output, pages }
  }
  finally {
    await (closing ?? close())
    mark('closed')
  }
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const withClicks = process.argv.includes('--with-clicks')
  const output = outputOf('export', defaultOutput(withClicks))
  await run('export', output, () => exportDeck({ withClicks, output }))
}
