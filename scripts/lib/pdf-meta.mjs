// PDF metadata and outline, the same as Slidev's own exporter writes.
import { outlinePdfFactory } from '@lillallol/outline-pdf'
import * as pdfLib from 'pdf-lib'

// pdf-lib yields to the event loop every hundred objects (fifty when saving) by default; a tagged deck has thousands.
/** @param {Uint8Array} raw the PDF as Chromium printed it */
export function loadPrinted(raw) {
  return pdfLib.PDFDocument.load(raw, { parseSpeed: Infinity })
}
/** @param {import('pdf-lib').PDFDocument} pdf */
export function savePdf(pdf) {
  return pdf.save({ objectsPerTick: Infinity })
}

/**
 * @param {import('pdf-lib').PDFDocument} pdf
 * @param {{ title: string, subject: string, author: string, keywords: string[] }} deck
 */
export function setMetadata(pdf, deck, suffix = '') {
  pdf.setTitle(deck.title + suffix)
  pdf.setSubject(deck.subject)
  pdf.setAuthor(deck.author)
  pdf.setKeywords(deck.keywords)
  pdf.setCreator('Slidev (scripts/export.mjs)')
}

/**
 * @param {import('pdf-lib').PDFDocument} pdf
 * @param {{ slides: { no: number, title: string }[] }} deck
 * @param {Record<number, number>} firstPageOf slide number → first 1-based page of that slide
 */
export async function addOutline(pdf, deck, firstPageOf) {
  const lines = deck.slides
    .filter(s => s.title && firstPageOf[s.no])
    .map(s => `${firstPageOf[s.no]}||${s.title.replace(/\|/g, '/')}`)
  return outlinePdfFactory(pdfLib)({ outline: lines.join('\n'), pdf })
}
