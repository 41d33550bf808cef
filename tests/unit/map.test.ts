import type { Feature } from 'geojson'
import type { Box, Pt } from '../../charts/geometry'
import type { MapLayout } from '../../charts/map'
import { readFileSync } from 'node:fs'
import { geoContains, geoDistance } from 'd3-geo'
import { feature } from 'topojson-client'
import { beforeEach, describe, expect, it } from 'vitest'
import { anyIn, distanceTo, overlaps, pointsAlong } from '../../charts/geometry'
import { textWidth } from '../../charts/labels'
import { makePlaceMap, MAP_FONT, MAP_STAGES, mapView, onOwnSide, samplePoints, stageSteps } from '../../charts/map'
import { facts } from '../../data'
import { geo } from '../../data/geo'
import { buildGeo, buildInset } from '../../scripts/build-geo.mjs'

// Laid out afresh before each test, not taken from the deck's copy: under mutation testing each test must run the
// changed code, and a layout made once at import would be made before any mutant is switched on.
let layout: MapLayout
let boxes: (Box & { id: string })[]
let leaders: { id: string, line: Pt[] }[]
beforeEach(() => {
  layout = makePlaceMap(facts, geo)
  boxes = [...layout.labels, ...layout.countryLabels].map(l => ({ id: l.id, ...l.box }))
  leaders = layout.labels.flatMap(({ id, leader: l }) => (l ? [{ id, line: pointsAlong([l[0], l[1]], [l[2], l[3]], 40) }] : []))
})
const countries = (feature(geo, geo.objects.countries) as unknown as { features: Feature[] }).features
const countryOf = (name: string) => countries.find(f => f.properties?.name === name)!
const invert = (x: number, y: number) => layout.projection.invert!([x, y]) as [number, number]

/** Where each pin is drawn: an attack's disc, or the place itself. */
const drawnAt = (s: MapLayout['sites'][number]) => s.disc ?? s

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
  it('draws every place at its own coordinates, and each attack\'s disc over its own place', () => {
    for (const s of layout.sites) {
      const [lon, lat] = invert(s.x, s.y)
      expect(geoDistance([lon, lat], [s.place.lon, s.place.lat]) * 6371, `${s.place.id}, km off`).toBeLessThan(1)
      expect(Math.hypot(drawnAt(s).x - s.x, drawnAt(s).y - s.y), `${s.place.id}'s disc covers its place`).toBeLessThan(s.r)
    }
  })
  it('shows only places where something happened and the capitals that are actors\' seats', () => {
    expect(layout.sites.map(s => `${s.kind}:${s.place.id}`).sort()).toEqual([
      'attack:balad',
      'attack:erbil-airport',
      'attack:green-zone',
      'raid:tarmiyah',
      'seat:tehran',
      'strike:abu-kamal',
    ])
  })
  it('puts every place\'s label over that place\'s country or the sea', () => {
    for (const l of [...layout.labels, ...layout.countryLabels])
      expect(onOwnSide(l.box, l.country, layout.countryAt), l.id).toBe(true)
  })
  it('puts every place\'s label nearer its own pin than any other pin', () => {
    for (const l of layout.labels) {
      const own = layout.sites.find(s => `site:${s.place.id}` === l.id)!
      const d = distanceTo(l.box, drawnAt(own).x, drawnAt(own).y)
      for (const other of layout.sites.filter(s => s !== own))
        expect(distanceTo(l.box, drawnAt(other).x, drawnAt(other).y), `${l.id} vs ${other.place.id}`).toBeGreaterThanOrEqual(d)
    }
  })
  it('labels each country over that country, on the sphere as on the screen', () => {
    for (const l of layout.countryLabels) {
      for (const [x, y] of samplePoints(l.box))
        expect(geoContains(countryOf(l.country), invert(x, y)), `${l.id} at ${x},${y}`).toBe(true)
    }
  })
  it('computes the scale bar from the projection', () => {
    const [lon, lat] = invert(layout.bar.x, layout.bar.y)
    const [lon2, lat2] = invert(layout.bar.x + layout.bar.px, layout.bar.y)
    const km = geoDistance([lon, lat], [lon2, lat2]) * 6371
    expect(Math.abs(km - layout.bar.km) / layout.bar.km).toBeLessThan(0.02)
  })
  it('draws the headline\'s claim: each attack further south than the one before', () => {
    const ys = layout.sites.filter(s => s.number).sort((a, b) => a.number! - b.number!).map(s => s.y)
    expect(ys).toEqual([...ys].sort((a, b) => a - b))
  })
})

