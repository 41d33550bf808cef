// The text of a PDF's pages, read with pdf.js: the handout finds its sections with it, the tests read PDFs back.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** @param {Uint8Array} bytes */
export function openPdf(bytes) {
  return getDocument({ data: bytes, useSystemFonts: false, verbosity: 0 }).promise
}

/**
 * The text of each page, white space folded.
 * @param {import('pdfjs-dist').PDFDocumentProxy} doc
 */
export async function textOfPages(doc) {
  const out = []
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent()
    out.push(content.items.map(it => ('str' in it ? `${it.str}${it.hasEOL ? ' ' : ''}` : '')).join('').replace(/\s+/g, ' ').trim())
  }
  return out
}
