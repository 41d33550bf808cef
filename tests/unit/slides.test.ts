import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { stageSteps } from '../../charts/map'
import { timelineEvents } from '../../charts/timeline'
import { TOLL_STEPS } from '../../charts/toll'
import { isBackup, SPOKEN_LIMIT_MINUTES, talkBudget, WORDS_A_MINUTE } from '../../composables/budget'
import { resolveFact } from '../../composables/facts'
import { layoutNetwork, layoutPlaceMap } from '../../composables/layouts'
import { facts } from '../../data'
import { geo } from '../../data/geo'
import { fingerprint as fingerprintOf, fingerprints, runs } from '../../scripts/lib/ngrams.mjs'
import { deck } from '../deck'

const words = (s: string) => s.split(/\s+/).filter(w => /\w/.test(w)).length
const FIGURE_TAGS = new RegExp(String.raw`<(?:SourceLine|PlaceMap|AttackTimeline|ActorNetwork|ErbilToll|Scorecard|`
  + String.raw`DilemmaDiagram|SourceList|CountTicks|DeathReports|MonthStrip)[\s\S]*?\/>`, 'g')
function visibleText(md: string) {
  return md
    .replace(/<script[\s\S]*?<\/script>/g, '')
    // A map with panels: its opening tag holds no words; what the panels say is slide text like any other.
    .replace(/<PlaceMap\b[^>]*[^/]>|<\/PlaceMap>|<\/?template\b[^>]*>/g, ' ')
    .replace(FIGURE_TAGS, ' ')
    .replace(/^\s*\d+\. /gm, '')
    .replace(/<Fact of="[^"]*" \/>/g, '9')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^#.*$/gm, '')
    .replace(/::\w+::|[|*_#-]/g, ' ')
}
/** Every fact a slide shows: <Fact> and <CountTicks> by path, <DeathReports> by its figures' ids. */
function factsOn(content: string) {
  return [
    ...[...content.matchAll(/<(?:Fact|CountTicks)\s+of="([^"]+)"/g)].map(m => m[1]),
    ...[...content.matchAll(/<DeathReports :reports="\[([^\]]*)\]"/g)]
      .flatMap(m => [...m[1].matchAll(/'([^']+)'/g)].map(id => `figure:${id[1]}`)),
  ]
}
/** The source ids a slide's <SourceLine> names, directly or through the <Fact> paths it is given. */
function sourceLineIds(content: string): string[] | undefined {
  const tag = content.match(/<SourceLine([\s\S]*?)\/>/)?.[1]
  if (tag === undefined)
    return undefined
  const list = (attr: string) => [...(tag.match(new RegExp(`:${attr}="\\[([^\\]]*)\\]"`))?.[1] ?? '').matchAll(/'([^']+)'/g)].map(m => m[1])
  return [...list('ids'), ...list('of').flatMap(p => resolveFact(facts, p).sources)]
}
const notes = deck.slides.map(s => s.note).join('\n\n')

describe('the talk', () => {
  it('has 12 to 18 slides', () => {
    expect(deck.slides.length).toBeGreaterThanOrEqual(12)
    expect(deck.slides.length).toBeLessThanOrEqual(18)
  })

  it('has speaker notes of at least 40 words on every slide', () => {
    for (const s of deck.slides) expect(words(s.note), `slide ${s.no} ${s.title}`).toBeGreaterThanOrEqual(40)
  })

  it('fits its slot: at most 1,600 words of notes, and at most 13½ minutes spoken with its clicks', () => {
    const budget = talkBudget(deck.slides)
    expect(budget.words).toBeLessThanOrEqual(1600)
    expect(budget.seconds / 60).toBeLessThanOrEqual(SPOKEN_LIMIT_MINUTES)
    // and is still a talk: at least 9 minutes of words at the rate
    expect(budget.words / WORDS_A_MINUTE).toBeGreaterThanOrEqual(9)
  })

  it('says thank you once, at the very end of the talk\'s last slide, with the invitation to questions', () => {
    expect(notes.match(/thank you/gi)).toHaveLength(1)
    // The backup slides come after the close, for questions; the talk ends on its last slide before them.
    const talk = deck.slides.filter(s => !isBackup(s))
    expect(deck.slides.slice(talk.length).every(isBackup), 'backup slides only after the close').toBe(true)
    const last = talk.at(-1)!.note.trim()
    const after = last.slice(last.search(/thank you/i))
    expect(after, 'nothing but the invitation follows the thank-you').toMatch(/^Thank you[;,.] I am happy to take your questions\.$/)
  })

  it('opens each slide\'s notes with its point in one bold sentence', () => {
    for (const s of deck.slides)
      expect(s.note.trim(), `slide ${s.no} ${s.title}`).toMatch(/^\*\*[^*]+[.?!]\*\*/)
  })

  it('opens on the story: the cover\'s first sentence is about the attacks, not the speaker', () => {
    const first = deck.slides[0].note.trim().split(/(?<=[.?!])\*{0,2}\s/)[0]
    expect(first).toMatch(/rocket attacks?/i)
    expect(first).not.toMatch(/\b(?:I|me|my|good (?:morning|afternoon|evening))\b/i)
  })

  it('dates the troop figure wherever it is said: on its slide, and in every sentence of the notes', () => {
    const slides = deck.slides.filter(s => s.content.includes('<Fact of="figure:us-troops" />'))
    expect(slides.length).toBeGreaterThan(0)
    for (const s of slides) expect(s.content, `slide ${s.no}`).toContain('<Fact of="figure:us-troops.asOf" />')
    const said = notes.split(/(?<=[.?!])\s+/).filter(t => /\b2,500\b/.test(t))
    expect(said.length).toBeGreaterThan(0)
    for (const t of said) expect(t).toMatch(/\b(?:20\d\d|January|February)\b/)
  })

  it('speaks of 2021 in the past: no present-tense rivalry without its year', () => {
    const text = deck.slides.map(s => `${s.title}\n${visibleText(s.content)}\n${s.note}`).join('\n')
    const sentences = text.split(/(?<=[.?!])\s+|\n+/)
    for (const t of sentences.filter(t => /\b(?:rivals|meet through others|meet there)\b/i.test(t)))
      expect(t, t).toMatch(/\b2021\b/)
    expect(text).not.toMatch(/\b(?:are rivals|they meet|meet there through others)\b/i)
  })

  it('calls the office holders of 2021 by their titles then', () => {
    for (const name of ['Blinken', 'Price']) {
      const first = notes.split(/(?<=[.?!])\s+/).find(t => t.includes(name))!
      expect(first, name).toMatch(/\bthen\b/)
    }
  })

  it('keeps slide text short: 45 words or fewer outside the figures, 60 on the quote slide', () => {
    for (const s of deck.slides) {
      const limit = s.content.includes('<blockquote>') ? 60 : 45
      expect(words(visibleText(s.content)), `slide ${s.no} ${s.title}`).toBeLessThanOrEqual(limit)
    }
  })

  it('has one [click] in the notes for every click of a stepping slide', () => {
    for (const s of deck.slides) {
      const clicks = Number(s.frontmatter.clicks ?? 0)
      expect((s.note.match(/\[click\]/g) ?? []).length, `slide ${s.no} ${s.title}`).toBe(clicks)
    }
  })

  it('gives every stepping figure exactly as many clicks as it has steps', () => {
    const clicksOf = (tag: string) => deck.slides.find(s => s.content.includes(`<${tag}`) && s.frontmatter.clicks)!.frontmatter.clicks
    expect(clicksOf('AttackTimeline')).toBe(timelineEvents(facts.events).length + 1)
    expect(clicksOf('PlaceMap')).toBe(stageSteps(layoutPlaceMap(facts, geo), 'attacks'))
    expect(clicksOf('ActorNetwork')).toBe(layoutNetwork(facts).edges.length + 1)
    expect(clicksOf('ErbilToll')).toBe(TOLL_STEPS)
    expect(clicksOf('Scorecard')).toBe(facts.claims.length)
  })

  it('reads every figure it shows from data/', () => {
    const paths = deck.slides.flatMap(s => factsOn(s.content))
    expect(paths.length).toBeGreaterThanOrEqual(15)
    for (const p of paths) expect(() => resolveFact(facts, p), p).not.toThrow()
  })

  it('types no figure into slide text: numbers come from <Fact>', () => {
    for (const s of deck.slides) {
      const text = visibleText(s.content.replace(/<Fact of="[^"]*" \/>/g, ''))
      expect(text.match(/\b\d+\b/g) ?? [], `slide ${s.no} ${s.title}`).toEqual([])
    }
  })

  it('puts a source line under every figure, naming a source of each figure shown', () => {
    const figure = /<(?:Fact|PlaceMap|ActorNetwork|ErbilToll|Scorecard|DilemmaDiagram|blockquote)\b/
    const withFigures = deck.slides.slice(1, -1).filter(s => figure.test(s.content))
    expect(withFigures.length).toBeGreaterThan(9)
    for (const s of withFigures) {
      const ids = sourceLineIds(s.content)
      // The timeline writes its own source line at every step; the scorecard names its sources under each row.
      if (s.content.includes('<AttackTimeline') || s.content.includes('<Scorecard'))
        continue
      expect(ids, `slide ${s.no} ${s.title} has a source line`).toBeDefined()
      for (const id of ids!) expect(facts.sources.map(x => x.id), `slide ${s.no}: ${id}`).toContain(id)
      for (const p of factsOn(s.content))
        expect(resolveFact(facts, p).sources.some(id => ids!.includes(id)), `slide ${s.no}: ${p} is sourced on its line`).toBe(true)
    }
  })

  it('scores the article from data, with every verdict the record supports', () => {
    const card = deck.slides.find(s => s.content.includes('<Scorecard'))!
    expect(card.content).toContain(':claims="$facts.claims"')
    const verdict = Object.fromEntries(facts.claims.map(c => [c.id, c.verdict]))
    expect(verdict).toMatchObject({
      'five-us-injured': 'agrees',
      'iran-support': 'agrees',
      'ten-days': 'loose',
      'considering': 'loose',
      'finger-at-tehran': 'loose',
      'balad-one-injured': 'disputed',
      'no-response': 'later-event',
      'successive-condemned': 'overstated',
      'suicide-everyday': 'overstated',
    })
    // The rows come grouped by verdict, so the audience sees each kind together.
    const order = facts.claims.map(c => c.verdict)
    expect(order.filter((v, i) => order.indexOf(v) !== i && order[i - 1] !== v)).toEqual([])
  })

  it('titles the scorecard with what its rows say: tolls mostly hold, and how often it is loose or overstates', () => {
    const card = deck.slides.find(s => s.content.includes('<Scorecard'))!
    expect(card.title).toBe('Tolls mostly hold; loose three times, overstated twice')
    const times = ['never', 'once', 'twice', 'three times']
    const count = (v: string) => facts.claims.filter(c => c.verdict === v).length
    expect(card.title).toContain(`loose ${times[count('loose')]}`)
    expect(card.title).toContain(`overstated ${times[count('overstated')]}`)
    expect(count('understated'), 'a verdict the title does not name').toBe(0)
    // "Tolls mostly hold": every claim the record agrees with counts rockets or people hurt, and no claim of a toll is
    // scored loose, over- or understated; "mostly", as Balad's one injured is disputed within the record itself.
    const toll = /\b(?:hurt|injured|killed|rockets?)\b/i
    for (const c of facts.claims.filter(c => c.verdict === 'agrees' && c.id !== 'iran-support'))
      expect(c.article, c.id).toMatch(toll)
    for (const c of facts.claims.filter(c => toll.test(c.article)))
      expect(['agrees', 'disputed'], c.id).toContain(c.verdict)
    expect(facts.claims.some(c => toll.test(c.article) && c.verdict === 'disputed'), 'why "mostly"').toBe(true)
  })

  it('never gives the base\'s nine injured as if they were the five Americans, nor an American at Balad', () => {
    const all = `${readFileSync('slides.md', 'utf8')}\n${readFileSync('data/events.ts', 'utf8')}`
    expect(all).not.toMatch(/9 injured: 4 US contractors, 1 US soldier/)
    const sentences = notes.split(/(?<=[.!?])\s+/)
    for (const s of sentences.filter(s => /Balad/.test(s) && /article/i.test(s)))
      expect(s, s).not.toMatch(/American|US citizen/)
  })

  it('titles the network with its finding, and counts the lines right in the title and the notes', () => {
    const slide = deck.slides.find(s => s.content.includes('<ActorNetwork'))!
    const lines = facts.relations
    const touchUs = lines.filter(r => r.from === 'us' || r.to === 'us').length
    const fromBaghdad = lines.filter(r => r.from === 'iraq-gov').length
    const toBaghdad = lines.filter(r => r.to === 'iraq-gov').length
    const said = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
    expect(slide.title).toBe(`The US sat at the centre: ${said[touchUs]} of ${said[lines.length]} lines touched it`)
    expect(touchUs * 2).toBeGreaterThan(lines.length)
    // Iraq's government acted that week (its inquiry with the Kurdistan Region): the figure must not say it barely did.
    expect(fromBaghdad).toBeGreaterThanOrEqual(2)
    // The five-nation statement is one statement: one line, not one per signatory.
    expect(lines.filter(r => r.kind === 'condemns')).toHaveLength(1)
    const capital = (s: string) => s[0].toUpperCase() + s.slice(1)
    expect(slide.note).toContain(`${capital(said[touchUs])} of the ${said[lines.length]} lines touch the United States`)
    expect(slide.note).toContain(`draws ${said[fromBaghdad]} lines of its own`)
    expect(slide.note).toContain(`receives ${said[toBaghdad]}`)
  })

  it('titles the map with what it shows: each attack, in the timeline\'s order, further south than the last', () => {
    const slide = deck.slides.find(s => s.content.includes('<PlaceMap') && s.content.includes(':clicks'))!
    expect(slide.title).toBe('Erbil, Balad, then Baghdad: each attack further south')
    const lats = timelineEvents(facts.events)
      .filter(e => e.kind === 'attack' && !e.afterArticle)
      .map(e => facts.places.find(p => p.id === e.place)!.lat)
    expect(lats).toHaveLength(3)
    expect(lats.every((lat, i) => i === 0 || lat < lats[i - 1]), lats.join(' > ')).toBe(true)
  })

  it('credits Natural Earth under every map', () => {
    const maps = deck.slides.filter(s => /<PlaceMap\b/.test(s.content))
    expect(maps.length).toBeGreaterThanOrEqual(3)
    for (const s of maps) expect(sourceLineIds(s.content), `slide ${s.no}`).toContain('natural-earth')
  })

  it('credits the article on the title slide', () => {
    expect(deck.slides[0].content).toMatch(/Atalayar/)
  })
})

// The article is not ours to ship: the repository keeps a one-way fingerprint of each of its nine-word runs
// (npm run build:fingerprint), so this runs on every clone. Where the article sits beside the repository, the
// fingerprint must be its own.
const article = '../shared/article.txt'
const fingerprint: string[] = JSON.parse(readFileSync('tests/fixtures/article-9grams.json', 'utf8'))
describe('own words', () => {
  it('keeps a fingerprint of the article that is the article\'s', () => {
    expect(fingerprint.length, 'the article has hundreds of nine-word runs').toBeGreaterThan(500)
    if (existsSync(article))
      expect(fingerprints(readFileSync(article, 'utf8'))).toEqual(fingerprint)
  })
  it('copies no run of nine words from the article', () => {
    const theirs = new Set(fingerprint)
    const files = ['slides.md', 'data/events.ts', 'data/actors.ts', 'data/relations.ts', 'data/claims.ts', 'data/figures.ts']
      .concat('data/since.ts', 'data/glossary.ts')
    const copied = runs(files.map(f => readFileSync(f, 'utf8')).join('\n')).filter(r => theirs.has(fingerprintOf(r)))
    expect(copied).toEqual([])
  })
})
