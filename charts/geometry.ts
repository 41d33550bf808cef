// The plane every figure is laid out on: points, boxes, the one quadratic Bézier and its arrowhead, crossings and
// distances. The map, the network, the locator and the timeline share these, so that a box, a curve or a distance means
// the same thing in each of them.

export type Pt = [number, number]
export interface Box { x: number, y: number, w: number, h: number }
/** A quadratic Bézier curve: start, control point, end. */
export type Curve = [Pt, Pt, Pt]

/** A coordinate as the SVG path strings write it: one decimal, enough at the canvas's 1:1 scale and far shorter. */
export const fmt = (n: number) => n.toFixed(1)

export const lerp = (a: Pt, b: Pt, t: number): Pt => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
export const dist = (a: Pt, b: Pt) => Math.hypot(a[0] - b[0], a[1] - b[1])

/** The box of w×h centred on (x, y). */
export const boxAt = (x: number, y: number, w: number, h: number): Box => ({ x: x - w / 2, y: y - h / 2, w, h })
export const centreOf = (b: Box): Pt => [b.x + b.w / 2, b.y + b.h / 2]

export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad
}

/** Whether box b lies wholly inside frame f, kept `pad` from its edges. */
export function within(b: Box, f: Box, pad = 0): boolean {
  return b.x >= f.x + pad && b.y >= f.y + pad && b.x + b.w <= f.x + f.w - pad && b.y + b.h <= f.y + f.h - pad
}

/** Whether a point lies inside a box grown by `pad` on every side. */
export function pointIn([x, y]: Pt, b: Box, pad = 0): boolean {
  return x > b.x - pad && x < b.x + b.w + pad && y > b.y - pad && y < b.y + b.h + pad
}

/** Whether any of the points lies in the box grown by `pad`: a sampled line running through it. */
export function anyIn(points: Pt[], b: Box, pad = 2): boolean {
  return points.some(p => pointIn(p, b, pad))
}

/** The point of a box nearest to (x, y): where a leader line from that point meets the box. */
export function nearestOn(b: Box, x: number, y: number): Pt {
  return [Math.max(b.x, Math.min(x, b.x + b.w)), Math.max(b.y, Math.min(y, b.y + b.h))]
}

/** How far a point lies from a box (0 inside it): the one box-distance every placement rule measures with. */
export function distanceTo(b: Box, x: number, y: number): number {
  return Math.hypot(Math.max(b.x - x, 0, x - b.x - b.w), Math.max(b.y - y, 0, y - b.y - b.h))
}

/** The smallest box around the points. */
export function bounds(pts: Pt[]): Box {
  const xs = pts.map(p => p[0])
  const ys = pts.map(p => p[1])
  return { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) }
}

/** Points along the segment from a to b, ends included. */
export function pointsAlong([x0, y0]: Pt, [x1, y1]: Pt, n = 24): Pt[] {
  return Array.from({ length: n + 1 }, (_, k): Pt => [x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n])
}

/** Whether segments ab and cd cross at a point inside both (touching ends do not count). */
export function segmentsCross(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const o = (p: Pt, q: Pt, r: Pt) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]))
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0
}

/** How far point p lies from the segment ab. */
export function pointSegment(p: Pt, a: Pt, b: Pt): number {
  const l2 = (b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2
  const t = l2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / l2)) : 0
  return dist(p, lerp(a, b, t))
}

/** The point of a quadratic curve at t: the one Bézier evaluator of every figure. */
export function bezier([p0, p1, p2]: Curve, t: number): Pt {
  return lerp(lerp(p0, p1, t), lerp(p1, p2, t), t)
}

/** Points along a quadratic curve, both ends included. */
export function samplePath(curve: Curve, n = 48): Pt[] {
  return Array.from({ length: n + 1 }, (_, i) => bezier(curve, i / n))
}

/** The direction of a quadratic curve at t (its derivative, halved). */
export function tangentAt([p0, p1, p2]: Curve, t: number): Pt {
  return [(1 - t) * (p1[0] - p0[0]) + t * (p2[0] - p1[0]), (1 - t) * (p1[1] - p0[1]) + t * (p2[1] - p1[1])]
}

/** The part of a quadratic curve between t = a and t = b, as a quadratic curve. */
export function subCurve([p0, p1, p2]: Curve, a: number, b: number): Curve {
  const blossom = (u: number, v: number): Pt => {
    const w0 = (1 - u) * (1 - v)
    const w1 = u * (1 - v) + (1 - u) * v
    const w2 = u * v
    return [w0 * p0[0] + w1 * p1[0] + w2 * p2[0], w0 * p0[1] + w1 * p1[1] + w2 * p2[1]]
  }
  return [blossom(a, a), blossom(a, b), blossom(b, b)]
}

/** The t on [lo, hi] where the curve is `d` from point c, the curve moving away from c (lo near) or toward it (lo far). */
export function tAtDistance(curve: Curve, c: Pt, d: number, lo: number, hi: number): number {
  const inside = (t: number) => dist(bezier(curve, t), c) < d
  let [a, b] = [lo, hi]
  for (let i = 0; i < 40; i++) {
    const m = (a + b) / 2
    if (inside(m) === inside(a))
      a = m
    else
      b = m
  }
  return (a + b) / 2
}

/** A quadratic curve as an SVG path. */
export function curvePath([p0, p1, p2]: Curve, round: (n: number) => number | string = fmt): string {
  return `M${round(p0[0])},${round(p0[1])}Q${round(p1[0])},${round(p1[1])} ${round(p2[0])},${round(p2[1])}`
}

/**
 * The one arrowhead: a filled triangle `length` long and `2 × halfWidth` wide, its tip at `tip`, pointing away from
 * `back` (a point further back along the line). Returns the head as an SVG path and the middle of its base, where
 * the line should stop.
 */
export function arrowhead(tip: Pt, back: Pt, length: number, halfWidth: number, round: (n: number) => number | string = fmt) {
  const ul = dist(tip, back) || 1
  const u: Pt = [(tip[0] - back[0]) / ul, (tip[1] - back[1]) / ul]
  const base: Pt = [tip[0] - u[0] * length, tip[1] - u[1] * length]
  const wing = (side: number) => `${round(base[0] - side * u[1] * halfWidth)},${round(base[1] + side * u[0] * halfWidth)}`
  return { base, d: `M${round(tip[0])},${round(tip[1])}L${wing(1)}L${wing(-1)}Z` }
}
