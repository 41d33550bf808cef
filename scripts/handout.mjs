// The handout: one A4 document printed by Chromium in one pass from the built deck's print view, so it
// stays tagged. Each slide as vector with its alt text, its speaker notes as paragraphs, then the sources,
// the data behind each figure as tables, and a glossary. Each slide's header gives its planned time, from its notes.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkWritable, writeFileAtomic } from './lib/atomic-write.mjs'
import { buildIfStale } from './lib/build-if-stale.mjs'
import { outputOf, run } from './lib/cli.mjs'
import { loadDeck } from './lib/deck.mjs'
import { loadFacts, loadModule } from './lib/facts.mjs'
import { finishPdf } from './lib/pdf-finish.mjs'
import { documentInfo, slideOutline } from './lib/pdf-meta.mjs'
import { openPdf, textOfPages } from './lib/pdf-text.mjs'
import { openPrintView } from './lib/print-view.mjs'

/** @typedef {typeof import('../composables/budget')} Budget */
/** @typedef {typeof import('../charts/timeline')} Timeline */
/** @typedef {typeof import('../charts/verdicts')} Verdicts */

export const A4 = { width: 794, height: 1123 }
/** The slide drawn 182 mm wide: the A4 page less its margins. */
const SLIDE_ZOOM = 0.702

/** @type {(s: string | number | undefined) => string} */
const esc = s => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const plain = (/** @type {string} */ s) => s.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()

/**
 * @param {string} note a slide's speaker notes, in Slidev's Markdown
 * @returns {string} its paragraphs as HTML, each [click] marked and **bold** in bold
 */
function notesHtml(note) {
  return note.split(/\n\s*\n/)
    .map(p => `<p>${esc(p.trim())
      .replace(/\[click(?::\d+)?\]/g, '<span class="click">click</span>')
      .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')}</p>`)
    .join('\n')
}

/** @param {import('../data/index').Event['injured']} list the people counted, by group */
const people = list => list.map(c => `${c.atLeast ? 'at least ' : ''}${c.count} ${c.who}${c.disputed ? ' (disputed)' : ''}`).join('; ')

/**
 * The appendices: the scorecard in full, the data behind the figures as tables a screen reader can walk, what changed
 * since, and the glossary. `tollText` says each toll as the slides do: open counts "at least", each person once.
 * @param {import('../data/index').Facts} facts the deck's facts
 * @param {Pick<Timeline, 'tollText'> & Pick<Verdicts, 'VERDICT_STYLE'>} helpers from charts/timeline.ts and verdicts.ts
 * @returns {string} the appendices' sections, as HTML
 */
