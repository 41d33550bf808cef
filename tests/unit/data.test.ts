// @vitest-environment node
import type { RawFacts } from '../../data/validate'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { facts, rawFacts } from '../../data'
import { DataError, validateFacts } from '../../data/validate'

/** A deep copy of the real data with one change applied. */
function broken(change: (raw: RawFacts) => void): RawFacts {
  const raw = structuredClone(rawFacts) as RawFacts
  change(raw)
  return raw
}
function problemsOf(raw: RawFacts): string[] {
  try {
    validateFacts(raw)
  }
  catch (e) {
    expect(e).toBeInstanceOf(DataError)
    return (e as DataError).problems
  }
  return []
}

// The real data passes validation, every place and source it names known: `facts` is validated on import
// (data/index.ts), so this file would not load otherwise.
describe('the real data', () => {
  it('has the three attacks', () => {
    const attacks = facts.events.filter(e => e.kind === 'attack').map(e => e.id)
    expect(attacks).toEqual(['erbil', 'balad', 'green-zone'])
  })
  it('cites the article on every attack', () => {
    for (const e of facts.events.filter(e => e.kind === 'attack')) expect(e.sources).toContain('atalayar')
  })
})

// Each malformed case must stop validation with a message naming the file, the record and the field.
const cases: [string, (raw: RawFacts) => void, RegExp][] = [
  [
    'a bad date',
    (r) => { r.events[0].date = '2021-02-30' },
    /^data\/events\.ts: event "erbil": date "2021-02-30" is not a real calendar date$/,
  ],
  [
    'a malformed date',
    (r) => { r.events[1].date = '20/02/2021' },
    /^data\/events\.ts: event "balad": date "20\/02\/2021" is not a date \(YYYY-MM-DD\)$/,
  ],
  [
    'a latitude out of range',
    (r) => { r.places[1].lat = 999 },
    /^data\/places\.ts: place "balad": lat 999 is not a latitude \(-90\.\.90\)$/,
  ],
  [
    'a longitude out of range',
    (r) => { r.places[0].lon = -200 },
    /^data\/places\.ts: place "erbil-airport": lon -200 is not a longitude \(-180\.\.180\)$/,
  ],
  [
    'an unknown place in an event',
    (r) => { r.events[2].place = 'atlantis' },
    /^data\/events\.ts: event "green-zone": place "atlantis" is not a known place/,
  ],
  [
    'an unknown actor in a relation',
    (r) => { r.relations[0].to = 'martians' },
    /^data\/relations\.ts: relation "iran-backs-militias": to "martians" is not a known actor/,
  ],
  [
    'negative casualties',
    (r) => { r.events[0].injured![0].count = -4 },
    /^data\/events\.ts: event "erbil": injured\.0\.count -4 is negative$/,
  ],
  [
    'a duplicate id',
    (r) => { r.places.push({ ...r.places[0] }) },
    /^data\/places\.ts: place "erbil-airport": id is used twice$/,
  ],
  [
    'a missing source id',
    (r) => { r.events[1].sources.push('nowhere-news') },
    /^data\/events\.ts: event "balad": sources\.4 "nowhere-news" is not a known source/,
  ],
  [
    'an empty name',
    (r) => { r.actors[1].name = '  ' },
    /^data\/actors\.ts: actor "iran": name " {2}" is empty$/,
  ],
  [
    'no source at all',
    (r) => { r.relations.find(x => x.id === 'us-opposes-iran')!.sources = [] },
    /^data\/relations\.ts: relation "us-opposes-iran": sources \[\] names no source$/,
  ],
  [
    'a bad colour',
    (r) => { r.actors[0].colour = 'blue' },
    /^data\/actors\.ts: actor "us": colour "blue" is not a colour/,
  ],
  [
    'a bad time',
    (r) => { r.events[0].time = '25:99' },
    /^data\/events\.ts: event "erbil": time "25:99" is not a time/,
  ],
  [
    'a bad URL',
    (r) => { r.sources[3].url = 'not a url' },
    /^data\/sources\.ts: source "upi": url "not a url" is not a URL$/,
  ],
  [
    'a relation aimed at both an actor and an event',
    (r) => { r.relations[0].event = 'erbil' },
    /^data\/relations\.ts: relation "iran-backs-militias": to or event is required, not both$/,
  ],
  [
    'an unknown verdict',
    (r) => { (r.claims[0] as { verdict: string }).verdict = 'fake' },
    /^data\/claims\.ts: claim "five-us-injured": verdict "fake" /,
  ],
  [
    'a scorecard row that does not cite the article',
    (r) => { r.claims[0].sources = ['syriacpress'] },
    /^data\/claims\.ts: claim "five-us-injured": sources must include the article/,
  ],
  [
    'a scorecard row with no record',
    (r) => { r.claims[2].record = ' ' },
    /^data\/claims\.ts: claim "iran-support": record " " is empty$/,
  ],
  [
    'a scorecard row too long for the room',
    (r) => { r.claims[1].article = 'Four rockets at Balad air base and nobody at all hurt in the Green Zone' },
    /^data\/claims\.ts: claim "balad-green-zone": article ".*" is longer than 42 characters/,
  ],
  [
    'a CMS preview page as a source address',
    (r) => { r.sources[3].url = 'https://voa.pangea-cms.com/preview/en-US/a/x/1.html' },
    /^data\/sources\.ts: source "upi": url ".*" is a CMS preview page, not a public address$/,
  ],
  [
    'a blame naming no actor',
    (r) => { r.events[0].blame = { on: [], by: 'someone', date: '2021-02-25' } },
    /^data\/events\.ts: event "erbil": blame\.on \[\] names no actor$/,
  ],
  [
    'a since-then line too long for its slide',
    (r) => { r.since[0].text = 'x'.repeat(81) },
    /^data\/since\.ts: since-then line "mission-ended": text "x+" is longer than 80 characters: one short line$/,
  ],
  [
    'an attack without a place',
    (r) => { delete r.events[0].place },
    /^data\/events\.ts: event "erbil": place is required for an attack$/,
  ],
]

