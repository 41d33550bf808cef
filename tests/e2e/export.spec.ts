// The three PDFs, exported once for this file and read back with pdf.js and pdf-lib.
import { execFileSync } from 'node:child_process'
import { timelineEvents, tollText } from '../../charts/timeline'
import { isBackup } from '../../composables/budget'
import { facts } from '../../data'
import { chartsIn, deck } from '../deck'
import { expect, test } from './guard'
import { fonts, info, outline, outlineCount, pageTexts, paintOps, sizeOf, structure } from './pdf'
import { plainTitle } from './slide'

const FILES = {
  slides: 'exports/iraq-playground.pdf',
  clicks: 'exports/iraq-playground-clicks.pdf',
  handout: 'exports/iraq-playground-handout.pdf',
}
/** The talk's slides, and the backup slides after its close: the slide PDFs print the talk, the handout both. */
const talk = deck.slides.filter(s => !isBackup(s))
const backups = deck.slides.filter(isBackup)
const norm = (s: string) => s.replace(/[\u2018\u2019]/g, '\'').replace(/\s+/g, ' ')
const steps = (s: typeof deck.slides[number]) => Number(s.frontmatter.clicks ?? 0) + 1
/** What each chart's alt text must name, by the component that draws it. */
const FIGURE_NAMES = new RegExp([
  'Where the .+ fell|Where the answer came|The story on one map',
  'Timeline of the rocket attacks|who was hurt|Who acts on whom|dilemma|US troops',
  'one mark each|Deaths reported|The months between',
].join('|'), 'i')

test.describe.configure({ mode: 'serial', timeout: 240_000 })

test.beforeAll(() => {
  for (const script of ['export', 'export:clicks', 'handout']) execFileSync('npm', ['run', script, '--silent'], { stdio: 'pipe' })
})

async function readsAsADocument(file: string, pages: number) {
  const i = await info(file)
  expect(i.pages).toBe(pages)
  expect(i.title).toMatch(/^Iraq, “a playground” for Iran and the US/)
  expect(i.author).toBeTruthy()
  expect(i.subject).toMatch(/rocket attacks/)
  expect(i.keywords).toMatch(/Iraq/)
  expect(sizeOf(file)).toBeLessThanOrEqual(2 * 1024 * 1024)
  const f = await fonts(file)
  expect(f.length).toBeGreaterThan(0)
  expect(f.filter(x => !x.embedded)).toEqual([])
  const texts = await pageTexts(file)
  expect(texts).toHaveLength(pages)
  texts.forEach((t, i) => expect(t.length, `page ${i + 1} has text`).toBeGreaterThan(20))
  // The dead are people, not a symbol: no dagger, and no cross for anyone (STYLE.md).
  texts.forEach((t, i) => expect(t.match(/[\u2020\u2021\u271D\u271E\u271F\u2626\u2629]/g), `page ${i + 1}`).toBeNull())
  for (let p = 1; p <= pages; p++) expect(await paintOps(file, p), `page ${p} is not blank`).toBeGreaterThan(3)
  return texts
}

/** Tagged, in English, one H1 per printed slide, and every chart a Figure whose alt text names it. */
async function isTagged(file: string, slidePages: number) {
  const s = await structure(file)
  expect(s.marked, 'marked as tagged').toBe(true)
  expect(s.lang).toBe('en')
  const h1s = s.pages.slice(0, slidePages).map(p => p.filter(e => e.role === 'H1').length)
  expect(h1s.every(n => n >= 1), `an H1 on every slide page: ${h1s.join(',')}`).toBe(true)
  const figures = s.pages.flat().filter(e => e.role === 'Figure')
  expect(figures.length).toBeGreaterThan(0)
  for (const f of figures) expect(f.alt ?? '', 'alt text of a Figure').toMatch(FIGURE_NAMES)
  return s
}

test('the slide PDF: a page per slide of the talk with its title, an outline, tagged with alt text; no backup slide', async () => {
  const texts = await readsAsADocument(FILES.slides, talk.length)
  talk.forEach((s, i) => expect(norm(texts[i]), `page ${i + 1}`).toContain(norm(plainTitle(s.title))))
  expect(backups.length).toBeGreaterThan(0)
  for (const b of backups) expect(texts.join(' '), b.title).not.toContain(plainTitle(b.title))
  expect(await outlineCount(FILES.slides)).toBe(talk.length)
  expect(await outline(FILES.slides)).toEqual(talk.map((x, i) => ({ title: x.title, page: i + 1 })))
  const s = await isTagged(FILES.slides, talk.length)
  const charts = talk.reduce((n, x) => n + chartsIn(x.content), 0)
  expect(s.pages.flat().filter(e => e.role === 'Figure')).toHaveLength(charts)
})

