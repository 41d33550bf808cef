// PDF metadata and outline, the same as Slidev's own exporter writes.
import { outlinePdfFactory } from '@lillallol/outline-pdf'
import * as pdfLib from 'pdf-lib'

export function setMetadata(pdf, deck, suffix = '') {
  pdf.setTitle(deck.title + suffix)
  pdf.setSubject(deck.subject)
  pdf.setAuthor(deck.author)
  pdf.setKeywords(deck.keywords)
  pdf.setCreator('Slidev (scripts/export.mjs)')
}

/** @param {string[]} firstPageOf slide number → first 1-based page of that slide */
export async function addOutline(pdf, deck, firstPageOf) {
  const lines = deck.slides
    .filter(s => s.title && firstPageOf[s.no])
    .map(s => `${firstPageOf[s.no]}||${s.title.replace(/\|/g, '/')}`)
  return outlinePdfFactory(pdfLib)({ outline: lines.join('\n'), pdf })
}
