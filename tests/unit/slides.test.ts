import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { layoutActorMap, MAP_SIZE } from '../../charts/actorMap'
import { resolveFact } from '../../composables/facts'
import { timelineEvents } from '../../charts/timeline'
import { facts } from '../../data'
import { geo } from '../../data/geo'
import { deck } from '../deck'

const words = (s: string) => s.split(/\s+/).filter(w => /\w/.test(w)).length
function visibleText(md: string) {
  return md
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<Fact of="[^"]*" \/>/g, '9')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^#.*$/gm, '')
    .replace(/::\w+::|[|*_#-]/g, ' ')
}

describe('the talk', () => {
  it('has 14 to 20 slides', () => {
    expect(deck.slides.length).toBeGreaterThanOrEqual(14)
    expect(deck.slides.length).toBeLessThanOrEqual(20)
  })

  it('has speaker notes on every slide', () => {
    for (const s of deck.slides) expect(words(s.note), `slide ${s.no} ${s.title}`).toBeGreaterThanOrEqual(40)
  })

  it('has 1,600 to 2,600 words of notes: about 15 minutes at 130 words a minute', () => {
    const total = deck.slides.reduce((n, s) => n + words(s.note), 0)
    expect(total).toBeGreaterThanOrEqual(1600)
    expect(total).toBeLessThanOrEqual(2600)
  })

  it('keeps slide text short: 40 words or fewer', () => {
    for (const s of deck.slides) expect(words(visibleText(s.content)), `slide ${s.no} ${s.title}`).toBeLessThanOrEqual(40)
  })

  it('has one [click] in the notes for every click of a stepping slide', () => {
    for (const s of deck.slides) {
      const clicks = Number(s.frontmatter.clicks ?? 0)
      expect((s.note.match(/\[click\]/g) ?? []).length, `slide ${s.no} ${s.title}`).toBe(clicks)
    }
  })

  it('gives the timeline and the map exactly as many clicks as their steps', () => {
    const stepping = deck.slides.filter(s => s.frontmatter.clicks)
    const timeline = stepping.find(s => s.content.includes('<AttackTimeline'))!
    const map = stepping.find(s => s.content.includes('<ActorMap'))!
    expect(timeline.frontmatter.clicks).toBe(timelineEvents(facts.events).length + 1)
    expect(map.frontmatter.clicks).toBe(layoutActorMap(facts, geo, MAP_SIZE.width, MAP_SIZE.height).steps)
  })

  it('reads every figure it shows from data/', () => {
    const paths = deck.slides.flatMap(s => [...s.content.matchAll(/<Fact of="([^"]+)"/g)].map(m => m[1]))
    expect(paths.length).toBeGreaterThan(20)
    for (const p of paths) expect(() => resolveFact(facts, p), p).not.toThrow()
  })

  it('types no figure into slide text: numbers come from <Fact>', () => {
    for (const s of deck.slides) {
      const text = visibleText(s.content.replace(/<Fact of="[^"]*" \/>/g, ''))
      expect(text.match(/\b\d+\b/g) ?? [], `slide ${s.no} ${s.title}`).toEqual([])
    }
  })

  it('credits the article on the title slide', () => {
    expect(deck.slides[0].content).toMatch(/Atalayar/)
  })
})

// The article sits in ../shared beside the repository, in CI too.
const article = '../shared/article.txt'
describe.runIf(existsSync(article))('own words', () => {
  it('copies no run of nine words from the article', () => {
    const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').split(' ')
    const a = norm(readFileSync(article, 'utf8'))
    const grams = new Set(a.slice(0, -8).map((_, i) => a.slice(i, i + 9).join(' ')))
    const mine = norm(readFileSync('slides.md', 'utf8') + readFileSync('data/events.ts', 'utf8') + readFileSync('data/actors.ts', 'utf8') + readFileSync('data/relations.ts', 'utf8'))
    const copied = mine.slice(0, -8).map((_, i) => mine.slice(i, i + 9).join(' ')).filter(g => grams.has(g))
    expect(copied).toEqual([])
  })
})
