import type { Feature } from 'geojson'
import { readFileSync } from 'node:fs'
import { geoContains } from 'd3-geo'
import { feature } from 'topojson-client'
import { describe, expect, it } from 'vitest'
import { layoutActorMap, MAP_SIZE, quad } from '../../charts/actorMap'
import { overlaps, placeLabels } from '../../charts/labels'
import { FRAME, makeProjection } from '../../charts/projection'
import { facts } from '../../data'
import { geo } from '../../data/geo'
import { buildGeo } from '../../scripts/build-geo.mjs'

const { width: W, height: H } = MAP_SIZE
const layout = layoutActorMap(facts, geo, W, H)
const countries = (feature(geo, geo.objects.countries) as unknown as { features: Feature[] }).features

describe('geometry', () => {
  it('is at most 30 KB', () => {
    expect(readFileSync('data/geo/region.json').length).toBeLessThanOrEqual(30 * 1024)
  })
  it('is rebuilt byte for byte by npm run build:geo', () => {
    expect(buildGeo()).toBe(readFileSync('data/geo/region.json', 'utf8'))
  })
  it('holds Iraq and its neighbours', () => {
    const names = countries.map(f => f.properties?.name)
    for (const n of ['Iraq', 'Iran', 'Syria', 'Turkey', 'Saudi Arabia', 'Kuwait', 'Jordan']) expect(names).toContain(n)
  })
})

describe('places', () => {
  const { point } = makeProjection(W, H)
  it('every place projects inside the frame', () => {
    for (const p of facts.places) {
      const [x, y] = point(p.lon, p.lat)
      expect(x, p.id).toBeGreaterThan(0)
      expect(x, p.id).toBeLessThan(W)
      expect(y, p.id).toBeGreaterThan(0)
      expect(y, p.id).toBeLessThan(H)
    }
  })
  it('every place lies in the country the data gives, on the map\'s own borders', () => {
    for (const p of facts.places.filter(p => p.country !== 'United States')) {
      const country = countries.find(f => f.properties?.name === p.country)!
      expect(geoContains(country, [p.lon, p.lat]), `${p.id} in ${p.country}`).toBe(true)
    }
  })
  it('the frame holds Iraq', () => {
    expect(FRAME.west).toBeLessThan(38.8)
    expect(FRAME.east).toBeGreaterThan(51.4)
  })
})

describe('label placement', () => {
  const boxes = [
    ...layout.badges.map(b => ({ id: `badge ${b.actor.id}`, x: b.x - b.w / 2, y: b.y - b.h / 2, w: b.w, h: b.h })),
    ...layout.siteLabels.map(l => ({ id: `label ${l.id}`, ...l.box })),
    ...layout.arrows.map(a => ({ id: `arrow label ${a.relation.id}`, x: a.lx - a.lw / 2, y: a.ly - 8, w: a.lw, h: 16 })),
  ]
  it('no two labels or badges overlap', () => {
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `${boxes[i].id} / ${boxes[j].id}`).toBe(false)
    }
  })
  it('no label covers a site marker', () => {
    for (const l of layout.siteLabels) {
      for (const s of layout.sites) expect(overlaps(l.box, { x: s.x - 6, y: s.y - 6, w: 12, h: 12 }), `${l.id} over ${s.place.id}`).toBe(false)
    }
  })
  it('every label and badge stays inside the map', () => {
    for (const b of boxes) {
      expect(b.x, b.id).toBeGreaterThanOrEqual(0)
      expect(b.y, b.id).toBeGreaterThanOrEqual(0)
      expect(b.x + b.w, b.id).toBeLessThanOrEqual(W)
      expect(b.y + b.h, b.id).toBeLessThanOrEqual(H)
    }
  })
  it('no arrow runs through an actor\'s badge other than its own two', () => {
    for (const a of layout.arrows) {
      const [x0, y0, cx, cy, x1, y1] = a.d.match(/-?[\d.]+/g)!.map(Number)
      const others = layout.badges.filter(b => b.actor.id !== a.relation.from && b.actor.id !== a.relation.to)
      for (let i = 0; i <= 40; i++) {
        const [x, y] = quad(x0, y0, cx, cy, x1, y1, i / 40)
        for (const b of others) expect(Math.abs(x - b.x) < b.w / 2 && Math.abs(y - b.y) < b.h / 2, `${a.relation.id} through ${b.actor.id}`).toBe(false)
      }
    }
  })
  it('moves a label off a crowded spot', () => {
    const [a, b] = placeLabels([
      { id: 'a', x: 50, y: 50, r: 5, w: 40, h: 14 },
      { id: 'b', x: 52, y: 50, r: 5, w: 40, h: 14 },
    ], { x: 0, y: 0, w: 200, h: 200 })
    expect(overlaps(a.box, b.box)).toBe(false)
  })
})

describe('steps', () => {
  it('shows the ground, then the attack sites in the timeline\'s order, then the relations', () => {
    const attackSites = layout.sites.filter(s => s.event).sort((a, b) => a.step - b.step).map(s => s.place.id)
    expect(attackSites).toEqual(['erbil-airport', 'balad', 'green-zone'])
    expect(layout.sites.filter(s => s.step === 0).map(s => s.place.id).sort()).toEqual(['mosul', 'tehran'])
    const arrows = layout.arrows.map(a => a.relation.id)
    expect(arrows.indexOf('iran-backs-militias')).toBeLessThan(arrows.indexOf('militias-attack-us'))
    expect(layout.arrows[0].step).toBe(4)
    expect(layout.steps).toBe(3 + facts.relations.length)
  })
})
