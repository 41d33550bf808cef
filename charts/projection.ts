import type { GeoPermissibleObjects } from 'd3-geo'
import { geoConicConformal, geoPath } from 'd3-geo'

/** The map's frame in degrees: Iraq with Tehran to the east and Abu Kamal to the west. */
export const FRAME = { west: 37.2, east: 52.6, south: 28.9, north: 38.7 }

/** A conformal conic fitted to the frame: shapes stay true at this scale, and north stays up. */
export function makeProjection(width: number, height: number, pad = 6) {
  const { west, east, south, north } = FRAME
  const corners: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [[west, south], [east, south], [east, north], [west, north], [(west + east) / 2, north], [(west + east) / 2, south]],
  }
  const projection = geoConicConformal()
    .parallels([31, 37])
    .rotate([-(west + east) / 2, 0])
    .fitExtent([[pad, pad], [width - pad, height - pad]], corners)
    // Cut shapes at the frame, so a country's centroid is that of its visible part.
    .clipExtent([[0, 0], [width, height]])
  const path = geoPath(projection)
  const point = (lon: number, lat: number): [number, number] => projection([lon, lat]) ?? [Number.NaN, Number.NaN]
  return { projection, path, point }
}
