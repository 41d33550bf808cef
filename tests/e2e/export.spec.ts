import { execFileSync } from 'node:child_process'
import { timelineEvents } from '../../charts/timeline'
import { facts } from '../../data'
import { deck } from '../deck'
import { expect, test } from './guard'
import { fonts, info, outlineCount, pageTexts, shades, sizeOf } from './pdf'
import { plainTitle } from './slide'

const FILES = {
  slides: 'exports/iraq-playground.pdf',
  clicks: 'exports/iraq-playground-clicks.pdf',
  handout: 'exports/iraq-playground-handout.pdf',
}
const norm = (s: string) => s.replace(/[\u2018\u2019]/g, '\'').replace(/\s+/g, ' ')
const steps = (s: typeof deck.slides[number]) => Number(s.frontmatter.clicks ?? 0) + 1

test.describe.configure({ mode: 'serial', timeout: 240_000 })

test.beforeAll(() => {
  for (const script of ['export', 'export:clicks', 'handout']) execFileSync('npm', ['run', script, '--silent'], { stdio: 'pipe' })
})

function readsAsAHandout(file: string, pages: number) {
  const i = info(file)
  expect(Number(i.Pages)).toBe(pages)
  expect(i.Title).toMatch(/^Iraq, a playground for Iran and the US/)
  expect(i.Author).toBeTruthy()
  expect(i.Subject).toMatch(/rocket attacks/)
  expect(i.Keywords).toMatch(/Iraq/)
  expect(sizeOf(file)).toBeLessThanOrEqual(2 * 1024 * 1024)
  const f = fonts(file)
  expect(f.length).toBeGreaterThan(0)
  expect(f.filter(x => !x.embedded)).toEqual([])
  const texts = pageTexts(file)
  expect(texts).toHaveLength(pages)
  texts.forEach((t, i) => expect(t.length, `page ${i + 1} has text`).toBeGreaterThan(20))
  for (let p = 1; p <= pages; p++) expect(shades(file, p), `page ${p} is not blank`).toBeGreaterThan(3)
  return texts
}

test('the slide PDF has one page per slide, each with its title, and an outline', async () => {
  const texts = readsAsAHandout(FILES.slides, deck.slides.length)
  deck.slides.forEach((s, i) => expect(norm(texts[i]), `page ${i + 1}`).toContain(norm(plainTitle(s.title))))
  expect(await outlineCount(FILES.slides)).toBe(deck.slides.length)
})

test('the click PDF has one page per click step of every slide', async () => {
  const total = deck.slides.reduce((n, s) => n + steps(s), 0)
  const texts = readsAsAHandout(FILES.clicks, total)
  // The timeline's pages: at step k the card shows the k-th event; the last page sums up.
  const at = deck.slides.findIndex(s => s.content.includes('<AttackTimeline'))
  const first = deck.slides.slice(0, at).reduce((n, s) => n + steps(s), 0)
  const order = timelineEvents(facts.events)
  expect(texts[first]).toContain('one click per event')
  order.forEach((e, k) => expect(norm(texts[first + k + 1]), `timeline step ${k + 1}`).toContain(norm(e.title)))
  order.forEach((e, k) => {
    const later = order.slice(k + 1).filter(x => x.kind === 'attack')
    for (const l of later) expect(texts[first + k + 1], `step ${k + 1} hides ${l.id}`).not.toContain(l.title)
  })
  expect(texts[first + order.length + 1]).toContain('3 attacks within about a week')
  expect(await outlineCount(FILES.clicks)).toBe(deck.slides.length)
})

test('the handout has a page per slide with its notes, then the sources', async () => {
  const texts = readsAsAHandout(FILES.handout, deck.slides.length + 2)
  deck.slides.forEach((s, i) => {
    expect(texts[i], `handout page ${i + 1}`).toContain(`Slide ${s.no} of ${deck.slides.length}`)
    expect(norm(texts[i]), `handout page ${i + 1} notes`).toContain(norm(s.note.split(/\s+/).slice(0, 10).join(' ')))
    expect(norm(texts[i]), `handout page ${i + 1} slide`).toContain(norm(plainTitle(s.title)))
  })
  const tail = texts.slice(deck.slides.length).join(' ')
  for (const s of facts.sources) expect(tail).toContain(s.publisher)
})

test('the fast export matches slidev export page for page', () => {
  execFileSync('npm', ['run', 'export:slidev', '--silent'], { stdio: 'pipe' })
  const fast = pageTexts(FILES.slides)
  const slidev = pageTexts('exports/iraq-playground-slidev.pdf')
  expect(slidev).toHaveLength(fast.length)
  slidev.forEach((t, i) => expect(norm(t), `page ${i + 1}`).toBe(norm(fast[i])))
})
