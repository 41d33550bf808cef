import type { Box, Pt } from '../../charts/geometry'
import type { CountryAt, Site } from '../../charts/map/model'
import type { Place } from '../../data'
import { describe, expect, it } from 'vitest'
import { centreOf, distanceTo, overlaps, within } from '../../charts/geometry'
import { textWidth } from '../../charts/labels'
import {
  CAPTION_CLEAR,
  labelShapes,
  levelWithAnother,
  onOwnSide,
  placeBeside,
  placeSiteLabels,
  samplePoints,
} from '../../charts/map/labels'
import { LINE, MAP_FONT } from '../../charts/map/model'

// How a place's name finds its spot, on small made-up maps where the right answer can be seen: beside its pin, on its
// own country's side of a border, never nearer another pin than its own, tied back by a leader line when it is pushed
// away. The real map's labels are tested in map.test.ts; these test the rule itself, one constraint at a time.

const frame: Box = { x: 0, y: 0, w: 400, h: 300 }
const pin = { id: 'here', x: 200, y: 150, r: 6, w: 60, h: 20 }
const land: CountryAt = () => 'Iraq'
function place(taken: Box[] = [], countryAt: CountryAt = land, pins: Pt[] = [], clear?: (b: Box) => boolean, o = pin) {
  return placeBeside(o, frame, taken, countryAt, pins, clear)
}

describe('a place\'s name', () => {
  it('sits just right of its pin when nothing is in the way, level with it, with no leader line', () => {
    const { box, leader, fits } = place()
    expect(fits).toBe(true)
    expect(leader).toBeUndefined()
    expect(box).toEqual({ x: pin.x + pin.r + 4, y: pin.y - pin.h / 2, w: pin.w, h: pin.h })
  })

  it('moves to the left when the right is taken, by the frame\'s edge or by another label', () => {
    const left = { x: pin.x - pin.r - 4 - pin.w, y: pin.y - pin.h / 2, w: pin.w, h: pin.h }
    expect(place([{ x: 210, y: 140, w: 30, h: 20 }]).box).toEqual(left)
    const atEdge = { ...pin, x: 380 }
    const { box } = place([], land, [], undefined, atEdge)
    expect(within(box, frame)).toBe(true)
    expect(box.x + box.w, 'left of the pin').toBeLessThan(atEdge.x)
  })

  it('stays on its own country\'s side of a border, the sea counting as no one\'s', () => {
    const border: CountryAt = x => (x > 205 ? 'Iran' : 'Iraq')
    const { box } = place([], border, [], undefined, { ...pin, country: 'Iraq' } as typeof pin)
    expect(onOwnSide(box, 'Iraq', border)).toBe(true)
    expect(box.x + box.w).toBeLessThanOrEqual(205)
    const sea: CountryAt = x => (x > 205 ? undefined : 'Iraq')
    expect(place([], sea, [], undefined, { ...pin, country: 'Iraq' } as typeof pin).box.x, 'over the sea is fine').toBe(210)
  })

  it('looks first on the side away from a near pin, and never sits nearer another pin than its own', () => {
    const neighbour: Pt = [250, 150]
    const { box } = place([], land, [neighbour, [pin.x, pin.y]])
    expect(box.x + box.w, 'left, away from the pin on the right').toBeLessThan(pin.x)
    const far: Pt = [390, 150]
    expect(place([], land, [far]).box.x, 'a pin 190 away does not push it').toBe(210)
    // Pushed out past its first rings, the first free spot on the right lies 18 from a pin 130 away, and 52 from its own.
    const around = [{ x: 120, y: 60, w: 130, h: 180 }]
    const other: Pt = [330, 150]
    const pushed = place(around, land, [other]).box
    expect(distanceTo(pushed, pin.x, pin.y)).toBeLessThanOrEqual(distanceTo(pushed, ...other))
  })

  it('goes first to the side away from the nearest pin within 80, even where its usual side is free', () => {
    // A pin 60 below: the right is free and far enough from it, but a name between two pins reads as either's.
    const above = { x: pin.x - pin.w / 2, y: pin.y - pin.r - 4 - pin.h, w: pin.w, h: pin.h }
    const own: Pt = [pin.x, pin.y]
    const below: Pt = [pin.x, pin.y + 60]
    const farRight: Pt = [pin.x + 100, pin.y]
    expect(place([], land, [own, farRight, below]).box, 'the nearest of the other pins counts').toEqual(above)
    const upLeft = { x: pin.x - pin.r - 4 - pin.w, y: pin.y - pin.r - 4 - pin.h, w: pin.w, h: pin.h }
    expect(place([], land, [[pin.x + 60, pin.y + 20]]).box, 'away from one below right: up and to the left').toEqual(upLeft)
    expect(place([], land, [[pin.x, pin.y + 80]]).box.x, 'a pin 80 below is far enough').toBe(pin.x + pin.r + 4)
  })

  it('is tied back by a leader line from its pin when pushed beyond the first ring, unless allowed further', () => {
    const ring = [{ x: 120, y: 110, w: 160, h: 80 }]
    const { box, leader, fits } = place(ring)
    expect(fits).toBe(true)
    expect(overlaps(box, ring[0], 2)).toBe(false)
    expect(leader, 'a leader').toBeDefined()
    const [x0, y0, x1, y1] = leader!
    expect([x0, y0]).toEqual([pin.x, pin.y])
    expect(distanceTo(box, x1, y1), 'the leader ends on the box').toBeCloseTo(0, 6)
    expect(place(ring, land, [], undefined, { ...pin, leaderBeyond: 200 } as typeof pin).leader, 'allowed further').toBeUndefined()
  })

  it('obeys the caller\'s own rule for a spot', () => {
    const { box } = place([], land, [], b => centreOf(b)[0] < pin.x)
    expect(centreOf(box)[0]).toBeLessThan(pin.x)
  })

  it('says so when there is no room anywhere, and offers the first spot it tried', () => {
    const { box, fits } = place([frame])
    expect(fits).toBe(false)
    expect(box).toEqual(place().box)
  })
})

