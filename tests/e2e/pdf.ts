// Reads exported PDFs back with libraries from npm (pdf.js for text, structure and drawing; pdf-lib for
// the outline and the fonts), so the tests need nothing from the system's package manager.
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib'
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { openPdf, textOfPages } from '../../scripts/lib/pdf-text.mjs'

const cache = new Map<string, Promise<PDFDocumentProxy>>()
/**
 * One parsed copy per file as written: the tests read the same three PDFs many times, and some tests write a file
 * again (the export under load), so a copy parsed before that must not answer for the new one.
 */
export function open(file: string): Promise<PDFDocumentProxy> {
  const { mtimeMs, size } = statSync(file)
  const key = `${file} ${mtimeMs} ${size}`
  if (!cache.has(key))
    cache.set(key, openPdf(new Uint8Array(readFileSync(file))))
  return cache.get(key)!
}

export async function info(file: string) {
  const doc = await open(file)
  const meta = await doc.getMetadata()
  const i = meta.info as Record<string, string | undefined>
  return { pages: doc.numPages, title: i.Title, author: i.Author, subject: i.Subject, keywords: i.Keywords, language: i.Language }
}

/** The text of each page, white space folded. */
export async function pageTexts(file: string): Promise<string[]> {
  return textOfPages(await open(file))
}

/** How many things a page paints (text, paths, images): 0 means a blank page. */
export async function paintOps(file: string, page: number): Promise<number> {
  const list = await (await (await open(file)).getPage(page)).getOperatorList()
  const painting = new Set([
    OPS.showText,
    OPS.showSpacedText,
    OPS.fill,
    OPS.eoFill,
    OPS.stroke,
    OPS.fillStroke,
    OPS.paintImageXObject,
    OPS.constructPath,
  ])
  return list.fnArray.filter(op => painting.has(op)).length
}

/** Every font the pages use, as pdf.js loads them, and whether its program is embedded in the file. */
export async function fonts(file: string): Promise<{ name: string, embedded: boolean }[]> {
  const doc = await open(file)
  const seen = new Map<string, boolean>()
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p)
    const ops = await page.getOperatorList()
    ops.fnArray.forEach((fn, i) => {
      if (fn !== OPS.setFont)
        return
      const font = page.commonObjs.get(ops.argsArray[i][0]) as { name: string, missingFile: boolean }
      seen.set(font.name, !font.missingFile)
    })
  }
  return [...seen].map(([name, embedded]) => ({ name, embedded }))
}

/** The outline's entries as pdf.js reads them: each title and the 1-based page it opens. */
export async function outline(file: string): Promise<{ title: string, page: number }[]> {
  const doc = await open(file)
  const items = await doc.getOutline() ?? []
  const pageOf = async (dest: unknown) => 1 + await doc.getPageIndex((dest as [{ num: number, gen: number }])[0])
  return Promise.all(items.map(async o => ({ title: o.title, page: await pageOf(o.dest) })))
}

export async function outlineCount(file: string): Promise<number> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const count = outlines?.lookupMaybe(PDFName.of('Count'), PDFNumber)
  return count ? Math.abs(count.asNumber()) : 0
}

interface StructNode { role?: string, alt?: string, lang?: string, children?: (StructNode | { type: string })[] }

/** The tagged structure: whether the file is marked, its language, and every structure element in reading order. */
export async function structure(file: string) {
  const doc = await open(file)
  const marked = Boolean((await doc.getMarkInfo())?.Marked)
  const catalog = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const lang = catalog.catalog.get(PDFName.of('Lang'))?.toString().replace(/^\(|\)$/g, '')
  const pages: { role: string, alt?: string, text?: string }[][] = []
  /** Each table as rows × cells of its first row; a table that runs over two pages shows on both. */
  const tables = new Set<string>()
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p)
    const tree = await page.getStructTree() as StructNode | null
    const flat: { role: string, alt?: string }[] = []
    const walk = (n: StructNode) => {
      if (n.role)
        flat.push({ role: n.role, alt: n.alt })
      if (n.role === 'Table') {
        const rows: StructNode[] = []
        const findRows = (m: StructNode) => (m.role === 'TR' ? rows.push(m) : (m.children ?? []).forEach(c => findRows(c as StructNode)))
        findRows(n)
        tables.add(`${rows.length}x${(rows[0]?.children ?? []).filter(c => 'role' in c).length}`)
      }
      for (const c of n.children ?? []) {
        if ('role' in c || 'children' in c)
          walk(c as StructNode)
      }
    }
    if (tree)
      walk(tree)
    pages.push(flat)
  }
  return { marked, lang, pages, tables: [...tables] }
}

export const sizeOf = (file: string) => statSync(file).size

/** The file's bytes as a SHA-256 hash: the earlier PDF, byte for byte, is the same hash. */
export const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** The temporary files an atomic write left in `dir`: none, when it finished or failed cleanly. */
export const temps = (dir: string) => readdirSync(dir).filter(n => n.endsWith('.tmp'))