export function appendixHtml(facts, { tollText, VERDICT_STYLE }) {
  const stamp = (/** @type {import('../charts/verdicts').Verdict} */ v) => `${VERDICT_STYLE[v].symbol} ${VERDICT_STYLE[v].word}`
  const publisher = (/** @type {string[]} */ ids) => ids.map(id => facts.sources.find(s => s.id === id)?.publisher ?? id).join(' · ')
  const place = (/** @type {string | undefined} */ id) => facts.places.find(p => p.id === id)?.name ?? ''
  const actor = (/** @type {string} */ id) => facts.actors.find(a => a.id === id)?.name ?? id
  const event = (/** @type {string | undefined} */ id) => facts.events.find(e => e.id === id)?.title ?? id
  const timeline = facts.events.filter(e => !e.background)
  const events = timeline.map((e) => {
    const toll = tollText(e)
    return `<tr data-event="${esc(e.id)}">
      <th scope="row">${esc(e.title)}${e.afterArticle ? ' (after the article)' : ''}</th><td>${e.date}</td>
      <td>${esc(e.timeNote ?? e.time ?? e.partOfDay ?? 'not known')}</td><td>${esc(place(e.place))}</td>
      <td>${e.rockets === undefined ? '' : `${e.rocketsApprox ? 'about ' : ''}${e.rockets}`}</td>
      <td data-toll="injured">${esc(toll.injured)}${e.injured.length ? `: ${esc(people(e.injured))}` : ''}</td>
      <td data-toll="killed">${esc(toll.killed)}${e.killed.length ? `: ${esc(people(e.killed))}` : ''}</td>
      <td>${esc(e.claimedBy ?? '')}${e.blame ? `; named by ${esc(e.blame.by)} on ${e.blame.date}` : ''}</td>
      <td>${esc(publisher(e.sources))}</td></tr>`
  }).join('\n')
  const claims = facts.claims.map(c => `<tr data-claim="${esc(c.id)}">
      <th scope="row">${esc(c.article)}</th><td>${esc(c.detail)}</td><td>${esc(stamp(c.verdict))}</td>
      <td>${esc(publisher(c.sources))}</td></tr>`).join('\n')
  const since = facts.since.map(l => `<li><b>${l.date}</b>: ${esc(l.detail)} <span class="src">(${esc(publisher(l.sources))})</span></li>`)
    .join('\n')
  const relations = facts.relations.map(r => `<tr>
      <th scope="row">${esc(actor(r.from))}</th><td>${esc(r.label)}${r.claim ? ` (${esc(r.claim)})` : ''}</td>
      <td>${esc(r.to ? actor(r.to) : `the ${event(r.event)} attack`)}</td><td>${esc(r.when)}</td>
      <td>${esc(publisher(r.sources))}</td></tr>`).join('\n')
  const names = facts.names.map(n => `<tr><th scope="row">${esc(n.name)}</th><td>${esc(n.say)}</td></tr>`).join('\n')
  const glossary = facts.glossary
    .map(g => `<dt>${esc(g.term)}</dt><dd>${esc(g.meaning)} <span class="src">(${esc(publisher(g.sources))})</span></dd>`)
    .join('\n')
  // A page's own headline in quotation marks; a title written for the deck marked as a description.
  const title = (/** @type {import('../data/index').Source} */ s) => (s.described ? `[description] ${esc(s.title)}` : `“${esc(s.title)}”`)
  const sources = facts.sources.map(s => `<li><b>${esc(s.publisher)}</b>${s.date ? `, ${s.date}` : ''}: ${title(s)}.
      ${s.note ? `${esc(s.note)} ` : ''}<a href="${esc(s.url)}">${esc(s.url)}</a></li>`).join('\n')
  return `
    <section class="back sources"><h1>Sources</h1><ol>${sources}</ol></section>
    <section class="back"><h1>The scorecard in full</h1>
      <table data-table="claims"><caption>Each claim of the article, the record in full, the verdict and its sources</caption>
        <thead><tr><th scope="col">The article says</th><th scope="col">The record says</th><th scope="col">Verdict</th>
        <th scope="col">Sources</th></tr></thead><tbody>${claims}</tbody></table>
      <h2>Since then</h2>
      <p>The talk is about February 2021. What has changed since, each line dated and sourced; check the latest before
      presenting.</p>
      <ul data-list="since">${since}</ul>
    </section>
    <section class="back"><h1>The data behind the figures</h1>
      <h2>Events on the timeline</h2>
      <table data-table="events"><caption>Every event of the week, Iraq time (UTC+3) unless said, with its sources</caption>
        <thead><tr><th scope="col">Event</th><th scope="col">Date</th><th scope="col">Time</th><th scope="col">Place</th>
        <th scope="col">Rockets</th><th scope="col">Injured</th><th scope="col">Killed</th><th scope="col">Claimed by</th>
        <th scope="col">Sources</th></tr></thead><tbody>${events}</tbody></table>
      <h2>Who acts on whom</h2>
      <table data-table="relations"><caption>Every relation of the network: who, what, whom, when, sources</caption>
        <thead><tr><th scope="col">Who</th><th scope="col">What</th><th scope="col">Whom</th><th scope="col">When</th>
        <th scope="col">Sources</th></tr></thead><tbody>${relations}</tbody></table>
    </section>
    <section class="back"><h1>Glossary</h1><dl>${glossary}</dl>
      <h2>Saying the names</h2>
      <table data-table="names"><caption>A rough English respelling of each name; the stressed syllable in capitals</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Say</th></tr></thead><tbody>${names}</tbody></table>
    </section>`
}