/** The real record of this id, to break one of its fields. */
const byId = <T extends { id: string }>(list: T[], id: string) => list.find(x => x.id === id)!
function unknownSource(file: string, label: string) {
  return new RegExp(`^data/${file}\\.ts: ${label}: sources\\.\\d+ "nowhere-news" is not a known source \\(data/sources\\.ts\\)$`)
}

// Every reference from one file to another is checked, and the message names both ends: the record and field that
// point, and the file where the missing record was looked for.
const references: [string, (raw: RawFacts) => void, RegExp][] = [
  [
    'a place inside an unknown place',
    (r) => { byId(r.places, 'us-embassy').partOf = 'narnia' },
    /^data\/places\.ts: place "us-embassy": partOf "narnia" is not a known place \(data\/places\.ts\)$/,
  ],
  [
    'an event by an unknown actor',
    (r) => { r.events[0].actor = 'martians' },
    /^data\/events\.ts: event "erbil": actor "martians" is not a known actor \(data\/actors\.ts\)$/,
  ],
  [
    'an event claimed by an unknown actor',
    (r) => { r.events[0].claimant = 'martians' },
    /^data\/events\.ts: event "erbil": claimant "martians" is not a known actor \(data\/actors\.ts\)$/,
  ],
  [
    'an event scored by an unknown claim',
    (r) => { r.events[0].claim = 'nothing' },
    /^data\/events\.ts: event "erbil": claim "nothing" is not a known claim \(data\/claims\.ts\)$/,
  ],
  [
    'a blame on an unknown actor',
    (r) => { r.events[0].blame = { on: ['militias', 'martians'], by: 'someone', date: '2021-02-25' } },
    /^data\/events\.ts: event "erbil": blame\.on\.1 "martians" is not a known actor \(data\/actors\.ts\)$/,
  ],
  [
    'a relation from an unknown actor',
    (r) => { r.relations[0].from = 'martians' },
    /^data\/relations\.ts: relation "iran-backs-militias": from "martians" is not a known actor \(data\/actors\.ts\)$/,
  ],
  [
    'a relation about an unknown event',
    (r) => { byId(r.relations, 'europe-condemns-erbil').event = 'nothing' },
    /^data\/relations\.ts: relation "europe-condemns-erbil": event "nothing" is not a known event \(data\/events\.ts\)$/,
  ],
  [
    'a relation at an unknown place',
    (r) => { byId(r.relations, 'iraq-attacks-daesh').place = 'atlantis' },
    /^data\/relations\.ts: relation "iraq-attacks-daesh": place "atlantis" is not a known place \(data\/places\.ts\)$/,
  ],
  [
    'a relation from an actor to itself',
    (r) => { r.relations[0].to = r.relations[0].from },
    /^data\/relations\.ts: relation "iran-backs-militias": to "iran" is the same actor as from$/,
  ],
  [
    'a place citing an unknown source',
    (r) => { r.places[0].sources.push('nowhere-news') },
    unknownSource('places', 'place "erbil-airport"'),
  ],
  ['an actor citing an unknown source', (r) => { r.actors[0].sources.push('nowhere-news') }, unknownSource('actors', 'actor "us"')],
  [
    'a relation citing an unknown source',
    (r) => { r.relations[0].sources.push('nowhere-news') },
    unknownSource('relations', 'relation "iran-backs-militias"'),
  ],
  [
    'a figure citing an unknown source',
    (r) => { r.figures[0].sources.push('nowhere-news') },
    unknownSource('figures', 'figure "attack-span"'),
  ],
  [
    'a glossary entry citing an unknown source',
    (r) => { r.glossary[0].sources.push('nowhere-news') },
    unknownSource('glossary', 'glossary entry "Daesh"'),
  ],
  [
    'a since-then line citing an unknown source',
    (r) => { r.since[0].sources.push('nowhere-news') },
    unknownSource('since', 'since-then line "mission-ended"'),
  ],
  [
    'a scorecard row citing an unknown source',
    (r) => { r.claims[0].sources.push('nowhere-news') },
    unknownSource('claims', 'claim "five-us-injured"'),
  ],
  [
    'a source that no record cites',
    (r) => { r.sources.push({ ...r.sources[3], id: 'orphan' }) },
    /^data\/sources\.ts: source "orphan": id is cited by no record$/,
  ],
  [
    'a record without an id, named by its place in the file',
    (r) => { r.places.push({ ...r.places[0], id: undefined as unknown as string }) },
    new RegExp(`^data/places\\.ts: place #${rawFacts.places.length + 1}: id `),
  ],
  [
    'a record that is not a record at all',
    (r) => { r.since.push(null as unknown as RawFacts['since'][number]) },
    new RegExp(`^data/since\\.ts: since-then line #${rawFacts.since.length + 1}: \\(record\\) null `),
  ],
]
cases.push(...references)