test('the click PDF: a page per click step, each chart\'s alt text saying what that step shows', async () => {
  const total = talk.reduce((n, s) => n + steps(s), 0)
  const texts = await readsAsADocument(FILES.clicks, total)
  const at = deck.slides.findIndex(s => s.content.includes('<AttackTimeline'))
  const first = deck.slides.slice(0, at).reduce((n, s) => n + steps(s), 0)
  const order = timelineEvents(facts.events)
  expect(texts[first]).toContain('what was said and done around them')
  order.forEach((e, k) => expect(norm(texts[first + k + 1]), `timeline step ${k + 1}`).toContain(norm(e.title)))
  order.forEach((e, k) => {
    const later = order.slice(k + 1).filter(x => x.kind === 'attack')
    for (const l of later) expect(texts[first + k + 1], `step ${k + 1} hides ${l.id}`).not.toContain(l.title)
  })
  expect(texts[first + order.length + 1]).toContain('3 attacks within about a week')
  expect(await outlineCount(FILES.clicks)).toBe(talk.length)
  expect(await outline(FILES.clicks)).toEqual(talk.map((x, i) => ({
    title: x.title,
    page: 1 + talk.slice(0, i).reduce((n, y) => n + steps(y), 0),
  })))
  const s = await isTagged(FILES.clicks, total)
  const alts = s.pages.slice(first, first + order.length + 2).map(p => p.find(e => e.role === 'Figure')?.alt)
  expect(new Set(alts).size, 'the timeline\'s alt text changes with each step').toBe(order.length + 2)
})

test('the handout: slide, notes, sources, the data as tables and a glossary, tagged', async () => {
  const texts = await pageTexts(FILES.handout)
  expect(texts.length).toBeGreaterThan(deck.slides.length + 2)
  await readsAsADocument(FILES.handout, texts.length)
  deck.slides.forEach((s, i) => {
    // The backup slides come after the talk as its appendix, numbered apart.
    expect(texts[i], `handout page ${i + 1}`).toContain(isBackup(s)
      ? `Appendix: backup slide ${s.no - talk.length} (for questions)`
      : `Slide ${s.no} of ${talk.length}`)
    // The handout prints each [click] as a small CLICK mark.
    // Its point, in bold in the notes, opens the page's notes.
    const opening = s.note.replace(/\[click\]/g, 'CLICK').replace(/\*\*/g, '').split(/\s+/).slice(0, 10).join(' ')
    expect(norm(texts[i]), `handout page ${i + 1} notes`).toContain(norm(opening))
    expect(norm(texts[i]), `handout page ${i + 1} slide`).toContain(norm(plainTitle(s.title)))
  })
  const tail = texts.slice(deck.slides.length).join(' ')
  for (const s of facts.sources) expect(tail).toContain(s.publisher)
  for (const g of facts.glossary) expect(norm(tail)).toContain(norm(g.term))
  expect(await outlineCount(FILES.handout)).toBe(deck.slides.length + 4)
  const entries = await outline(FILES.handout)
  expect(entries.slice(0, deck.slides.length)).toEqual(deck.slides.map(x => ({ title: x.title, page: x.no })))
  expect(entries.slice(deck.slides.length).map(e => e.title))
    .toEqual(['Sources', 'The scorecard in full', 'The data behind the figures', 'Glossary'])
  for (const e of entries.slice(deck.slides.length)) expect(texts[e.page - 1], e.title).toMatch(new RegExp(`^${e.title}`))
  const s = await isTagged(FILES.handout, deck.slides.length)
  // The data tables: a header row, then a row per claim (4 columns), per event of the week (9) and per relation (5).
  expect(s.tables).toContain(`${facts.claims.length + 1}x4`)
  expect(s.tables).toContain(`${facts.events.filter(e => !e.background).length + 1}x9`)
  expect(s.tables).toContain(`${facts.relations.length + 1}x5`)
  // Each toll as carefully as the slides: an open count says "at least", the man who died of his wounds is counted
  // once, Balad's one injured is marked disputed; and each slide's planned time is in its header.
  for (const e of facts.events.filter(e => e.kind === 'attack')) expect(norm(tail), e.id).toContain(norm(tollText(e).injured))
  expect(norm(tail)).toContain(norm('at least 11 injured'))
  expect(norm(tail)).toContain(norm('1 injured (disputed)'))
  talk.forEach((s, i) => expect(texts[i], `slide ${s.no}`).toMatch(/planned \d+:\d\d/))
  expect(s.tables).toContain(`${facts.names.length + 1}x2`)
})
