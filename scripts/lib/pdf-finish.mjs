// Finishes a PDF as Chromium printed it: the document's info (title, author, subject, keywords) and an outline with
// an entry per slide. They are appended to Chromium's bytes as an incremental update (ISO 32000-1, 7.5.6) instead of
// a full re-save, so every printed object, its tags included, stays byte for byte as Chromium wrote it, and the step
// takes milliseconds: pdf-lib took about 0.15 s to parse and write all the deck's objects again.
import { Buffer } from 'node:buffer'

/** @typedef {{ title: string, page: number }} OutlineEntry  a heading and its 1-based page */

/** Text as a PDF string: UTF-16BE with a byte-order mark, in hex, so any character and any bracket is safe. */
export function pdfText(s) {
  let hex = 'FEFF'
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')
  return `<${hex}>`
}

/** A PDF date, D:YYYYMMDDHHmmSSZ, in UTC. */
export function pdfDate(d = new Date()) {
  const p = (/** @type {number} */ n) => String(n).padStart(2, '0')
  const time = [d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()].map(p)
  return `D:${d.getUTCFullYear()}${time.join('')}Z`
}

/** The end of the dictionary that opens at `start` ("<<"), past any nested dictionary or string in it. */
function dictEnd(text, start) {
  let depth = 0
  for (let i = start; i < text.length; i++) {
    const c = text[i]
    if (c === '(') { // a literal string: skip it, escapes and balanced brackets included
      for (let open = 1, j = i + 1; j < text.length; j++) {
        if (text[j] === '\\') {
          j++
        }
        else if (text[j] === '(') {
          open++
        }
        else if (text[j] === ')' && --open === 0) {
          i = j
          break
        }
      }
    }
    else if (c === '<' && text[i + 1] === '<') {
      depth++
      i++
    }
    else if (c === '>' && text[i + 1] === '>') {
      depth--
      i++
      if (depth === 0)
        return i + 1
    }
  }
  throw new Error('finishPdf: a dictionary does not end')
}

/** The cross-reference of a PDF with classic xref tables (Chromium's): object number → byte offset. */
function readXref(text, offset) {
  /** @type {Map<number, number>} */
  const at = new Map()
  let trailer = ''
  for (let next = offset; next !== undefined;) {
    if (!text.startsWith('xref', next))
      throw new Error(`finishPdf: no xref table at byte ${next}; only classic xref tables (Chromium's) are supported`)
    const rows = /(\d+) \d+\s*\n|(\d{10}) \d{5} ([nf])\s{1,2}|trailer/y
    rows.lastIndex = next + 4
    let first = 0
    while (true) {
      while (/\s/.test(text[rows.lastIndex])) rows.lastIndex++
      const m = rows.exec(text)
      if (!m)
        throw new Error(`finishPdf: the xref table at byte ${next} cannot be read`)
      if (m[0] === 'trailer')
        break
      if (m[1] !== undefined) {
        first = Number(m[1])
        continue
      }
      if (m[3] === 'n' && !at.has(first))
        at.set(first, Number(m[2]))
      first++
    }
    const open = text.indexOf('<<', rows.lastIndex)
    const dict = text.slice(open, dictEnd(text, open))
    trailer ||= dict
    const prev = dict.match(/\/Prev\s+(\d+)/)
    next = prev ? Number(prev[1]) : undefined
  }
  return { at, trailer }
}

/**
 * @param {Uint8Array} raw the PDF as Chromium printed it
 * @param {{ info: Record<string, string>, outline: OutlineEntry[] }} o info entries (Title, Author…) and the outline
 * @returns {{ bytes: Uint8Array, pages: number }} the finished PDF and its page count
 */
