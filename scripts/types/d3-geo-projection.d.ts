// d3-geo-projection ships no types; build-geo.mjs uses one function of it.
declare module 'd3-geo-projection' {
  import type { GeoProjection } from 'd3-geo'

  export function geoProject<T>(object: T, projection: GeoProjection | { stream: GeoProjection['stream'] }): T
}