describe('a name level with another pin', () => {
  const box: Box = { x: 100, y: 90, w: 60, h: 20 }
  it('reads as that pin\'s caption when near it across, not when far, above, below or its own', () => {
    expect(levelWithAnother(box, { x: 0, y: 0 }, [[200, 100]], 6)).toBe(true)
    expect(levelWithAnother(box, { x: 0, y: 0 }, [[160 + 6 + CAPTION_CLEAR + 1, 100]], 6)).toBe(false)
    expect(levelWithAnother(box, { x: 0, y: 0 }, [[100 - 6 - CAPTION_CLEAR + 2, 100]], 6), 'on the left too').toBe(true)
    expect(levelWithAnother(box, { x: 0, y: 0 }, [[100 - 6 - CAPTION_CLEAR - 2, 100]], 6), 'far on the left').toBe(false)
    expect(levelWithAnother(box, { x: 0, y: 0 }, [[130, 60]], 6), 'above').toBe(false)
    expect(levelWithAnother(box, { x: 0, y: 0 }, [[130, 120]], 6), 'below').toBe(false)
    expect(levelWithAnother(box, { x: 200, y: 100 }, [[200, 100]], 6), 'its own').toBe(false)
    expect(levelWithAnother(box, { x: 200, y: 0 }, [[200, 100]], 6), 'another pin straight below its own').toBe(true)
    expect(levelWithAnother(box, { x: 0, y: 100 }, [[200, 100]], 6), 'another pin level with its own').toBe(true)
    expect(levelWithAnother(box, { x: 0, y: 0 }, [[160 + 6 + CAPTION_CLEAR, 100]], 6), 'exactly the clearance away').toBe(false)
    expect(levelWithAnother(box, { x: 0, y: 0 }, [[130, 90 - 6]], 6), 'touching its top edge').toBe(false)
    expect(levelWithAnother(box, { x: 0, y: 0 }, [[130, 110 + 6]], 6), 'touching its foot').toBe(false)
  })
})

describe('a label\'s sample points', () => {
  it('are its corners, the middles of its sides and its centre', () => {
    expect(samplePoints({ x: 10, y: 20, w: 30, h: 40 }).sort()).toEqual([
      [10, 20],
      [10, 40],
      [10, 60],
      [25, 20],
      [25, 40],
      [25, 60],
      [40, 20],
      [40, 40],
      [40, 60],
    ])
  })

  it('must all lie over the label\'s own country or the sea', () => {
    const b: Box = { x: 10, y: 20, w: 30, h: 40 }
    expect(onOwnSide(b, 'Iraq', (x, y) => (x === 40 && y === 60 ? 'Iran' : 'Iraq')), 'one corner over Iran').toBe(false)
    expect(onOwnSide(b, 'Iraq', () => undefined)).toBe(true)
  })
})

