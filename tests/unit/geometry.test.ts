import type { Box, Curve, Pt } from '../../charts/geometry'
import { describe, expect, it } from 'vitest'
import {
  anyIn,
  arrowhead,
  bezier,
  bounds,
  boxAt,
  centreOf,
  curvePath,
  dist,
  distanceTo,
  nearestOn,
  overlaps,
  pointIn,
  pointsAlong,
  pointSegment,
  samplePath,
  segmentsCross,
  subCurve,
  tAtDistance,
  within,
} from '../../charts/geometry'

// The plane every figure stands on. Each rule here decides whether two things on a slide touch, so each is tested at
// its edge: boxes that share a side, a point on a border, a segment's end. A rule off by one there draws a label on a
// line or calls a clear spot taken.

const box: Box = { x: 10, y: 20, w: 30, h: 40 }
/** The four boxes of box's size that share one of its sides, and the four that reach one unit over it. */
function sides(by: number): Box[] {
  return [
    { ...box, x: box.x - box.w + by },
    { ...box, x: box.x + box.w - by },
    { ...box, y: box.y - box.h + by },
    { ...box, y: box.y + box.h - by },
  ]
}

describe('boxes', () => {
  it('touch without overlapping when they share a side, and overlap when one reaches over it', () => {
    for (const b of sides(0)) {
      expect(overlaps(box, b), JSON.stringify(b)).toBe(false)
      expect(overlaps(b, box), JSON.stringify(b)).toBe(false)
      expect(overlaps(box, b, 0.5), `${JSON.stringify(b)} with a margin`).toBe(true)
    }
    for (const b of sides(1))
      expect(overlaps(box, b), JSON.stringify(b)).toBe(true)
  })

  it('lie within a frame up to its very edge, and not one unit past it, or past the margin asked for', () => {
    const frame: Box = { x: 0, y: 0, w: 100, h: 80 }
    const square = (x: number, y: number): Box => ({ x, y, w: 20, h: 20 })
    const flush = [square(0, 10), square(80, 10), square(10, 0), square(10, 60)]
    const out = [square(-1, 10), square(81, 10), square(10, -1), square(10, 61)]
    for (const b of flush) {
      expect(within(b, frame), JSON.stringify(b)).toBe(true)
      expect(within(b, frame, 1), `${JSON.stringify(b)} kept 1 from the edge`).toBe(false)
    }
    for (const b of out)
      expect(within(b, frame), JSON.stringify(b)).toBe(false)
    expect(within({ x: 5, y: 5, w: 90, h: 70 }, frame, 5)).toBe(true)
  })

  it('are centred where asked, and their centre is their middle', () => {
    expect(boxAt(50, 40, 20, 10)).toEqual({ x: 40, y: 35, w: 20, h: 10 })
    expect(centreOf(box)).toEqual([25, 40])
  })

  it('hold the points strictly inside them, a border point only with a margin', () => {
    expect(pointIn([25, 40], box)).toBe(true)
    const border: Pt[] = [[10, 40], [40, 40], [25, 20], [25, 60]]
    for (const p of border) {
      expect(pointIn(p, box), `${p} on the border`).toBe(false)
      expect(pointIn(p, box, 0.5), `${p} with a margin`).toBe(true)
    }
    expect(pointIn([8.6, 40], box, 1), 'past the margin').toBe(false)
  })

  it('are crossed by a sampled line when any one of its points falls in them, by default within 2 units', () => {
    expect(anyIn([[0, 0], [25, 40], [100, 100]], box)).toBe(true)
    expect(anyIn([[0, 0], [100, 100]], box)).toBe(false)
    expect(anyIn([[8.5, 40]], box), '1.5 units out, inside the default 2').toBe(true)
    expect(anyIn([[8.5, 40]], box, 1)).toBe(false)
  })

  it('are met by a leader line at their nearest point, and measured from it', () => {
    expect(nearestOn(box, 25, 40), 'inside: the point itself').toEqual([25, 40])
    expect(nearestOn(box, 0, 40)).toEqual([10, 40])
    expect(nearestOn(box, 100, 40)).toEqual([40, 40])
    expect(nearestOn(box, 25, 0)).toEqual([25, 20])
    expect(nearestOn(box, 25, 100)).toEqual([25, 60])
    expect(nearestOn(box, 0, 0), 'a corner').toEqual([10, 20])
    expect(distanceTo(box, 25, 40)).toBe(0)
    expect(distanceTo(box, 0, 40)).toBe(10)
    expect(distanceTo(box, 43, 64), 'from the corner: 3, 4, 5').toBe(5)
  })

  it('bound a set of points tightly', () => {
    expect(bounds([[3, 9], [-1, 4], [7, 2]])).toEqual({ x: -1, y: 2, w: 8, h: 7 })
  })
})

