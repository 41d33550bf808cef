import type { Feature } from 'geojson'
import { readFileSync } from 'node:fs'
import { geoContains, geoDistance } from 'd3-geo'
import { feature } from 'topojson-client'
import { describe, expect, it } from 'vitest'
import { distanceTo, overlaps } from '../../charts/geometry'
import { textWidth } from '../../charts/labels'
import { layoutActorMap, MAP_FONT, MAP_SIZE, onOwnSide, samplePoints, unclaimedText } from '../../charts/map'
import { formatDate } from '../../charts/timeline'
import { facts } from '../../data'
import { geo } from '../../data/geo'
import { buildGeo, buildInset } from '../../scripts/build-geo.mjs'

const layout = layoutActorMap(facts, geo)
const countries = (feature(geo, geo.objects.countries) as unknown as { features: Feature[] }).features
const countryOf = (name: string) => countries.find(f => f.properties?.name === name)!
const invert = (x: number, y: number) => layout.projection.invert!([x, y]) as [number, number]

/** Every box that carries words or an actor, named for the failure message. */
const boxes = [
  ...layout.badges.map(b => ({ id: `badge ${b.actor.id}`, x: b.x - b.w / 2, y: b.y - b.h / 2, w: b.w, h: b.h, inStrip: b.inStrip })),
  ...layout.labels.map(l => ({ id: l.id, ...l.box, inStrip: false })),
  ...layout.arrows.filter(a => a.label.text.length).map(a => ({ id: a.label.id, ...a.label.box, inStrip: false })),
  ...layout.countryLabels.map(l => ({ id: l.id, ...l.box, inStrip: false })),
]

describe('geometry', () => {
  it('is small: region at most 30 KB, inset at most 10 KB', () => {
    expect(readFileSync('data/geo/region.json').length).toBeLessThanOrEqual(30 * 1024)
    expect(readFileSync('data/geo/inset.json').length).toBeLessThanOrEqual(10 * 1024)
  })
  it('is rebuilt byte for byte by npm run build:geo', () => {
    expect(buildGeo()).toBe(readFileSync('data/geo/region.json', 'utf8'))
    expect(buildInset()).toBe(readFileSync('data/geo/inset.json', 'utf8'))
  })
  it('every place lies in the country the data gives, on the map\'s own borders', () => {
    for (const p of facts.places.filter(p => p.country !== 'United States'))
      expect(geoContains(countryOf(p.country), [p.lon, p.lat]), `${p.id} in ${p.country}`).toBe(true)
  })
})