const HANDOUT_CSS = `
  @page { size: A4; margin: 12mm 14mm; }
  html, body, #app, #page-root, #print-container, #print-content {
    height: auto !important; overflow: visible !important; background: #fff !important; color: #111827;
  }
  #page-root { display: block !important; }
  body { background: #fff; font-family: 'Nunito Sans', sans-serif; color: #111827; }
  .handout-slide { break-after: page; }
  .handout-slide:last-of-type { break-after: auto; }
  .handout-slide header { font-size: 10pt; color: #374151; border-bottom: 0.4pt solid #9ca3af; margin-bottom: 3mm; }
  .handout-slide .print-slide-container { zoom: ${SLIDE_ZOOM}; outline: 1px solid #9ca3af; break-after: auto !important; }
  .handout-notes { font-size: 10.5pt; line-height: 1.4; margin-top: 4mm; }
  .handout-notes h2 { font-size: 12pt; margin: 0 0 2mm; }
  .handout-notes p { margin: 0 0 2mm; }
  .click { font-size: 7.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em;
    border: 0.6pt solid #374151; border-radius: 2pt; padding: 0 1.2mm; margin-right: 1mm; }
  .back { break-before: page; font-size: 9.5pt; line-height: 1.35; }
  .back h1 { font-size: 16pt; margin: 0 0 3mm; }
  .back h2 { font-size: 12pt; margin: 5mm 0 2mm; }
  .back ol { padding-left: 6mm; } .back li { margin-bottom: 1.4mm; break-inside: avoid; }
  .back a { color: #1d4ed8; overflow-wrap: anywhere; }
  .back table { border-collapse: collapse; width: 100%; font-size: 8pt; }
  .back caption { text-align: left; font-style: italic; margin-bottom: 1mm; }
  .back th, .back td { border: 0.4pt solid #9ca3af; padding: 1mm; vertical-align: top; text-align: left; }
  .back tr { break-inside: avoid; }
  .back dt { font-weight: 700; margin-top: 2mm; } .back dd { margin: 0 0 0 5mm; }
  .src { color: #4b5563; }
`

export const HANDOUT_FILE = 'exports/iraq-playground-handout.pdf'

/** What the handout is made of besides the print view, loaded afresh: the watch mode loads it again after each save. */
export async function handoutSources() {
  const [deck, facts, budget, timeline, verdicts] = await Promise.all([
    loadDeck(),
    loadFacts(),
    /** @type {Promise<Budget>} */ (loadModule('composables/budget.ts')),
    /** @type {Promise<Timeline>} */ (loadModule('charts/timeline.ts')),
    /** @type {Promise<Verdicts>} */ (loadModule('charts/verdicts.ts')),
  ])
  return { deck, facts, budget, timeline, verdicts }
}

/**
 * Lays a ready print view (A4 viewport) out as the handout, prints it in one pass and finishes it. With `restore`,
 * the print view is put back as it was afterwards, every slide's own element in its place, so that the dev server
 * can go on updating it (the watch mode keeps one page for every save).
 * @param {import('playwright-chromium').Page} page
 * @param {Awaited<ReturnType<typeof handoutSources>>} sources
 * @returns {Promise<{ bytes: Uint8Array, pages: number }>} the finished PDF and its page count
 */