describe('segments', () => {
  it('are sampled evenly, both ends included', () => {
    const pts = pointsAlong([0, 10], [40, 30], 4)
    expect(pts).toEqual([[0, 10], [10, 15], [20, 20], [30, 25], [40, 30]])
    expect(pointsAlong([0, 0], [1, 1])).toHaveLength(25)
  })

  it('cross only where they pass through each other, not where one ends on the other or they share an end', () => {
    expect(segmentsCross([0, 0], [10, 10], [0, 10], [10, 0]), 'an X').toBe(true)
    expect(segmentsCross([0, 0], [10, 0], [5, 0], [5, 10]), 'a T').toBe(false)
    expect(segmentsCross([0, 0], [10, 0], [10, 0], [20, 5]), 'end to end').toBe(false)
    expect(segmentsCross([0, 0], [10, 0], [0, 5], [10, 5]), 'parallel').toBe(false)
    expect(segmentsCross([0, 0], [10, 10], [20, 0], [11, 9]), 'would cross if longer').toBe(false)
    // Lines that share a node meet there and do not cross: the row search counts on it.
    expect(segmentsCross([0, 0], [10, 3], [0, 0], [10, -7]), 'a fan from one start').toBe(false)
    expect(segmentsCross([0.1, 0.3], [10.7, 3.3], [0.9, -7.1], [10.7, 3.3]), 'a fan into one end, off the grid').toBe(false)
    expect(segmentsCross([0, 0], [10, 5], [0, 0], [20, 10]), 'one along the other from a shared start').toBe(false)
  })

  it('are as far from a point as its nearest point on them', () => {
    expect(pointSegment([5, 3], [0, 0], [10, 0]), 'beside the middle').toBe(3)
    expect(pointSegment([13, 4], [0, 0], [10, 0]), 'past the end: to the end').toBe(5)
    expect(pointSegment([-3, -4], [0, 0], [10, 0]), 'before the start: to the start').toBe(5)
    expect(pointSegment([3, 4], [0, 0], [0, 0]), 'a segment of no length: its one point').toBe(5)
    expect(pointSegment([4, 7], [0, 10], [10, 0]), 'a slanting segment').toBeCloseTo(Math.SQRT2 / 2, 10)
  })
})

describe('the one quadratic curve', () => {
  const curve: Curve = [[0, 0], [50, 100], [100, 0]]

  it('starts, peaks and ends where its points say', () => {
    expect(bezier(curve, 0)).toEqual([0, 0])
    expect(bezier(curve, 0.5)).toEqual([50, 50])
    expect(bezier(curve, 1)).toEqual([100, 0])
    const pts = samplePath(curve, 4)
    expect(pts).toEqual([[0, 0], [25, 37.5], [50, 50], [75, 37.5], [100, 0]])
    expect(samplePath(curve)).toHaveLength(49)
  })

  it('keeps its shape when cut: a piece runs along the whole curve', () => {
    const piece = subCurve(curve, 0.25, 0.75)
    for (const t of [0, 0.3, 0.5, 1]) {
      const [[x, y], [x1, y1]] = [bezier(piece, t), bezier(curve, 0.25 + t / 2)]
      expect(x).toBeCloseTo(x1, 10)
      expect(y).toBeCloseTo(y1, 10)
    }
  })

  it('is cut at the distance asked for from a point, going away from it or toward it', () => {
    const line: Curve = [[0, 0], [50, 0], [100, 0]]
    expect(tAtDistance(line, [0, 0], 30, 0, 1)).toBeCloseTo(0.3, 6)
    expect(tAtDistance(line, [100, 0], 30, 1, 0)).toBeCloseTo(0.7, 6)
    const t = tAtDistance(curve, [100, 0], 12, 1, 0.5)
    expect(dist(bezier(curve, t), [100, 0])).toBeCloseTo(12, 6)
  })

  it('is written as an SVG path with one decimal, or as its caller rounds', () => {
    expect(curvePath([[0.04, 1.26], [2, 3], [4.56, 5]])).toBe('M0.0,1.3Q2.0,3.0 4.6,5.0')
    expect(curvePath(curve, Math.round)).toBe('M0,0Q50,100 100,0')
  })
})

describe('the one arrowhead', () => {
  const corners = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(m => [Number(m[1]), Number(m[2])] as Pt)

  it('points from the line into its tip, as long and as wide as asked, the line stopping at its base', () => {
    const { base, d } = arrowhead([100, 50], [0, 50], 10, 4)
    expect(base).toEqual([90, 50])
    expect(d).toBe('M100.0,50.0L90.0,54.0L90.0,46.0Z')
    const up = arrowhead([20, 0], [20, 80], 8, 3, Math.round)
    expect(up.base).toEqual([20, 8])
    expect(corners(up.d)).toEqual([[20, 0], [23, 8], [17, 8]])
  })

  it('is the same triangle at any angle: the wings square to the line, each halfWidth from its base', () => {
    const tip: Pt = [30, 40]
    const { base, d } = arrowhead(tip, [0, 0], 10, 5, n => n)
    expect(dist(base, tip)).toBeCloseTo(10, 10)
    const [, left, right] = corners(d)
    for (const wing of [left, right]) {
      expect(dist(wing, base)).toBeCloseTo(5, 10)
      expect((wing[0] - base[0]) * (tip[0] - base[0]) + (wing[1] - base[1]) * (tip[1] - base[1])).toBeCloseTo(0, 10)
    }
    expect(dist(left, right)).toBeCloseTo(10, 10)
  })

  it('draws nothing broken when the line has no length', () => {
    const { base, d } = arrowhead([5, 5], [5, 5], 10, 4)
    expect(d).not.toMatch(/NaN/)
    expect(base.every(Number.isFinite)).toBe(true)
  })
})