describe('a true picture', () => {
  it('takes at least 60 % of the 980×552 slide with the map frame itself', () => {
    expect(layout.frame.w * layout.frame.h / (980 * 552)).toBeGreaterThanOrEqual(0.6)
  })
  it('draws every place at its own coordinates', () => {
    for (const s of layout.sites) {
      const [lon, lat] = invert(s.x, s.y)
      expect(geoDistance([lon, lat], [s.place.lon, s.place.lat]) * 6371, s.place.id).toBeLessThan(0.5)
    }
  })
  it('puts every label and badge of a place over that place\'s country or the sea', () => {
    const own = [
      ...layout.labels.map(l => ({ id: l.id, box: l.box, country: l.country! })),
      ...layout.badges.filter(b => !b.inStrip).map((b) => {
        const place = facts.places.find(p => p.id === (b.actor.anchor as { place: string }).place)!
        return { id: `badge ${b.actor.id}`, box: { x: b.x - b.w / 2, y: b.y - b.h / 2, w: b.w, h: b.h }, country: place.country }
      }),
    ]
    expect(own.length).toBeGreaterThan(8)
    for (const { id, box, country } of own) {
      for (const [x, y] of samplePoints(box)) {
        const under = layout.countryAt(x, y)
        const where = `${id}: point ${x.toFixed(0)},${y.toFixed(0)} lies over ${under}, not ${country}`
        expect(under === undefined || under === country, where).toBe(true)
      }
    }
  })
  it('puts every place\'s label and badge nearer its own pin than any other pin', () => {
    const own = [
      ...layout.labels.map(l => ({ id: l.id, box: l.box, place: l.id.replace('site:', '') })),
      ...layout.badges.filter(b => !b.inStrip).map(b => ({
        id: `badge ${b.actor.id}`,
        box: { x: b.x - b.w / 2, y: b.y - b.h / 2, w: b.w, h: b.h },
        place: (b.actor.anchor as { place: string }).place,
      })),
    ]
    for (const { id, box, place } of own) {
      const pin = layout.sites.find(s => s.place.id === place) ?? { x: Number.NaN, y: Number.NaN }
      const [px, py] = [pin.x, pin.y]
      const ownDistance = distanceTo(box, px, py)
      for (const s of layout.sites.filter(s => s.place.id !== place && !s.place.partOf))
        expect(distanceTo(box, s.x, s.y), `${id} is nearer ${s.place.id} than its own pin`).toBeGreaterThanOrEqual(ownDistance)
    }
  })
  it('labels each country over that country', () => {
    expect(layout.countryLabels.map(l => l.text[0])).toEqual(expect.arrayContaining(['IRAQ', 'IRAN', 'SYRIA']))
    for (const l of layout.countryLabels) expect(onOwnSide(l.box, l.country!, layout.countryAt), l.id).toBe(true)
  })
  it('ends the US strike arrow in Syria, at Abu Kamal', () => {
    const strike = layout.arrows.find(a => a.id === 'us-strikes-militias')!
    expect(geoContains(countryOf('Syria'), invert(...strike.end))).toBe(true)
    expect(strike.after).toBe(true)
  })
  it('ends each rocket arrow at its own attack site', () => {
    for (const a of layout.arrows.filter(a => a.event)) {
      const site = layout.sites.find(s => s.place.id === a.event!.place)!
      expect(a.end, a.id).toEqual([site.x, site.y])
    }
  })
  it('computes the scale bar from the projection', () => {
    const { x, y, px, km } = layout.bar
    const measured = geoDistance(invert(x, y), invert(x + px, y)) * 6371
    expect(Math.abs(measured - km) / km).toBeLessThan(0.03)
  })
})

