// Phase 1, the ground: the figure's areas (frame, inset), the countries projected into the frame, the wider region's
// inset, and a lookup from a pixel to the country under it.
import type { GeoConicProjection, GeoProjection } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { Topology } from 'topojson-specification'
import type { Box, Pt } from '../geometry'
import type { Country, CountryAt, Projected } from './model'
import { geoEquirectangular, geoPath, geoStream } from 'd3-geo'
import { feature } from 'topojson-client'
import { makeProjection } from '../projection'
import { INSET } from './model'

/** The map's frame, and the inset in its top-right corner. */
export function mapAreas(size: { width: number, height: number }) {
  const frame: Box = { x: 0, y: 0, w: size.width, h: size.height }
  const inset: Box = { x: frame.x + frame.w - INSET.w - INSET.margin, y: frame.y + INSET.margin, w: INSET.w, h: INSET.h }
  return { frame, inset }
}

export interface Ground {
  projection: GeoConicProjection
  path: ReturnType<typeof geoPath>
  point: Projected
  countries: Country[]
  /** the country under a point of the map, or undefined for the sea and anything outside the frame */
  countryAt: CountryAt
}

/**
 * The ground: countries projected into the frame, and a lookup from a pixel to the country under it. Label placement
 * asks the lookup for the same points many times: it remembers its answers for the life of this ground.
 */
export function layoutGround(geo: Topology, frame: Box): Ground {
  return makeGround(geo, frame)
}

/** A feature's outline as the projection draws it, ring by ring, in map pixels. */
function projectedRings(f: Feature, projection: GeoProjection): Pt[][] {
  const rings: Pt[][] = []
  let ring: Pt[] = []
  const none = () => {}
  geoStream(f, projection.stream({
    point: (x, y) => {
      ring.push([x, y])
    },
    lineStart: () => {
      ring = []
    },
    lineEnd: () => {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a ring of two points encloses nothing anyway
      if (ring.length > 2)
        rings.push(ring)
    },
    polygonStart: none,
    polygonEnd: none,
    sphere: none,
  }))
  return rings
}

/** Whether a point lies inside rings by the even-odd rule (holes and islands included). */
function insideRings(rings: Pt[][], x: number, y: number): boolean {
  let inside = false
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i]
      const [xj, yj] = r[j]
      // Stryker disable next-line EqualityOperator: > or >= decides only a point exactly on an edge or level with a vertex
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi)
        inside = !inside
    }
  }
  return inside
}

function makeGround(geo: Topology, frame: Box): Ground {
  const { projection, path, point } = makeProjection(frame)
  const fc = feature(geo, geo.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>
  const countries: Country[] = fc.features.map((f) => {
    const [[x0, y0], [x1, y1]] = path.bounds(f)
    return { id: String(f.id), name: f.properties.name, d: path(f) ?? '', feature: f, bounds: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } }
  })
  // Label placement asks for thousands of points: an even-odd test on the drawn outlines, in pixels, costs a fraction
  // of a test on the sphere and agrees with what the audience sees.
  const outlines = countries.map(c => projectedRings(c.feature, projection))
  // Two fast paths, the frame and each outline's box: outlines are clipped to the frame and lie in their boxes, so the
  // rings alone give the same answer, and no test can tell a changed comparison here from the original.
  // Stryker disable ConditionalExpression,EqualityOperator,LogicalOperator
  const lookUp = (x: number, y: number): string | undefined => {
    if (x < frame.x || y < frame.y || x > frame.x + frame.w || y > frame.y + frame.h)
      return undefined
    return countries.find((c, i) => x >= c.bounds.x && x <= c.bounds.x + c.bounds.w && y >= c.bounds.y
      && y <= c.bounds.y + c.bounds.h && insideRings(outlines[i], x, y))?.name
  }
  // Stryker restore ConditionalExpression,EqualityOperator,LogicalOperator
  const known = new Map<string, string | undefined>()
  const countryAt = (x: number, y: number): string | undefined => {
    const id = `${x},${y}`
    // Stryker disable next-line ConditionalExpression: a memo; looking up again gives the same answer
    if (!known.has(id))
      known.set(id, lookUp(x, y))
    return known.get(id)
  }
  return { projection, path, point, countries, countryAt }
}

/** The locator inset: the wider Middle East's land, with the main map's frame drawn on it. */
export function layoutInset(inset: Topology, box: Box, frameCorners: Pt[]) {
  const land = feature(inset, inset.objects.land) as unknown as Feature
  const projection = geoEquirectangular().fitExtent([[box.x, box.y], [box.x + box.w, box.y + box.h]], land)
  const path = geoPath(projection)
  const ring = frameCorners.map(c => projection(c) ?? [0, 0])
  return { d: path(land) ?? '', frame: `M${ring.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z` }
}

/** The main frame's corners in degrees, for the inset to draw where the map is. */
export function frameCorners(frame: Box, projection: GeoProjection): Pt[] {
  return [[frame.x, frame.y], [frame.x + frame.w, frame.y], [frame.x + frame.w, frame.y + frame.h], [frame.x, frame.y + frame.h]]
    .map(([x, y]) => projection.invert!([x, y]) as Pt)
}