export function finishPdf(raw, { info, outline }) {
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1')
  const start = text.lastIndexOf('startxref')
  const prevXref = Number(text.slice(start + 9).match(/^\s*(\d+)/)?.[1] ?? Number.NaN)
  if (start < 0 || Number.isNaN(prevXref))
    throw new Error('finishPdf: no startxref at the end: not a complete PDF')
  const { at, trailer } = readXref(text, prevXref)
  const ref = (dict, key) => {
    const m = dict.match(new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`))
    return m ? Number(m[1]) : undefined
  }
  const dictOf = (/** @type {number} */ n) => {
    const offset = at.get(n)
    if (offset === undefined)
      throw new Error(`finishPdf: object ${n} is not in the xref table`)
    const head = new RegExp(`${n}\\s+\\d+\\s+obj\\s*`, 'y')
    head.lastIndex = offset
    if (!head.exec(text) || !text.startsWith('<<', head.lastIndex))
      throw new Error(`finishPdf: object ${n} is not a dictionary at byte ${offset}`)
    return text.slice(head.lastIndex, dictEnd(text, head.lastIndex))
  }
  const size = Number(trailer.match(/\/Size\s+(\d+)/)?.[1])
  const root = ref(trailer, 'Root')
  if (!size || root === undefined)
    throw new Error('finishPdf: the trailer has no /Size or no /Root')
  const catalog = dictOf(root)
  /** @type {number[]} */
  const pages = []
  const walk = (/** @type {number} */ n) => {
    const node = dictOf(n)
    if (!/\/Type\s*\/Pages\b/.test(node))
      return void pages.push(n)
    const kids = node.match(/\/Kids\s*\[([^\]]*)\]/)?.[1] ?? ''
    for (const m of kids.matchAll(/(\d+)\s+\d+\s+R/g)) walk(Number(m[1]))
  }
  const pagesRoot = ref(catalog, 'Pages')
  if (pagesRoot === undefined)
    throw new Error('finishPdf: the catalog has no /Pages')
  walk(pagesRoot)

  // New objects take the numbers after Chromium's; the catalog keeps its own, rewritten with the outline.
  const infoNo = size
  const outlinesNo = size + 1
  const item = (/** @type {number} */ i) => size + 2 + i
  /** @type {[number, string][]} */
  const objects = [[infoNo, `<<${Object.entries(info).map(([k, v]) => `/${k} ${pdfText(v)}`).join(' ')} /Producer ${
    pdfText('Skia/PDF (Chromium), finished by scripts/lib/pdf-finish.mjs')} /CreationDate (${pdfDate()}) /ModDate (${pdfDate()})>>`]]
  if (outline.length) {
    objects.push([outlinesNo, `<</Type /Outlines /First ${item(0)} 0 R /Last ${item(outline.length - 1)} 0 R /Count ${outline.length}>>`])
    outline.forEach(({ title, page }, i) => {
      const target = pages[page - 1]
      if (target === undefined)
        throw new Error(`finishPdf: outline entry "${title}" points to page ${page} of ${pages.length}`)
      objects.push([item(i), `<</Title ${pdfText(title)} /Parent ${outlinesNo} 0 R${i > 0 ? ` /Prev ${item(i - 1)} 0 R` : ''}${
        i < outline.length - 1 ? ` /Next ${item(i + 1)} 0 R` : ''} /Dest [${target} 0 R /XYZ null null null]>>`])
    })
  }
  const body = catalog.slice(0, -2).replace(/\/(?:Outlines\s+\d+\s+\d+\s+R|PageMode\s*\/\w+)/g, '')
  objects.push([root, `${body}${outline.length ? ` /Outlines ${outlinesNo} 0 R` : ''}>>`])

  let update = text.endsWith('\n') ? '' : '\n'
  /** @type {Map<number, number>} */
  const offsets = new Map()
  for (const [n, dict] of objects) {
    offsets.set(n, raw.byteLength + update.length)
    update += `${n} 0 obj\n${dict}\nendobj\n`
  }
  const xrefAt = raw.byteLength + update.length
  update += 'xref\n'
  const numbers = [...offsets.keys()].sort((a, b) => a - b)
  for (let i = 0; i < numbers.length;) { // consecutive numbers share one subsection
    let j = i
    while (numbers[j + 1] === numbers[j] + 1) j++
    update += `${numbers[i]} ${j - i + 1}\n`
    for (let k = i; k <= j; k++) update += `${String(offsets.get(numbers[k])).padStart(10, '0')} 00000 n \n`
    i = j + 1
  }
  const newSize = Math.max(size, ...numbers.map(n => n + 1))
  update += `trailer\n<</Size ${newSize} /Root ${root} 0 R /Info ${infoNo} 0 R /Prev ${prevXref}>>\nstartxref\n${xrefAt}\n%%EOF\n`

  const bytes = new Uint8Array(raw.byteLength + update.length)
  bytes.set(raw)
  bytes.set(Buffer.from(update, 'latin1'), raw.byteLength)
  return { bytes, pages: pages.length }
}
