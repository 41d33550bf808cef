// Finishes a PDF as Chromium printed it: the document's info (title, author, subject, keywords) and an outline with
// an entry per slide, written with the file in one pass of Node's own code. Every page's content stream and every font
// is copied byte for byte; the small dictionaries (pages, the tag tree, the info) move into compressed object streams,
// as pdf-lib did, which keeps the tagged file about a quarter smaller than Chromium's. pdf-lib took about 0.15 s to
// parse and write the deck's objects again; this takes milliseconds, as it never decodes a stream.
import { Buffer } from 'node:buffer'
import { deflateSync } from 'node:zlib'

/** @typedef {{ title: string, page: number }} OutlineEntry  a heading and its 1-based page */

/**
 * Text as a PDF string: UTF-16BE with a byte-order mark, in hex, so any character and any bracket is safe.
 * @param {string} s the text
 * @returns {string} the PDF string, brackets included
 */
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

/**
 * The end of the dictionary that opens at `start` ("<<"), past any nested dictionary or string in it.
 * @param {string} text the file as Latin-1 text
 * @param {number} start where the dictionary opens
 * @returns {number} the offset just past its closing ">>"
 */
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

/**
 * The cross-reference of a PDF as Chromium writes it, one classic xref table: object number → byte offset.
 * @param {string} text the file as Latin-1 text
 * @param {number} offset where the xref table starts, as startxref says
 * @returns {{ at: Map<number, number>, trailer: string }} where each object in use starts, and the trailer dictionary
 */
function readXref(text, offset) {
  if (!text.startsWith('xref', offset))
    throw new Error(`finishPdf: no xref table at byte ${offset}; only classic xref tables (Chromium's) are supported`)
  /** @type {Map<number, number>} object number → byte offset, for objects in use */
  const at = new Map()
  const rows = /(\d+) \d+\s*\n|(\d{10}) (\d{5}) ([nf])\s{1,2}|trailer/y
  rows.lastIndex = offset + 4
  let first = 0
  while (true) {
    while (/\s/.test(text[rows.lastIndex])) rows.lastIndex++
    const m = rows.exec(text)
    if (!m)
      throw new Error(`finishPdf: the xref table at byte ${offset} cannot be read`)
    if (m[0] === 'trailer')
      break
    if (m[1] !== undefined) {
      first = Number(m[1])
      continue
    }
    if (m[4] === 'n') {
      // Chromium writes every object once, at generation 0; an object stream could not hold a later one.
      if (Number(m[3]) > 0)
        throw new Error(`finishPdf: object ${first} is of generation ${Number(m[3])}; only generation 0 is supported`)
      at.set(first, Number(m[2]))
    }
    first++
  }
  const open = text.indexOf('<<', rows.lastIndex)
  const trailer = text.slice(open, dictEnd(text, open))
  if (/\/Prev\s/.test(trailer))
    throw new Error('finishPdf: the PDF was updated after it was printed; only one xref table (Chromium\'s) is supported')
  return { at, trailer }
}

/** How many dictionaries go in one object stream: a reader inflates a whole stream to reach any object in it. */
const PER_STREAM = 200

/**
 * @typedef {{ stream: [number, number] } | { value: string }} PdfObject  a stream as the byte range of the whole object,
 *   to copy as it is; anything else as the text of its value
 * @typedef {{ text: string, at: Map<number, number>, trailer: string }} Printed  the printed file as Latin-1 text,
 *   where each of its objects starts, and its trailer
 * @typedef {[1, number] | [2, number, number]} XrefEntry  at a byte offset, or the nth object of an object stream
 */

/**
 * @param {Uint8Array} raw the PDF as Chromium printed it
 * @param {{ info: Record<string, string>, outline: OutlineEntry[] }} o info entries (Title, Author…) and the outline
 * @returns {{ bytes: Uint8Array, pages: number }} the finished PDF and its page count
 */
