import type { Pt } from '../../charts/geometry'
import type { NetNode, Sketch } from '../../charts/network/model'
import { describe, expect, it } from 'vitest'
import { bezier, dist, pointIn, pointsAlong, pointSegment, samplePath } from '../../charts/geometry'
import { BENDS, CLEAR, HEAD, MAX_BENDS, WEIGHT } from '../../charts/network/model'
import { away, bendOptions, clearOf, curveBetween, drawnLine, lineClash } from '../../charts/network/routes'

// How the network's lines are routed, on a few made-up nodes where the right route can be seen: bowed to the side
// asked, clear of every other actor and of the frame's edge, cut back at both ends so no line touches a mark, and how
// badly two lines get in each other's way.

const frame = { width: 600, height: 300 }
function node(key: string, x: number, y: number, r = 22): NetNode {
  const half = r * 1.12 + 2
  return {
    key,
    id: key,
    name: key,
    x,
    y,
    r,
    layer: 0,
    row: 0,
    box: { x: x - half, y: y - half, w: 2 * half, h: 2 * half },
    label: { text: key, box: { x, y, w: 0, h: 0 }, x, y, anchor: 'middle' },
  }
}
const a = node('a', 100, 150)
const b = node('b', 500, 150)
function sketch(from: NetNode, to: NetNode, bend = 0): Sketch {
  return ({ from, to, bend, full: curveBetween(from, to, bend), samples: samplePath(curveBetween(from, to, bend), 48) }) as Sketch
}

describe('a relation\'s curve', () => {
  it('runs straight with no bend, and bows by the bend at its middle, to the right of travel for a positive bend', () => {
    expect(bezier(curveBetween(a, b, 0), 0.5)).toEqual([300, 150])
    const down = bezier(curveBetween(a, b, 40), 0.5)
    expect(down[0]).toBeCloseTo(300, 6)
    expect(down[1], 'travelling east, right is south on the screen').toBeCloseTo(190, 6)
    const back = bezier(curveBetween(b, a, 40), 0.5)
    expect(back[1], 'travelling west, right is north').toBeCloseTo(110, 6)
    const diagonal = curveBetween(node('p', 0, 0), node('q', 300, 400), 50)
    expect(pointSegment(bezier(diagonal, 0.5), [0, 0], [300, 400])).toBeCloseTo(50, 6)
  })

  it('is offered straight first where nothing is in the way, at most eight ways', () => {
    const options = bendOptions(a, b, [a, b], frame)
    expect(options[0]).toBe(0)
    expect(options).toEqual(BENDS.slice(0, MAX_BENDS))
  })

  it('bows round an actor in its way, never through it, and never out of the frame', () => {
    const between = node('c', 300, 150)
    const options = bendOptions(a, b, [a, b, between], frame)
    expect(options).not.toContain(0)
    expect(options.length).toBeGreaterThan(0)
    for (const bend of options) {
      const samples = samplePath(curveBetween(a, b, bend), 32)
      expect(samples.some(p => pointIn(p, between.box, CLEAR)), `bend ${bend}`).toBe(false)
      expect(samples.every(([x, y]) => x >= 6 && y >= 6 && x <= frame.width - 6 && y <= frame.height - 6), `bend ${bend}`).toBe(true)
    }
    const nearTop = bendOptions(node('a', 100, 40), node('b', 500, 40), [], frame)
    expect(nearTop.every(bend => bend >= -60), 'no bow of more than 60 upward from 40 below the top').toBe(true)
    const corner = bendOptions(node('a', 100, 40), node('b', 500, 40), [], { width: 600, height: 80 })
    expect(corner.every(bend => Math.abs(bend) <= 60), 'nor downward past the bottom').toBe(true)
  })

  it('is never straight for one of two relations running opposite ways, which would lie on each other', () => {
    const options = bendOptions(a, b, [a, b], frame, { reciprocal: true })
    expect(options.every(bend => Math.abs(bend) >= 30)).toBe(true)
    expect(options.length).toBe(MAX_BENDS)
  })
})

describe('two lines in each other\'s way', () => {
  it('clash not at all when apart, a little alongside each other, much where they cross', () => {
    const along = (y0: number, y1 = y0): Pt[] => pointsAlong([150, y0], [450, y1], 30)
    expect(lineClash(along(100), along(200)), 'far apart').toBe(0)
    expect(lineClash([], along(200)), 'no points').toBe(0)
    expect(lineClash(along(100), along(105)), 'alongside').toBe(WEIGHT.lineAlongside * 31)
    // Diverging from 5 to 35 apart: within 10 units of the other for its first five points only.
    expect(lineClash(along(100), along(105, 135)), 'alongside, then apart').toBe(WEIGHT.lineAlongside * 5)
    // Crossing between two of their sample points: a crossing at a shared point is a touch, not a cross.
    const crossing = lineClash(along(100, 200), along(200, 101))
    expect(crossing).toBeGreaterThanOrEqual(WEIGHT.lineCrossing)
    expect(crossing).toBeLessThan(2 * WEIGHT.lineCrossing + WEIGHT.lineAlongside * 31)
    const coarse = along(200, 101).filter((_, i) => i % 3 === 0)
    expect(lineClash(along(100, 200), coarse), 'sampled 30 apart').toBeGreaterThanOrEqual(WEIGHT.lineCrossing)
    const jump: Pt[] = [[150, 200], [450, 101]]
    expect(lineClash(along(100, 200), jump), 'a jump of 300 between two points is no line to judge').toBeLessThan(WEIGHT.lineCrossing)
  })

  it('are judged away from their ends: clear of their own nodes, closer by a node the other does not touch', () => {
    const k = sketch(a, b)
    const farFromEnds = away(k)
    expect(farFromEnds.length).toBeGreaterThan(0)
    expect(farFromEnds.length).toBeLessThan(k.samples.length)
    for (const p of farFromEnds) {
      expect(dist(p, [a.x, a.y])).toBeGreaterThan(a.r + 26)
      expect(dist(p, [b.x, b.y])).toBeGreaterThan(b.r + 26)
    }
    const sharing = sketch(a, node('c', 300, 50))
    const notSharing = sketch(node('d', 300, 280), node('e', 300, 20))
    const nearA = (pts: Pt[]) => Math.min(...pts.map(p => dist(p, [a.x, a.y])))
    expect(nearA(clearOf(k, sharing)), 'a node both lines share').toBeGreaterThan(a.r + 26)
    expect(nearA(clearOf(k, notSharing)), 'a node only this line touches').toBeLessThanOrEqual(a.r + 26)
    expect(nearA(clearOf(k, notSharing))).toBeGreaterThan(a.r + 6)
  })
})

describe('the drawn line', () => {
  it('starts 4 off its source\'s mark and ends in an arrowhead whose tip stops 4 short of its target\'s', () => {
    for (const bend of [0, 60]) {
      const full = curveBetween(a, b, bend)
      const { curve, head } = drawnLine(full, a, b)
      expect(dist(curve[0], [a.x, a.y]), `bend ${bend}: start`).toBeCloseTo(a.r + 4, 1)
      const tip = head.match(/^M(-?[\d.]+),(-?[\d.]+)/)!.slice(1).map(Number) as Pt
      expect(dist(tip, [b.x, b.y]), `bend ${bend}: tip`).toBeCloseTo(b.r + 4, 0)
      // The line runs 2 units into the head's base, so no gap shows between them.
      expect(dist(curve[2], [b.x, b.y]), `bend ${bend}: line's end`).toBeCloseTo(b.r + 4 + HEAD - 2, 1)
    }
  })
})