describe('the furniture', () => {
  /** Whether one of the boxes kept free of labels holds the whole of this one. */
  const kept = (b: Box) => layout.furniture.some(f => f.x <= b.x && f.y <= b.y && f.x + f.w >= b.x + b.w && f.y + f.h >= b.y + b.h)

  it('credits Natural Earth in the bottom-right corner, inside the frame, in room no label may take', () => {
    const { credit, frame } = layout
    expect(credit.text).toBe('Borders: Natural Earth')
    expect(frame.x + frame.w - credit.x, 'set flush right, 8 in from the edge').toBe(8)
    expect(frame.y + frame.h - credit.y, 'its baseline 10 above the foot').toBe(10)
    const w = textWidth(credit.text, MAP_FONT.furniture)
    expect(kept({ x: credit.x - w, y: credit.y - 16, w, h: 20 })).toBe(true)
  })

  it('sets the scale bar above the credit at the right, its length, its words and north in room kept for them', () => {
    const { bar, credit, frame } = layout
    expect(bar.x, 'in the right half').toBeGreaterThan(frame.x + frame.w / 2)
    expect(bar.y, 'its label row clear above the credit').toBeLessThan(credit.y - 20)
    const northRight = bar.x + bar.px + 14 + textWidth('N ↑', MAP_FONT.furniture)
    expect(northRight, 'north inside the frame, clear of the edge').toBeLessThan(frame.x + frame.w - 8)
    const km = textWidth(`${bar.km} km`, MAP_FONT.furniture)
    expect(kept({ x: bar.x, y: bar.y - 26, w: bar.px, h: 26 }), 'the bar and its label row').toBe(true)
    expect(kept({ x: bar.x + bar.px / 2 - km / 2, y: bar.y - 26, w: km, h: 20 }), 'its length in km').toBe(true)
    const north = textWidth('N ↑', MAP_FONT.furniture)
    expect(kept({ x: northRight - north, y: bar.y - 18, w: north, h: 18 }), 'north').toBe(true)
  })

  it('keeps the inset\'s room with a margin round it, and both panels, free of labels', () => {
    const { inset, panels } = layout
    expect(kept({ x: inset.x - 4, y: inset.y - 4, w: inset.w + 8, h: inset.h + 8 })).toBe(true)
    expect(kept(panels.east) && kept(panels.west)).toBe(true)
    // Top right, over the Caspian and Iran's north: it hid Iraq's western corner bottom left.
    expect(inset.x + inset.w).toBe(layout.frame.x + layout.frame.w - 8)
    expect(inset.y).toBe(layout.frame.y + 8)
    const under = new Set<string | undefined>()
    for (let x = inset.x - 4; x <= inset.x + inset.w + 4; x += 4) {
      for (let y = inset.y - 4; y <= inset.y + inset.h + 4; y += 4) under.add(layout.countryAt(x, y))
    }
    expect([...under].filter(Boolean).sort(), 'only Iran\'s north and its neighbours, no part of Iraq').toEqual(['Iran', 'Turkmenistan'])
    const near = (v: number, from: number, size: number) => v >= from - 4 && v <= from + size + 4
    const places = layout.sites.filter(s => near(s.x, inset.x, inset.w) && near(s.y, inset.y, inset.h))
    expect(places.map(s => s.place.id), 'no place of the story under it').toEqual([])
  })
})