export function finishPdf(raw, { info, outline }) {
  const printed = readPrinted(raw)
  const { size, root } = trailerEntries(printed.trailer)
  const catalog = dictOf(printed, root)
  const pages = pageObjects(printed, catalog)
  const objects = objectsExcept(printed, ref(printed.trailer, 'Info')) // Chromium's info gives way to the deck's
  const number = numbering(size)
  const infoNo = number()
  objects.set(infoNo, { value: infoDict(info) })
  const outlinesNo = outline.length ? addOutline(objects, outline, pages, number) : undefined
  objects.set(root, { value: catalogWith(catalog, outlinesNo) })
  return { bytes: writePdf(raw, objects, { root, infoNo, number }), pages: pages.length }
}

/**
 * @param {Uint8Array} raw the PDF as Chromium printed it
 * @returns {Printed} its text, its xref table and its trailer
 */
function readPrinted(raw) {
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1')
  const start = text.lastIndexOf('startxref')
  const lastXref = Number(text.slice(start + 9).match(/^\s*(\d+)/)?.[1] ?? Number.NaN)
  if (start < 0 || Number.isNaN(lastXref))
    throw new Error('finishPdf: no startxref at the end: not a complete PDF')
  return { text, ...readXref(text, lastXref) }
}

/**
 * @param {string} trailer the trailer dictionary
 * @returns {{ size: number, root: number }} the first object number free for new objects, and the catalog's
 */
function trailerEntries(trailer) {
  const size = Number(trailer.match(/\/Size\s+(\d+)/)?.[1])
  const root = ref(trailer, 'Root')
  if (!size || root === undefined)
    throw new Error('finishPdf: the trailer has no /Size or no /Root')
  return { size, root }
}

/**
 * @param {Printed} printed the printed file
 * @param {number} n an object's number
 * @returns {PdfObject} the object, as it stands in the file
 */
function readObject(printed, n) {
  const { text, at } = printed
  const offset = at.get(n)
  if (offset === undefined)
    throw new Error(`finishPdf: object ${n} is not in the xref table`)
  const head = new RegExp(`${n}\\s+\\d+\\s+obj\\s*`, 'y')
  head.lastIndex = offset
  if (!head.exec(text))
    throw new Error(`finishPdf: object ${n} is not at byte ${offset}`)
  const from = head.lastIndex
  if (!text.startsWith('<<', from)) {
    const end = text.indexOf('endobj', from)
    return { value: text.slice(from, end).trim() }
  }
  const dictTo = dictEnd(text, from)
  const data = /\s*stream\r?\n/y
  data.lastIndex = dictTo
  if (!data.exec(text))
    return { value: text.slice(from, dictTo) }
  const bytes = streamLength(printed, n, text.slice(from, dictTo))
  const end = text.indexOf('endobj', data.lastIndex + bytes)
  if (end < 0)
    throw new Error(`finishPdf: stream ${n} does not end`)
  return { stream: [offset, end + 'endobj'.length] }
}

/**
 * @param {Printed} printed the printed file
 * @param {number} n the stream's object number
 * @param {string} dict the stream's dictionary
 * @returns {number} the stream's /Length, read from the object it refers to when it is indirect
 */
function streamLength(printed, n, dict) {
  const length = dict.match(/\/Length\s+(\d+)(\s+\d+\s+R)?/)
  if (!length)
    throw new Error(`finishPdf: stream ${n} has no /Length`)
  if (!length[2])
    return Number(length[1])
  const held = readObject(printed, Number(length[1]))
  return 'value' in held ? Number(held.value) : Number.NaN
}

/**
 * @param {Printed} printed the printed file
 * @param {number} n an object's number
 * @returns {string} the text of the dictionary the object is
 */
function dictOf(printed, n) {
  const o = readObject(printed, n)
  if (!('value' in o) || !o.value.startsWith('<<'))
    throw new Error(`finishPdf: object ${n} is not a dictionary`)
  return o.value
}

/**
 * @param {string} dict a dictionary's text
 * @param {string} key one of its keys
 * @returns {number | undefined} the number of the object the key refers to, if it is a reference
 */