describe('malformed data is refused with file, record and field', () => {
  it.each(cases)('%s', (_, change, message) => {
    const problems = problemsOf(broken(change))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(message)
  })

  it('reports every problem at once', () => {
    const problems = problemsOf(broken((r) => {
      r.places[1].lat = 999
      r.relations[0].to = 'martians'
    }))
    expect(problems).toHaveLength(2)
    expect(() => validateFacts(broken((r) => {
      r.places[1].lat = 999
      r.relations[0].to = 'martians'
    }))).toThrow(expect.objectContaining({
      name: 'DataError',
      message: expect.stringMatching(/^data\/ has 2 problems:\n {2}data\/places/),
    }))
    const oneProblem = broken((r) => {
      r.places[1].lat = 999
    })
    expect(() => validateFacts(oneProblem)).toThrow(/data\/ has 1 problem:\n {2}data\/places\.ts: place "balad"/)
  })
})

describe('symbols a standards desk accepts', () => {
  // The schema has no cross to choose; what it cannot say is that two actors share a shape.
  it('gives every actor its own shape', () => {
    const shapes = facts.actors.map(a => a.shape)
    expect(new Set(shapes).size).toBe(shapes.length)
  })
})

describe('saying the names', () => {
  it('gives a respelling for every name of a person, group or place the notes say that is not plain English', () => {
    const notes = readFileSync('slides.md', 'utf8')
    for (const n of facts.names) expect(notes, n.name).toContain(n.name.replace(/^(?:Mustafa|Saeed|Qassem|Haider|Masrour) /, ''))
    for (const name of ['Tarmiyah', 'Kataib Hezbollah', 'al-Kadhimi', 'Soleimani', 'Abu Kamal', 'al-Muhandis'])
      expect(facts.names.some(n => n.name.includes(name)), name).toBe(true)
  })
  it('refuses a respelling that marks no stress', () => {
    expect(problemsOf(broken(r => void (r.names[0].say = 'er-bil')))).toEqual([
      'data/names.ts: name "erbil": say "er-bil" marks no stressed syllable in capitals',
    ])
  })
})