describe('labels', () => {
  it('sets everything the audience reads at 18 px or more', () => {
    expect(Math.min(...Object.values(MAP_FONT))).toBeGreaterThanOrEqual(18)
  })
  it('no two labels overlap', () => {
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1))
        expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false)
    }
  })
  it('no label hides the inset, the scale bar, the credit or a panel', () => {
    for (const b of boxes) {
      for (const f of layout.furniture)
        expect(overlaps(b, f), `${b.id} over ${JSON.stringify(f)}`).toBe(false)
    }
  })
  it('no label covers a pin or a disc', () => {
    for (const b of boxes) {
      for (const s of layout.sites) {
        for (const p of [s, drawnAt(s)])
          expect(distanceTo(b, p.x, p.y), `${b.id} over ${s.place.id}`).toBeGreaterThan(s.r)
      }
    }
  })
  it('no leader runs through a label', () => {
    for (const b of boxes) {
      for (const l of leaders.filter(l => l.id !== b.id))
        expect(anyIn(l.line, b, 0), `${l.id}'s leader through ${b.id}`).toBe(false)
    }
  })
  it('fits each label\'s words in its box at the size drawn, names bold', () => {
    for (const l of layout.labels) {
      const widest = Math.max(...l.lines.map((t, i) => textWidth(t, MAP_FONT.place, { bold: i < l.nameLines })))
      expect(widest, l.id).toBeLessThanOrEqual(l.box.w + 0.01)
    }
  })
  it('everything stays inside the frame', () => {
    for (const b of boxes) {
      expect(b.x >= layout.frame.x && b.y >= layout.frame.y, b.id).toBe(true)
      expect(b.x + b.w <= layout.frame.x + layout.frame.w && b.y + b.h <= layout.frame.y + layout.frame.h, b.id).toBe(true)
    }
  })
})

describe('stages', () => {
  const shown = (stage: (typeof MAP_STAGES)[number], clicks?: number) => mapView(layout, { stage, clicks }).sites.map(s => s.place.id)
  it('opens on the first attack alone, with the capital that is an actor\'s seat', () => {
    expect(shown('erbil')).toEqual(['erbil-airport', 'tehran'])
    expect(stageSteps(layout, 'erbil')).toBe(0)
  })
  it('adds the week\'s attacks click by click, then the raid', () => {
    expect(stageSteps(layout, 'attacks')).toBe(4)
    expect(shown('attacks', 0)).toEqual(['tehran'])
    expect(shown('attacks', 1)).toEqual(['erbil-airport', 'tehran'])
    expect(shown('attacks', 3)).toEqual(['erbil-airport', 'balad', 'green-zone', 'tehran'])
    expect(shown('attacks', 4), 'the raid only in the enlargement: on the map its pin would sit under two discs').not.toContain('tarmiyah')
    expect(mapView(layout, { stage: 'attacks', clicks: 4 }).detail?.sites.map(s => s.place.id)).toContain('tarmiyah')
    expect(shown('attacks', 999999), 'the strike came after the article: not on the week\'s map').not.toContain('abu-kamal')
  })
  it('answers in Syria with the week in grey, the strike and the capital at full strength', () => {
    const v = mapView(layout, { stage: 'answer' })
    expect(v.sites.filter(s => !s.quiet).map(s => s.place.id)).toEqual(['tehran', 'abu-kamal'])
    const callout = v.panels.find(p => p.side === 'west')!
    const strike = v.sites.find(s => s.kind === 'strike')!
    const [, , x, y] = callout.leader!
    expect(Math.hypot(x - strike.x, y - strike.y), 'the callout\'s leader ends on the strike\'s pin').toBeCloseTo(strike.r, 5)
    expect(distanceTo(callout.box, strike.x, strike.y), 'the callout sits beside the strike, its leader short').toBeLessThan(80)
  })
  it('shares one base between its stages: the same labels in the same places, nothing moved', () => {
    const where = (stage: (typeof MAP_STAGES)[number]) => new Map(mapView(layout, { stage }).sites.map(s => [s.place.id, s.words?.box]))
    const all = new Map(layout.labels.map(l => [l.id.replace('site:', ''), l.box]))
    expect(where('cover').size, 'the cover: every pin but the raid, which the week\'s map enlarges').toBe(layout.sites.length - 1)
    for (const stage of MAP_STAGES) {
      for (const [id, box] of where(stage))
        expect(box, `${id} on ${stage}`).toEqual(all.get(id))
    }
  })
  it('says what each step shows in its description', () => {
    expect(mapView(layout, { stage: 'attacks', clicks: 0 }).description).not.toMatch(/Erbil/)
    expect(mapView(layout, { stage: 'attacks', clicks: 1 }).description).toContain('Attack 1: Erbil airport, 15 Feb, Iraq.')
    expect(mapView(layout, { stage: 'attacks', clicks: 4 }).description).toContain('Tarmiyah, Iraq: Iraqi raid on Daesh, 20 Feb.')
    expect(mapView(layout, { stage: 'answer' }).description).toContain('Abu Kamal, Syria: US strikes, 25–26 Feb.')
    expect(mapView(layout, { stage: 'answer' }).description).toContain('The week\'s attacks are in grey.')
    expect(mapView(layout, { stage: 'attacks', clicks: 4 }).description)
      .toMatch(/A box enlarges the 3 places around Baghdad [\d.]+ times: Balad air base, Tarmiyah, Green Zone, Baghdad, north to south\./)
    expect(mapView(layout, { stage: 'attacks', clicks: 3 }).description).not.toMatch(/enlarges/)
  })
})