function ref(dict, key) {
  const m = dict.match(new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`))
  return m ? Number(m[1]) : undefined
}

/**
 * @param {Printed} printed the printed file
 * @param {string} catalog the catalog's dictionary
 * @returns {number[]} the object number of every page, in reading order
 */
function pageObjects(printed, catalog) {
  /** @type {number[]} */
  const pages = []
  const walk = (/** @type {number} */ n) => {
    const node = dictOf(printed, n)
    if (!/\/Type\s*\/Pages\b/.test(node))
      return void pages.push(n)
    const kids = node.match(/\/Kids\s*\[([^\]]*)\]/)?.[1] ?? ''
    for (const m of kids.matchAll(/(\d+)\s+\d+\s+R/g)) walk(Number(m[1]))
  }
  const pagesRoot = ref(catalog, 'Pages')
  if (pagesRoot === undefined)
    throw new Error('finishPdf: the catalog has no /Pages')
  walk(pagesRoot)
  return pages
}

/**
 * @param {Printed} printed the printed file
 * @param {number | undefined} left the number of an object to leave out
 * @returns {Map<number, PdfObject>} every other object in use, in the order of their numbers
 */
function objectsExcept(printed, left) {
  /** @type {Map<number, PdfObject>} */
  const objects = new Map()
  for (const n of [...printed.at.keys()].sort((a, b) => a - b)) {
    if (n !== left)
      objects.set(n, readObject(printed, n))
  }
  return objects
}

/**
 * @param {number} first the first number to give
 * @returns {() => number} a function that gives the next unused object number on each call
 */
function numbering(first) {
  let next = first
  return () => next++
}

/**
 * @param {Record<string, string>} info the info entries (Title, Author…)
 * @returns {string} the document's info dictionary, with its producer and dates
 */
function infoDict(info) {
  const entries = Object.entries(info).map(([k, v]) => `/${k} ${pdfText(v)}`).join(' ')
  const producer = pdfText('Skia/PDF (Chromium), finished by scripts/lib/pdf-finish.mjs')
  return `<<${entries} /Producer ${producer} /CreationDate (${pdfDate()}) /ModDate (${pdfDate()})>>`
}

/**
 * Adds the outline's root and one object per entry, each pointing to its page, in the order given.
 * @param {Map<number, PdfObject>} objects the new file's objects
 * @param {OutlineEntry[]} outline the entries, at least one
 * @param {number[]} pages the object number of every page
 * @param {() => number} number gives unused object numbers
 * @returns {number} the outline root's number
 */
function addOutline(objects, outline, pages, number) {
  const outlinesNo = number()
  const entryNos = outline.map(() => number())
  const first = entryNos[0]
  const last = entryNos[entryNos.length - 1]
  objects.set(outlinesNo, { value: `<</Type /Outlines /First ${first} 0 R /Last ${last} 0 R /Count ${outline.length}>>` })
  outline.forEach(({ title, page }, i) => {
    const target = pages[page - 1]
    if (target === undefined)
      throw new Error(`finishPdf: outline entry "${title}" points to page ${page} of ${pages.length}`)
    const prev = i > 0 ? ` /Prev ${entryNos[i - 1]} 0 R` : ''
    const next = i < outline.length - 1 ? ` /Next ${entryNos[i + 1]} 0 R` : ''
    const dest = `/Dest [${target} 0 R /XYZ null null null]`
    objects.set(entryNos[i], { value: `<</Title ${pdfText(title)} /Parent ${outlinesNo} 0 R${prev}${next} ${dest}>>` })
  })
  return outlinesNo
}

/**
 * @param {string} catalog the printed catalog's dictionary
 * @param {number | undefined} outlinesNo the new outline's root, if there is one
 * @returns {string} the catalog, its old outline and page mode gone, pointing to the new outline
 */
function catalogWith(catalog, outlinesNo) {
  const kept = catalog.slice(0, -2).replace(/\/(?:Outlines\s+\d+\s+\d+\s+R|PageMode\s*\/\w+)/g, '')
  return `${kept}${outlinesNo === undefined ? '' : ` /Outlines ${outlinesNo} 0 R`}>>`
}

/**
 * The new file: the header, streams as they were, the rest packed into object streams, then an xref stream.
 * @param {Uint8Array} raw the printed PDF, whose streams are copied from it
 * @param {Map<number, PdfObject>} objects every object of the new file
 * @param {{ root: number, infoNo: number, number: () => number }} o the catalog, the info, and unused object numbers
 * @returns {Uint8Array} the finished PDF
 */
function writePdf(raw, objects, { root, infoNo, number }) {
  const out = pdfWriter()
  out.put('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n')
  /** @type {[number, string][]} */
  const packed = []
  for (const [n, o] of objects) {
    if ('stream' in o)
      out.copy(n, raw.subarray(o.stream[0], o.stream[1]))
    else
      packed.push([n, o.value])
  }
  for (let i = 0; i < packed.length; i += PER_STREAM)
    writeObjectStream(out, number(), packed.slice(i, i + PER_STREAM))
  writeXrefStream(out, number(), { root, infoNo })
  return out.bytes()
}

/** The new file as it is written: its parts, the offset the next one starts at, where each object went. */
function pdfWriter() {
  /** @type {Uint8Array[]} */
  const chunks = []
  let length = 0
  /** @type {Map<number, XrefEntry>} */
  const entries = new Map()
  /** @param {string | Uint8Array} part text (Latin-1) or bytes, appended */
  const put = (part) => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part
    chunks.push(bytes)
    length += bytes.length
  }
  return {
    entries,
    put,
    get length() { return length },
    /** An object copied whole, from its number to its endobj. */
    copy: (/** @type {number} */ n, /** @type {Uint8Array} */ object) => {
      entries.set(n, [1, length])
      put(object)
      put('\n')
    },
    /** A new stream object, its data deflated. */
    stream: (/** @type {number} */ n, /** @type {string} */ dict, /** @type {Uint8Array} */ data) => {
      entries.set(n, [1, length])
      put(`${n} 0 obj\n<<${dict} /Filter /FlateDecode /Length ${data.length}>>\nstream\n`)
      put(data)
      put('\nendstream\nendobj\n')
    },
    /** @returns {Uint8Array} every part, in one array of its own */
    bytes: () => {
      const bytes = new Uint8Array(length)
      let at = 0
      for (const c of chunks) {
        bytes.set(c, at)
        at += c.length
      }
      return bytes
    },
  }
}

/**
 * @param {ReturnType<typeof pdfWriter>} out the new file
 * @param {number} no the object stream's number
 * @param {[number, string][]} group the objects it holds: their numbers and values
 */
function writeObjectStream(out, no, group) {
  let index = ''
  let body = ''
  group.forEach(([n, value], k) => {
    index += `${n} ${body.length} `
    body += `${value}\n`
    out.entries.set(n, [2, no, k])
  })
  out.stream(no, `/Type /ObjStm /N ${group.length} /First ${index.length}`, deflateSync(Buffer.from(index + body, 'latin1')))
}

/**
 * The xref stream, the file's last object, and the end of the file that points to it.
 * @param {ReturnType<typeof pdfWriter>} out the new file, every other object written
 * @param {number} xrefNo the xref stream's number, the highest in the file
 * @param {{ root: number, infoNo: number }} o the catalog's and the info's numbers
 */
function writeXrefStream(out, xrefNo, { root, infoNo }) {
  const size = xrefNo + 1
  const startxref = out.length
  out.entries.set(xrefNo, [1, startxref])
  const table = xrefTable(out.entries, size)
  out.stream(xrefNo, `/Type /XRef /Size ${size} /W [1 4 2] /Root ${root} 0 R /Info ${infoNo} 0 R`, deflateSync(table))
  out.put(`startxref\n${startxref}\n%%EOF\n`)
}

/**
 * @param {Map<number, XrefEntry>} entries where each object is
 * @param {number} size how many object numbers the file uses, 0 included
 * @returns {Buffer} the xref stream's rows, 7 bytes each as /W [1 4 2] says, before compression
 */
function xrefTable(entries, size) {
  const table = Buffer.alloc(size * 7)
  for (let n = 0; n < size; n++) {
    const e = entries.get(n)
    const row = n * 7
    if (!e) { // free: number 0 heads the list, with generation 65535
      table.writeUInt16BE(n === 0 ? 0xFFFF : 0, row + 5)
      continue
    }
    table[row] = e[0]
    table.writeUInt32BE(e[1], row + 1)
    table.writeUInt16BE(e[0] === 2 ? e[2] : 0, row + 5)
  }
  return table
}
