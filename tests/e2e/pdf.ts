// Reads exported PDFs back with poppler (pdfinfo, pdftotext, pdffonts, pdftoppm) and pdf-lib.
import { execFileSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib'

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 })

export function info(file: string): Record<string, string> {
  return Object.fromEntries(run('pdfinfo', [file]).split('\n').filter(Boolean).map((l) => {
    const i = l.indexOf(':')
    return [l.slice(0, i).trim(), l.slice(i + 1).trim()]
  }))
}

/** The text of each page, white space folded. */
export function pageTexts(file: string): string[] {
  return run('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f').slice(0, -1).map(t => t.replace(/\s+/g, ' ').trim())
}

export function fonts(file: string): { name: string, embedded: boolean }[] {
  return run('pdffonts', [file]).split('\n').slice(2).filter(Boolean).map((l) => {
    const cols = l.trim().split(/\s+/)
    return { name: cols[0], embedded: cols[cols.length - 5] === 'yes' }
  })
}

/** How many shades of grey a page has when rendered small: 1 means a blank page. */
export function shades(file: string, page: number): number {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '12', '-f', String(page), '-l', String(page), file])
  // PGM header: P5 <w> <h> <max>, then one byte per pixel.
  const header = pgm.subarray(0, 40).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)!
  return new Set(pgm.subarray(header[0].length)).size
}

export async function outlineCount(file: string): Promise<number> {
  const doc = await PDFDocument.load(readFileSync(file))
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const count = outlines?.lookupMaybe(PDFName.of('Count'), PDFNumber)
  return count ? Math.abs(count.asNumber()) : 0
}

export const sizeOf = (file: string) => statSync(file).size
