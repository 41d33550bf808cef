// Finishes a PDF as Chromium printed it: the document's info (title, author, subject, keywords) and an outline with
// an entry per slide, written with the file in one pass of Node's own code. Every page's content stream and every font
// is copied byte for byte; the small dictionaries (pages, the tag tree, the info) move into compressed object streams,
// as pdf-lib did, which keeps the tagged file about a quarter smaller than Chromium's. pdf-lib took about 0.15 s to
// parse and write the deck's objects again; this takes milliseconds, as it never decodes a stream.
import { Buffer } from 'node:buffer'
import { deflateSync } from 'node:zlib'

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

/** The cross-reference of a PDF as Chromium writes it, one classic xref table: object number → byte offset. */
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
 * @param {Uint8Array} raw the PDF as Chromium printed it
 * @param {{ info: Record<string, string>, outline: OutlineEntry[] }} o info entries (Title, Author…) and the outline
 * @returns {{ bytes: Uint8Array, pages: number }} the finished PDF and its page count
 */
export function finishPdf(raw, { info, outline }) {
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1')
  const start = text.lastIndexOf('startxref')
  const lastXref = Number(text.slice(start + 9).match(/^\s*(\d+)/)?.[1] ?? Number.NaN)
  if (start < 0 || Number.isNaN(lastXref))
    throw new Error('finishPdf: no startxref at the end: not a complete PDF')
  const { at, trailer } = readXref(text, lastXref)

  /**
   * @param {number} n an object's number
   * @returns {{ stream: [number, number] } | { value: string }} a stream as the byte range of the whole object, to copy
   * as it is; anything else as the text of its value
   */
  const read = (n) => {
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
    const dict = text.slice(from, dictTo)
    const length = dict.match(/\/Length\s+(\d+)(\s+\d+\s+R)?/)
    if (!length)
      throw new Error(`finishPdf: stream ${n} has no /Length`)
    const bytes = length[2] ? Number((/** @type {{ value: string }} */ (read(Number(length[1])))).value) : Number(length[1])
    const end = text.indexOf('endobj', data.lastIndex + bytes)
    if (end < 0)
      throw new Error(`finishPdf: stream ${n} does not end`)
    return { stream: [offset, end + 'endobj'.length] }
  }
  const dictOf = (/** @type {number} */ n) => {
    const o = read(n)
    if (!('value' in o) || !o.value.startsWith('<<'))
      throw new Error(`finishPdf: object ${n} is not a dictionary`)
    return o.value
  }
  const ref = (/** @type {string} */ dict, /** @type {string} */ key) => {
    const m = dict.match(new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`))
    return m ? Number(m[1]) : undefined
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

  /** @type {Map<number, { stream: [number, number] } | { value: string }>} every object of the new file */
  const objects = new Map()
  const oldInfo = ref(trailer, 'Info')
  for (const n of [...at.keys()].sort((a, b) => a - b)) {
    if (n !== oldInfo) // Chromium's info gives way to the deck's
      objects.set(n, read(n))
  }
  let next = size
  const infoNo = next++
  objects.set(infoNo, {
    value: `<<${Object.entries(info).map(([k, v]) => `/${k} ${pdfText(v)}`).join(' ')} /Producer ${
      pdfText('Skia/PDF (Chromium), finished by scripts/lib/pdf-finish.mjs')} /CreationDate (${pdfDate()}) /ModDate (${pdfDate()})>>`,
  })
  let catalogValue = catalog.slice(0, -2).replace(/\/(?:Outlines\s+\d+\s+\d+\s+R|PageMode\s*\/\w+)/g, '')
  if (outline.length) {
    const outlinesNo = next++
    const first = next
    next += outline.length
    objects.set(outlinesNo, { value: `<</Type /Outlines /First ${first} 0 R /Last ${next - 1} 0 R /Count ${outline.length}>>` })
    outline.forEach(({ title, page }, i) => {
      const target = pages[page - 1]
      if (target === undefined)
        throw new Error(`finishPdf: outline entry "${title}" points to page ${page} of ${pages.length}`)
      const links = `${i > 0 ? ` /Prev ${first + i - 1} 0 R` : ''}${i < outline.length - 1 ? ` /Next ${first + i + 1} 0 R` : ''}`
      const dest = `/Dest [${target} 0 R /XYZ null null null]`
      objects.set(first + i, { value: `<</Title ${pdfText(title)} /Parent ${outlinesNo} 0 R${links} ${dest}>>` })
    })
    catalogValue += ` /Outlines ${outlinesNo} 0 R`
  }
  objects.set(root, { value: `${catalogValue}>>` })

  // The new file: the header, streams as they were, the rest packed into object streams, then an xref stream.
  /** @type {Uint8Array[]} */
  const chunks = []
  let length = 0
  const put = (/** @type {string | Uint8Array} */ part) => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part
    chunks.push(bytes)
    length += bytes.length
  }
  /** @type {Map<number, [1, number] | [2, number, number]>} xref entries: at an offset, or in an object stream */
  const entries = new Map()
  put('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n')
  /** @type {[number, string][]} */
  const packed = []
  for (const [n, o] of objects) {
    if ('stream' in o) {
      entries.set(n, [1, length])
      put(raw.subarray(o.stream[0], o.stream[1]))
      put('\n')
    }
    else {
      packed.push([n, o.value])
    }
  }
  const stream = (/** @type {number} */ n, /** @type {string} */ dict, /** @type {Uint8Array} */ data) => {
    entries.set(n, [1, length])
    put(`${n} 0 obj\n<<${dict} /Filter /FlateDecode /Length ${data.length}>>\nstream\n`)
    put(data)
    put('\nendstream\nendobj\n')
  }
  for (let i = 0; i < packed.length; i += PER_STREAM) {
    const group = packed.slice(i, i + PER_STREAM)
    const no = next++
    let index = ''
    let body = ''
    group.forEach(([n, value], k) => {
      index += `${n} ${body.length} `
      body += `${value}\n`
      entries.set(n, [2, no, k])
    })
    stream(no, `/Type /ObjStm /N ${group.length} /First ${index.length}`, deflateSync(Buffer.from(index + body, 'latin1')))
  }
  const xrefNo = next++
  entries.set(xrefNo, [1, length])
  const table = Buffer.alloc(next * 7)
  for (let n = 0; n < next; n++) {
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
  const startxref = length
  stream(xrefNo, `/Type /XRef /Size ${next} /W [1 4 2] /Root ${root} 0 R /Info ${infoNo} 0 R`, deflateSync(table))
  put(`startxref\n${startxref}\n%%EOF\n`)
  const bytes = new Uint8Array(length)
  let at0 = 0
  for (const c of chunks) {
    bytes.set(c, at0)
    at0 += c.length
  }
  return { bytes, pages: pages.length }
}