describe('the enlargement round Baghdad', () => {
  let detail: NonNullable<MapLayout['detail']>
  beforeEach(() => {
    detail = layout.detail!
  })
  const mapped = (id: string) => layout.sites.find(s => s.place.id === id)!
  const drawn = (id: string) => detail.sites.find(s => s.place.id === id)!
  it('holds the raid and the two attacks crowded round it, and nothing else', () => {
    expect(detail.sites.map(s => s.place.id), 'north to south').toEqual(['balad', 'tarmiyah', 'green-zone'])
    expect(layout.labels.map(l => l.id), 'the raid is named in the enlargement only').not.toContain('site:tarmiyah')
  })
  it('enlarges every distance by one factor, so that it is as true as the map', () => {
    expect(detail.k).toBeGreaterThan(2)
    const ids = detail.sites.map(s => s.place.id)
    for (const a of ids) {
      for (const b of ids.filter(b => b > a)) {
        const onMap = Math.hypot(mapped(a).x - mapped(b).x, mapped(a).y - mapped(b).y)
        const enlarged = Math.hypot(drawn(a).x - drawn(b).x, drawn(a).y - drawn(b).y)
        expect(enlarged / onMap, `${a}–${b}`).toBeCloseTo(detail.k, 6)
      }
    }
    const north = [...detail.sites].sort((a, b) => a.y - b.y).map(s => s.place.id)
    expect(north).toEqual([...layout.sites].filter(s => ids.includes(s.place.id)).sort((a, b) => a.y - b.y).map(s => s.place.id))
  })
  it('draws its scale bar k times the map\'s length for the same distance', () => {
    const [lon, lat] = invert(detail.centre[0], detail.centre[1])
    const [lon2, lat2] = invert(detail.centre[0] + detail.bar.px / detail.k, detail.centre[1])
    expect(geoDistance([lon, lat], [lon2, lat2]) * 6371 / detail.bar.km).toBeCloseTo(1, 1)
  })
  it('sits in the east panel the week\'s map leaves free, with its words inside it, none over another or over a pin', () => {
    expect(detail.box).toEqual(layout.panels.east)
    const words = detail.sites.map(s => ({ id: s.words.id, ...s.words.box }))
    for (const [i, w] of words.entries()) {
      expect(w.x >= detail.box.x && w.x + w.w <= detail.box.x + detail.box.w, w.id).toBe(true)
      expect(w.y >= detail.box.y && w.y + w.h <= detail.box.y + detail.box.h, w.id).toBe(true)
      for (const o of words.slice(i + 1))
        expect(overlaps(w, o), `${w.id} / ${o.id}`).toBe(false)
      for (const s of detail.sites)
        expect(distanceTo(w, s.x, s.y), `${w.id} over ${s.place.id}`).toBeGreaterThan(s.r)
    }
  })
  it('titles itself top left with its factor, its scale bar bottom left, and no name over either', () => {
    const { box, title, bar, k } = detail
    expect(title.text).toBe(`Dashed box, enlarged ${k.toFixed(1)}×`)
    const titleW = textWidth(title.text, MAP_FONT.place, { bold: true })
    const titleBox = { x: title.x, y: title.y - MAP_FONT.place, w: titleW, h: MAP_FONT.place + 4 }
    expect(titleBox.x - box.x, 'the title at the left').toBeLessThanOrEqual(12)
    expect(titleBox.y - box.y, 'the title at the top').toBeLessThanOrEqual(12)
    expect(titleBox.x + titleBox.w).toBeLessThanOrEqual(box.x + box.w)
    expect(bar.x - box.x, 'the bar at the left').toBeLessThanOrEqual(14)
    expect(box.y + box.h - bar.y, 'the bar at the foot').toBeLessThanOrEqual(10)
    expect(bar.y).toBeLessThanOrEqual(box.y + box.h)
    const barBox = { x: bar.x, y: bar.y - 18, w: bar.px + 12 + textWidth(`${bar.km} km`, MAP_FONT.furniture), h: 24 }
    expect(barBox.x + barBox.w).toBeLessThanOrEqual(box.x + box.w)
    for (const s of detail.sites) {
      expect(overlaps(s.words.box, titleBox), `${s.place.id} over the title`).toBe(false)
      expect(overlaps(s.words.box, barBox), `${s.place.id} over the bar`).toBe(false)
      expect(s.words.box.x, `${s.place.id} inside the panel's margin`).toBeGreaterThanOrEqual(box.x + 4)
      expect(s.words.box.y + s.words.box.h, `${s.place.id} inside the panel's margin`).toBeLessThanOrEqual(box.y + box.h - 4)
    }
    // An attack is named here by its place alone: its date is on its label on the map.
    const attackNames = detail.sites.filter(s => s.kind === 'attack').map(s => s.words.lines.join(' '))
    expect(attackNames).toEqual(['Balad air base', 'Green Zone, Baghdad'])
  })

  it('marks on the map exactly the ground it shows, every crowded disc inside the mark and no label over it', () => {
    expect(detail.mark.w / detail.box.w).toBeCloseTo(1 / detail.k, 6)
    expect(detail.mark.h / detail.box.h).toBeCloseTo(1 / detail.k, 6)
    for (const s of detail.sites) {
      const at = drawnAt(mapped(s.place.id))
      expect(at.x - s.r >= detail.mark.x && at.x + s.r <= detail.mark.x + detail.mark.w, `${s.place.id} inside the mark`).toBe(true)
      expect(at.y - s.r >= detail.mark.y && at.y + s.r <= detail.mark.y + detail.mark.h, `${s.place.id} inside the mark`).toBe(true)
      const { x: mx, y: my } = mapped(s.place.id)
      const [x, y] = [detail.at[0] + (mx - detail.centre[0]) * detail.k, detail.at[1] + (my - detail.centre[1]) * detail.k]
      expect(Math.hypot(x - s.x, y - s.y), `${s.place.id} where the mark puts it`).toBeLessThan(1e-6)
    }
    for (const b of boxes)
      expect(overlaps(b, detail.mark), `${b.id} over the mark`).toBe(false)
  })
})

describe('no label reads as a neighbour\'s caption', () => {
  // The finding that made the enlargement: the raid's words sat level with ③, a few units from its disc.
  const level = (box: { y: number, h: number }, y: number, r: number) => box.y < y + r && y - r < box.y + box.h
  const gap = (box: { x: number, w: number }, x: number, r: number) => Math.max(box.x - (x + r), x - r - (box.x + box.w), 0)
  it('on the map and in the enlargement, no label sits level with another place\'s pin within 60 units', () => {
    const groups = [
      { name: 'map', sites: layout.sites.map(s => ({ id: s.place.id, ...drawnAt(s), r: s.r })), labels: layout.labels },
      {
        name: 'enlargement',
        sites: layout.detail!.sites.map(s => ({ id: s.place.id, x: s.x, y: s.y, r: s.r })),
        labels: layout.detail!.sites.map(s => s.words),
      },
    ]
    for (const g of groups) {
      for (const l of g.labels) {
        for (const p of g.sites.filter(p => !l.id.endsWith(`:${p.id}`))) {
          if (level(l.box, p.y, p.r))
            expect(gap(l.box, p.x, p.r), `${g.name}: ${l.id} level with ${p.id}`).toBeGreaterThanOrEqual(60)
        }
      }
    }
  })
})
