import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo'
import type { Box } from './geometry'
import { geoConicConformal, geoPath } from 'd3-geo'

/** The map's frame in degrees: Iraq with Tehran to the east, and room west of Abu Kamal for the strike's callout. */
export const FRAME = { west: 39.2, east: 51.9, south: 31.2, north: 37.45 }

/** A conformal conic fitted to the frame: shapes stay true at this scale, and north stays up. */
export function makeProjection(extent: Box, pad = 6) {
  const { west, east, south, north } = FRAME
  const corners: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [[west, south], [east, south], [east, north], [west, north], [(west + east) / 2, north], [(west + east) / 2, south]],
  }
  const projection = geoConicConformal()
    .parallels([31, 37])
    .rotate([-(west + east) / 2, 0])
    .fitExtent([[extent.x + pad, extent.y + pad], [extent.x + extent.w - pad, extent.y + extent.h - pad]], corners)
    // Cut shapes at the frame, so a country's centroid is that of its visible part.
    .clipExtent([[extent.x, extent.y], [extent.x + extent.w, extent.y + extent.h]])
  const path = geoPath(projection)
  const point = (lon: number, lat: number): [number, number] => projection([lon, lat]) ?? [Number.NaN, Number.NaN]
  return { projection, path, point }
}

const ROUND_KM = [50, 100, 150, 200, 250, 300, 400, 500]

/**
 * A scale bar measured on the projection at (x, y): the round distance whose length on the map is closest
 * to `target` px. A conformal conic's scale changes with latitude, so it is true near the bar's own latitude.
 */
export function scaleBar(projection: GeoProjection, x: number, y: number, target = 120): { km: number, px: number } {
  const at = projection.invert?.([x, y])
  if (!at)
    throw new Error('scaleBar: the projection cannot be inverted')
  const [lon, lat] = at
  const kmPerDegree = 111.32 * Math.cos((lat * Math.PI) / 180)
  const pxFor = (km: number) => {
    const [x1] = projection([lon + km / kmPerDegree, lat]) ?? [Number.NaN]
    return x1 - x
  }
  const best = ROUND_KM.map(km => ({ km, px: pxFor(km) })).reduce((m, c) => (Math.abs(c.px - target) < Math.abs(m.px - target) ? c : m))
  return best
}