describe('a label\'s shapes, for where a border leaves little room', () => {
  it('are the lines as written, then broken at commas, then the name in two halves, then a word a line', () => {
    expect(labelShapes(['Green Zone, Baghdad', '3 rockets, 22 Feb']).map(s => `${s.nameLines}: ${s.lines.join(' / ')}`))
      .toMatchInlineSnapshot(`
        [
          "1: Green Zone, Baghdad / 3 rockets, 22 Feb",
          "1: Green Zone, Baghdad / 3 rockets, / 22 Feb",
          "2: Green Zone, / Baghdad / 3 rockets, 22 Feb",
          "2: Green Zone, / Baghdad / 3 rockets, / 22 Feb",
          "3: Green / Zone, / Baghdad / 3 rockets, 22 Feb",
          "3: Green / Zone, / Baghdad / 3 rockets, / 22 Feb",
        ]
      `)
    expect(labelShapes(['Erbil airport', 'about 14 rockets, 15 Feb']).map(s => `${s.nameLines}: ${s.lines.join(' / ')}`))
      .toMatchInlineSnapshot(`
        [
          "1: Erbil airport / about 14 rockets, 15 Feb",
          "1: Erbil airport / about 14 rockets, / 15 Feb",
          "2: Erbil / airport / about 14 rockets, 15 Feb",
          "2: Erbil / airport / about 14 rockets, / 15 Feb",
        ]
      `)
    expect(labelShapes(['Balad air base', '4 rockets']).map(s => `${s.nameLines}: ${s.lines.join(' / ')}`))
      .toMatchInlineSnapshot(`
        [
          "1: Balad air base / 4 rockets",
          "2: Balad / air base / 4 rockets",
          "3: Balad / air / base / 4 rockets",
        ]
      `)
  })

  it('split a name of four words two and two', () => {
    expect(labelShapes(['Al Asad air base'])[1]).toEqual({ lines: ['Al Asad', 'air base'], nameLines: 2 })
  })

  it('are each made once: a one-word name with nothing to break has one shape', () => {
    expect(labelShapes(['Tehran'])).toEqual([{ lines: ['Tehran'], nameLines: 1 }])
  })
})

describe('the places\' names on a map', () => {
  const erbil = { id: 'erbil', name: 'Erbil airport', lat: 36.2, lon: 44, kind: 'base', country: 'Iraq', sources: ['ap'] } as Place
  const site = (at: Pt, lines: string[], place = erbil): Site => ({ kind: 'attack', place, x: at[0], y: at[1], r: 6, lines })
  const wide = (lines: string[], nameLines: number) =>
    Math.max(...lines.map((t, i) => textWidth(t, MAP_FONT.place, { bold: i < nameLines })))

  it('take the fewer lines where two shapes sit as near, and the name in two halves where only that fits, in bold', () => {
    const one = wide(['Erbil airport'], 1)
    // Room above the pin for the name on one line, not beside it: a frame the pin's width and a bit.
    const frame: Box = { x: 0, y: 0, w: one + 20, h: 300 }
    const room = { frame, countryAt: land, pins: [] as Pt[] }
    const [above] = placeSiteLabels([site([frame.w / 2, 150], ['Erbil airport'])], room, [])
    expect(above.lines).toEqual(['Erbil airport'])
    expect(above.box).toEqual({ x: frame.w / 2 - one / 2, y: 150 - 6 - 4 - LINE, w: one, h: LINE })
    // Above and below taken, and room on the right for the name's longer half only: the name in two halves, beside the
    // pin, is the one shape that fits.
    const half = wide(['Erbil', 'airport'], 2)
    const pin: Pt = [30, 150]
    const narrow = { frame: { x: 0, y: 0, w: pin[0] + 6 + 4 + half + 2, h: 300 }, countryAt: land, pins: [] as Pt[] }
    const over = { x: 0, y: 0, w: narrow.frame.w, h: pin[1] - LINE - 2 }
    const under = { x: 0, y: pin[1] + LINE + 2, w: narrow.frame.w, h: 100 }
    const [beside] = placeSiteLabels([site(pin, ['Erbil airport'])], narrow, [over, under])
    expect(beside.lines).toEqual(['Erbil', 'airport'])
    expect(beside.nameLines, 'both halves of the name in bold').toBe(2)
    const { x, y, w, h } = beside.box
    const cents = (v: number) => Math.round(v * 100) / 100
    expect([x, y, w, h].map(cents)).toEqual([pin[0] + 6 + 4, pin[1] - LINE, cents(half), 2 * LINE])
  })

  it('stop the build naming the label, its country and its record where there is no room for it', () => {
    const room = { frame: { x: 0, y: 0, w: 20, h: 20 }, countryAt: land, pins: [] as Pt[] }
    expect(() => placeSiteLabels([site([10, 10], ['Erbil airport'])], room, []))
      .toThrow('map: no room for the label "Erbil airport" over Iraq (data/places.ts, erbil)')
  })
})