export async function printHandout(page, { deck, facts, budget, timeline, verdicts }, { restore = false } = {}) {
  const planned = Object.fromEntries(budget.talkBudget(deck.slides).perSlide.map(s => [s.no, budget.formatSeconds(s.seconds)]))
  // The backup slides follow the talk as its appendix, numbered apart: they are for questions, not part of the plan.
  const talk = deck.slides.filter(s => !budget.isBackup(s)).length
  const place = (/** @type {Awaited<ReturnType<typeof loadDeck>>['slides'][number]} */ s) => (budget.isBackup(s)
    ? `Appendix: backup slide ${s.no - talk} (for questions)`
    : `Slide ${s.no} of ${talk}`)
  const slides = deck.slides.map(s => ({
    no: s.no,
    header: `${place(s)} · ${esc(plain(s.title))}${planned[s.no] ? ` · planned ${planned[s.no]}` : ''}`,
    notes: `<h2>Speaker notes</h2>${notesHtml(s.note)}`,
  }))
  /** @type {import('playwright-chromium').ElementHandle | undefined} */
  let style
  try {
    await page.evaluate(({ slides, back }) => {
      const content = /** @type {HTMLElement} */ (document.querySelector('#print-content'))
      for (const container of [...content.querySelectorAll('.print-slide-container')]) {
        const no = Number(container.id.split('-')[0])
        const slide = slides.find(s => s.no === no)
        if (!slide)
          throw new Error(`the print view has a slide ${no} the deck does not`)
        const section = document.createElement('section')
        section.className = 'handout-slide'
        section.dataset.slide = String(no)
        section.innerHTML = `<header>${slide.header}</header>`
        container.replaceWith(section)
        section.append(container)
        const notes = document.createElement('div')
        notes.className = 'handout-notes'
        notes.innerHTML = slide.notes
        section.append(notes)
      }
      content.insertAdjacentHTML('beforeend', back)
    }, { slides, back: appendixHtml(facts, { ...timeline, ...verdicts }) })
    style = await page.addStyleTag({ content: HANDOUT_CSS })
    await page.evaluate(() => document.fonts.ready)
    const overfull = await page.evaluate(() => [...document.querySelectorAll('.handout-slide')]
      .filter(s => s.getBoundingClientRect().height > 1123 - 2 * 46)
      .map(s => s.getAttribute('data-slide')))
    if (overfull.length)
      throw new Error(`the notes of slide ${overfull.join(', ')} do not fit on one handout page`)
    const raw = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true })
    // Each slide has its page; the back matter's sections start where their headings are printed.
    const firstPageOf = Object.fromEntries(deck.slides.map(s => [s.no, s.no]))
    const printed = await openPdf(new Uint8Array(raw))
    const texts = await textOfPages(printed)
    await printed.destroy()
    const back = ['Sources', 'The scorecard in full', 'The data behind the figures', 'Glossary'].map((title, i) => ({
      no: deck.slides.length + 1 + i,
      title,
      page: texts.findIndex((t, p) => p >= deck.slides.length && t.startsWith(title)) + 1,
    }))
    const missing = back.filter(b => b.page === 0).map(b => b.title)
    if (missing.length)
      throw new Error(`the handout has no page starting with ${missing.join(', ')}`)
    return finishPdf(raw, {
      info: documentInfo(deck, ': handout with speaker notes'),
      outline: slideOutline({ slides: [...deck.slides, ...back] }, {
        ...firstPageOf,
        ...Object.fromEntries(back.map(b => [b.no, b.page])),
      }),
    })
  }
  finally {
    if (restore) {
      await style?.evaluate(e => /** @type {Element} */ (e).remove())
      await page.evaluate(() => {
        const content = /** @type {HTMLElement} */ (document.querySelector('#print-content'))
        for (const section of content.querySelectorAll(':scope > section.handout-slide'))
          section.replaceWith(/** @type {Element} */ (section.querySelector('.print-slide-container')))
        for (const back of content.querySelectorAll(':scope > section.back')) back.remove()
      })
    }
  }
}

export async function exportHandout({ output = HANDOUT_FILE, log = console.log } = {}) {
  const started = Date.now()
  // A folder that cannot be written fails the handout now, not after it has been printed.
  checkWritable(output)
  buildIfStale()
  const sources = await handoutSources()
  const { page, ids, close } = await openPrintView({ deck: sources.deck, route: '/print?print=true', viewport: A4, log })
  try {
    const { bytes, pages } = await printHandout(page, sources)
    await writeFileAtomic(output, bytes)
    log(`wrote ${output}: ${pages} pages (${ids.length} slides) in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return { output, pages }
  }
  finally {
    await close()
  }
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const output = outputOf('handout', HANDOUT_FILE)
  await run('handout', output, () => exportHandout({ output }))
}