describe('labels', () => {
  it('no two labels or badges overlap', () => {
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlaps(boxes[i], boxes[j]), `${boxes[i].id} / ${boxes[j].id}`).toBe(false)
    }
  })
  it('no label or badge hides the inset, the scale bar or the credit', () => {
    for (const b of boxes) {
      for (const f of layout.furniture)
        expect(overlaps(b, f), `${b.id} over the map furniture`).toBe(false)
    }
  })
  it('no label covers a pin', () => {
    for (const b of boxes) {
      for (const s of layout.sites)
        expect(overlaps(b, { x: s.x - s.r, y: s.y - s.r, w: 2 * s.r, h: 2 * s.r }), `${b.id} over ${s.place.id}`).toBe(false)
    }
  })
  // One crossing the layout cannot avoid yet: the rockets to Erbil pass behind the Kurdistan Region's badge. (The Iraqi
  // raid ran under the Green Zone's name until it ended at Daesh's badge.) Any other crossing fails here, and so does
  // fixing this one without saying so.
  it('no arrow runs through a label, or through a badge it does not start or end at, but one known one', () => {
    const crossings: string[] = []
    for (const a of layout.arrows) {
      const [x0, y0, cx, cy, x1, y1] = a.d.match(/-?[\d.]+/g)!.map(Number)
      const along = Array.from({ length: 41 }, (_, k) => k / 40).map((t): [number, number] =>
        [(1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x1, (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y1])
      const ends = [a.from, a.relation?.to].filter(Boolean).map(id => `badge ${id}`)
      for (const b of boxes.filter(b => !ends.includes(b.id))) {
        if (along.some(([x, y]) => x > b.x + 1 && x < b.x + b.w - 1 && y > b.y + 1 && y < b.y + b.h - 1))
          crossings.push(`${a.id} through ${b.id}`)
      }
    }
    expect(crossings).toEqual(['rockets:erbil through badge krg'])
  })
  it('puts a halo behind a label\'s words exactly where an arrow or a leader runs under them', () => {
    const lines = layout.arrows.map((a) => {
      const [x0, y0, cx, cy, x1, y1] = a.d.match(/-?[\d.]+/g)!.map(Number)
      return Array.from({ length: 81 }, (_, k) => k / 80).map((t): [number, number] =>
        [(1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x1, (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y1])
    })
    for (const { leader } of [...layout.labels, ...layout.badges].filter(x => x.leader)) {
      const [x0, y0, x1, y1] = leader!
      lines.push(Array.from({ length: 81 }, (_, k) => k / 80).map((t): [number, number] => [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t]))
    }
    const under = (b: { x: number, y: number, w: number, h: number }) =>
      lines.some(l => l.some(([x, y]) => x > b.x - 1 && x < b.x + b.w + 1 && y > b.y - 1 && y < b.y + b.h + 1))
    for (const l of [...layout.labels, ...layout.arrows.map(a => a.label).filter(l => l.text.length)])
      expect(Boolean(l.halo), l.id).toBe(under(l.box))
    expect(layout.labels.find(l => l.id === 'site:green-zone')?.halo).toBe(true)
    expect(layout.labels.find(l => l.id === 'site:erbil-airport')?.halo).toBe(false)
  })
  it('everything stays inside the figure, and only off-map actors sit in the strip', () => {
    for (const b of boxes) {
      const area = b.inStrip ? layout.strip : layout.frame
      expect(b.x >= area.x && b.y >= area.y && b.x + b.w <= area.x + area.w && b.y + b.h <= area.y + area.h, b.id).toBe(true)
    }
    expect(layout.badges.filter(b => b.inStrip).map(b => b.actor.id).sort()).toEqual(['europe', 'us'])
  })
})

describe('steps', () => {
  it('shows the ground, the three attack sites numbered in the timeline\'s order, then the relations', () => {
    const numbered = layout.sites.filter(s => s.number).sort((a, b) => a.step - b.step)
    expect(numbered.map(s => [s.place.id, s.number, s.step])).toEqual([['erbil-airport', 1, 1], ['balad', 2, 2], ['green-zone', 3, 3]])
    // Only Erbil's rockets are claimed or blamed on anyone on record: Balad and the Green Zone get pins, no arrow.
    expect(layout.arrows.map(a => [a.id, a.step])).toEqual([
      ['rockets:erbil', 1],
      ['iran-backs-militias', 4],
      ['iraq-attacks-daesh', 5],
      ['us-strikes-militias', 6],
    ])
    expect(layout.steps).toBe(6)
  })
  it('draws an attack\'s arrow only on a claim made that week, never on a later blame, and keys the others', () => {
    const attacks = facts.events.filter(e => e.kind === 'attack' && !e.afterArticle)
    for (const e of attacks) {
      const arrow = layout.arrows.find(a => a.id === `rockets:${e.id}`)
      expect(Boolean(arrow), e.id).toBe(e.claimant === e.actor)
    }
    // Erbil's blame came with the strikes of 25 Feb: without the week's claim, the blame alone draws no arrow.
    const erbil = facts.events.find(e => e.id === 'erbil')!
    expect(erbil.blame?.date).toBe('2021-02-25')
    const blameOnly = { ...facts, events: facts.events.map(e => (e.id === 'erbil' ? { ...e, claimant: undefined } : e)) }
    expect(layoutActorMap(blameOnly, geo, { size: MAP_SIZE, showAfter: false }).arrows.some(a => a.id === 'rockets:erbil')).toBe(false)
    const key = layout.keyNote!
    expect(key.arrowsLine).toEqual({ text: 'Arrows: who acted on whom, not from where', step: 1 })
    expect(key.unclaimed).toEqual([{ number: 2, step: 2 }, { number: 3, step: 3 }])
    expect(unclaimedText([2, 3])).toBe('Attacks 2 and 3: no confirmed claim, no arrow')
    expect(textWidth(unclaimedText([2, 3]), MAP_FONT.key) + 12).toBeLessThanOrEqual(key.box.w)
    // Inside the frame, clear of every label, badge, pin and arrow, and of the scale bar beneath it.
    const f = layout.frame
    expect(key.box.x >= f.x && key.box.y >= f.y && key.box.x + key.box.w <= f.x + f.w && key.box.y + key.box.h <= f.y + f.h).toBe(true)
    for (const l of [...layout.labels, ...layout.arrows.map(a => a.label)])
      expect(overlaps(key.box, l.box, 2), l.id).toBe(false)
    for (const b of layout.badges.filter(b => !b.inStrip))
      expect(overlaps(key.box, { x: b.x - b.w / 2, y: b.y - b.h / 2, w: b.w, h: b.h }, 2), b.actor.id).toBe(false)
    for (const s of layout.sites)
      expect(overlaps(key.box, { x: s.x - s.r, y: s.y - s.r, w: 2 * s.r, h: 2 * s.r }, 2), s.place.id).toBe(false)
    expect(key.box.y + key.box.h).toBeLessThan(layout.bar.y - 24)
    // The militias have no one base: no leader ties their badge to Balad's pin, which would read as blame.
    for (const b of layout.badges.filter(b => 'near' in b.actor.anchor))
      expect(b.leader, b.actor.id).toBeUndefined()
    expect(layout.badges.filter(b => 'near' in b.actor.anchor).map(b => b.actor.id)).toEqual(['militias'])
    // A focused map has its note box in that corner, and no key.
    expect(layoutActorMap(facts, geo, { size: MAP_SIZE, showAfter: true, withNote: true }).keyNote).toBeUndefined()
  })
  it('dates each numbered attack in the strip, right of the off-map actors, with its pin\'s number and step', () => {
    const numbered = layout.sites.filter(s => s.number).sort((a, b) => a.number! - b.number!)
    expect(layout.dateKey.map(k => [k.number, k.text, k.step]))
      .toEqual(numbered.map(s => [s.number, formatDate(s.event!.date), s.step]))
    expect(layout.dateKey.map(k => k.text)).toEqual(['15 Feb', '20 Feb', '22 Feb'])
    const stripEnd = Math.max(...layout.badges.filter(b => b.inStrip)
      .map(b => b.x + b.w / 2 + 8 + textWidth(`← ${b.toward}`, MAP_FONT.small)))
    for (const k of layout.dateKey) {
      expect(k.x - k.r, `key ${k.number} clear of the strip's actors`).toBeGreaterThan(stripEnd)
      const right = k.x + k.r + 6 + textWidth(k.text, MAP_FONT.small)
      expect(right, `key ${k.number} inside the strip`).toBeLessThanOrEqual(layout.strip.x + layout.strip.w)
      expect(k.y - k.r >= layout.strip.y && k.y + k.r <= layout.strip.y + layout.strip.h).toBe(true)
    }
    const xs = layout.dateKey.map(k => k.x)
    const ends = layout.dateKey.map(k => k.x + k.r + 6 + textWidth(k.text, MAP_FONT.small))
    expect(xs.every((x, i) => i === 0 || x - layout.dateKey[i].r > ends[i - 1]), 'in order, none over the next').toBe(true)
  })
  it('can leave out what came after the article', () => {
    const before = layoutActorMap(facts, geo, { size: MAP_SIZE, showAfter: false })
    expect(before.steps).toBe(5)
    expect(before.arrows.map(a => a.id)).not.toContain('us-strikes-militias')
    expect(before.sites.map(s => s.place.id)).not.toContain('abu-kamal')
  })
})
