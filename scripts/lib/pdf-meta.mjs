// What the exports write into a PDF besides the pages: the document's info and an outline entry per slide, the same
// as Slidev's own exporter writes. scripts/lib/pdf-finish.mjs writes them into the printed file.

/**
 * @param {{ title: string, subject: string, author: string, keywords: string[] }} deck
 * @returns {Record<string, string>} the PDF's document info entries
 */
export function documentInfo(deck, suffix = '') {
  return {
    Title: deck.title + suffix,
    Subject: deck.subject,
    Author: deck.author,
    Keywords: deck.keywords.join(' '),
    Creator: 'Slidev (scripts/export.mjs)',
  }
}

/**
 * @param {{ slides: { no: number, title: string }[] }} deck
 * @param {Record<number, number>} firstPageOf slide number → first 1-based page of that slide
 * @returns {import('./pdf-finish.mjs').OutlineEntry[]} an entry per titled slide, at its first page
 */
export function slideOutline(deck, firstPageOf) {
  return deck.slides
    .filter(s => s.title && firstPageOf[s.no])
    .map(s => ({ title: s.title, page: firstPageOf[s.no] }))
}
