// The handout: an A4 portrait page per slide, the slide on top (vector, text kept as text) and its
// speaker notes under it, then the sources. Slides come from the deck's PDF export; notes from Slidev's parser.
import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PDFDocument, rgb } from 'pdf-lib'
import { chromium } from 'playwright-chromium'
import { isLocalUrl, launchOptions } from './lib/browser.mjs'
import { loadDeck } from './lib/deck.mjs'
import { exportDeck } from './export.mjs'
import { loadFacts } from './lib/facts.mjs'
import { addOutline, setMetadata } from './lib/pdf-meta.mjs'

const require = createRequire(import.meta.url)
const PX_TO_PT = 0.75

const esc = s => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const plain = s => s.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()

async function fontFace(family, file, weight, style = 'normal') {
  const data = await readFile(require.resolve(`@fontsource/nunito-sans/files/${file}`))
  return `@font-face { font-family: '${family}'; font-weight: ${weight}; font-style: ${style}; src: url(data:font/woff2;base64,${data.toString('base64')}) format('woff2'); }`
}

function notesHtml(note) {
  return note.split(/\n\s*\n/).map(p => `<p>${esc(p.trim()).replace(/\[click(:\d+)?\]/g, '<span class="click">click</span>')}</p>`).join('\n')
}

async function handoutHtml(deck, sources) {
  const fonts = await Promise.all([
    fontFace('Nunito Sans', 'nunito-sans-latin-400-normal.woff2', 400),
    fontFace('Nunito Sans', 'nunito-sans-latin-700-normal.woff2', 700),
    fontFace('Nunito Sans', 'nunito-sans-latin-400-italic.woff2', 400, 'italic'),
  ])
  const pages = deck.slides.map(s => `
    <section class="page" data-slide="${s.no}">
      <header>Slide ${s.no} of ${deck.slides.length} · ${esc(plain(s.title))}</header>
      <div class="slot"></div>
      <div class="notes"><h2>Speaker notes</h2>${notesHtml(s.note)}</div>
    </section>`).join('\n')
  const list = sources.map(s => `<li><b>${esc(s.publisher)}</b>${s.date ? `, ${s.date}` : ''}: ${esc(s.title)}.<br><a href="${esc(s.url)}">${esc(s.url)}</a></li>`).join('\n')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(deck.title)}: handout</title><style>
    ${fonts.join('\n')}
    @page { size: A4; margin: 0; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: 'Nunito Sans', sans-serif; color: #111827; font-size: 11pt; line-height: 1.4; }
    .page { width: 210mm; height: 297mm; padding: 14mm 14mm 12mm; overflow: hidden; break-after: page; }
    .page:last-child { break-after: auto; }
    header { height: 8mm; font-size: 10pt; color: #374151; border-bottom: 0.4pt solid #9ca3af; }
    .slot { width: 182mm; height: ${(182 * deck.height / deck.width).toFixed(2)}mm; margin: 4mm 0 5mm; }
    h2 { font-size: 12pt; margin: 0 0 2mm; }
    .notes p { margin: 0 0 2.2mm; }
    .click { font-size: 8pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; border: 0.6pt solid #374151; border-radius: 2pt; padding: 0 1.2mm; margin-right: 1mm; }
    .sources { height: auto; min-height: 297mm; overflow: visible; }
    .sources h1 { font-size: 16pt; margin: 0 0 4mm; }
    .sources ol { font-size: 9.5pt; padding-left: 6mm; margin: 0; }
    .sources li { margin-bottom: 1.6mm; break-inside: avoid; }
    .sources a { color: #1d4ed8; overflow-wrap: anywhere; }
  </style></head><body>
    ${pages}
    <section class="page sources"><h1>Sources</h1><ol>${list}</ol></section>
  </body></html>`
}

export async function exportHandout({ output = 'exports/iraq-playground-handout.pdf', log = console.log } = {}) {
  const started = Date.now()
  const slidesFile = join(tmpdir(), `handout-slides-${process.pid}.pdf`)
  await exportDeck({ output: slidesFile, log })
  const deck = await loadDeck()
  const { sources } = await loadFacts()
  const browser = await chromium.launch(await launchOptions())
  let notesPdf, slot
  try {
    const page = await browser.newPage()
    const outside = []
    page.on('request', r => isLocalUrl(r.url()) || outside.push(r.url()))
    await page.setContent(await handoutHtml(deck, sources), { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready)
    if (outside.length)
      throw new Error(`the handout page asked for ${outside.join(', ')}`)
    const overfull = await page.evaluate(() => [...document.querySelectorAll('section[data-slide]')]
      .filter(s => s.scrollHeight > s.clientHeight + 1)
      .map(s => s.dataset.slide))
    if (overfull.length)
      throw new Error(`the notes of slide ${overfull.join(', ')} do not fit on one handout page`)
    slot = await page.evaluate(() => {
      const s = document.querySelector('.slot').getBoundingClientRect()
      return { x: s.x, y: s.y, w: s.width, h: s.height }
    })
    notesPdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    log(`handout: ${deck.slides.length} note pages laid out`)
  }
  finally {
    await browser.close()
  }
  const doc = await PDFDocument.load(notesPdf)
  const slides = await PDFDocument.load(await readFile(slidesFile))
  const embedded = await doc.embedPages(slides.getPages())
  embedded.forEach((slide, i) => {
    const page = doc.getPage(i)
    const box = { x: slot.x * PX_TO_PT, y: page.getHeight() - (slot.y + slot.h) * PX_TO_PT, width: slot.w * PX_TO_PT, height: slot.h * PX_TO_PT }
    page.drawPage(slide, box)
    page.drawRectangle({ ...box, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5 })
    log(`handout: page ${i + 1} of ${embedded.length} (slide ${i + 1}: ${plain(deck.slides[i].title)})`)
  })
  setMetadata(doc, deck, ': handout with speaker notes')
  const firstPageOf = Object.fromEntries(deck.slides.map(s => [s.no, s.no]))
  const withOutline = await addOutline(doc, { ...deck, slides: [...deck.slides, { no: deck.slides.length + 1, title: 'Sources' }] }, { ...firstPageOf, [deck.slides.length + 1]: deck.slides.length + 1 })
  await writeFile(output, await withOutline.save())
  log(`wrote ${output}: ${doc.getPageCount()} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return { output, pages: doc.getPageCount() }
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await exportHandout().catch((e) => {
    console.error(`handout failed: ${e.message}`)
    process.exit(1)
  })
}
