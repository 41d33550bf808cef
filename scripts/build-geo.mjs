// Cuts Natural Earth 50m (world-atlas) down to Iraq and its neighbours for the actor map.
// Output: data/geo/region.json (TopoJSON), committed. Deterministic: same input, same bytes.
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { geoIdentity } from 'd3-geo'
import { geoProject } from 'd3-geo-projection'
import { feature } from 'topojson-client'
import { topology } from 'topojson-server'
import { presimplify, quantile, simplify } from 'topojson-simplify'
import { writeFileAtomic } from './lib/atomic-write.mjs'
import { run } from './lib/cli.mjs'

const require = createRequire(import.meta.url)

// ISO 3166 numeric codes, as world-atlas keys them.
export const COUNTRIES = {
  '368': 'Iraq',
  '364': 'Iran',
  '760': 'Syria',
  '792': 'Turkey',
  '682': 'Saudi Arabia',
  '414': 'Kuwait',
  '400': 'Jordan',
  '422': 'Lebanon',
  '376': 'Israel',
  '275': 'Palestine',
  '051': 'Armenia',
  '031': 'Azerbaijan',
  '048': 'Bahrain',
  '634': 'Qatar',
  '784': 'United Arab Emirates',
  '795': 'Turkmenistan',
  '268': 'Georgia',
}
// A little wider than the map's frame (lon 37..54, lat 28..39.5), so no coast ends inside it.
/** @type {[[number, number], [number, number]]} */
export const CLIP = [[34, 25.5], [57, 41.5]]
const KEEP_WEIGHT = 0.4 // quantile of triangle areas to keep: small enough to stay under 30 KB

export function buildGeo() {
  /** @type {import('topojson-specification').Topology} */
  const world = require('world-atlas/countries-50m.json')
  const all = /** @type {import('geojson').FeatureCollection} */ (feature(world, world.objects.countries))
  const picked = all.features
    .filter(f => Object.hasOwn(COUNTRIES, String(f.id)))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    .map(f => ({
      type: /** @type {const} */ ('Feature'),
      id: f.id,
      properties: { name: COUNTRIES[/** @type {keyof typeof COUNTRIES} */ (String(f.id))] },
      geometry: f.geometry,
    }))
  // geoIdentity keeps degrees as they are; its clip extent cuts the shapes to the rectangle.
  /** @type {import('geojson').FeatureCollection} */
  const collection = { type: 'FeatureCollection', features: picked }
  const clipped = geoProject(collection, geoIdentity().clipExtent(CLIP))
  clipped.features = clipped.features.filter(f => f.geometry)
  const topo = topology({ countries: clipped }, 1e5)
  const weighted = presimplify(/** @type {any} */ (topo))
  const simple = simplify(weighted, quantile(weighted, KEEP_WEIGHT))
  return `${JSON.stringify(simple)}\n`
}

// The inset locates the map in the wider Middle East: coarse land (110m) is enough at that size.
/** @type {[[number, number], [number, number]]} */
export const INSET_CLIP = [[22, 8], [66, 46]]

export function buildInset() {
  /** @type {import('topojson-specification').Topology} */
  const world = require('world-atlas/land-110m.json')
  const land = feature(world, world.objects.land)
  const clipped = geoProject(land, geoIdentity().clipExtent(INSET_CLIP))
  const topo = topology({ land: clipped }, 1e4)
  const weighted = presimplify(/** @type {any} */ (topo))
  return `${JSON.stringify(simplify(weighted, quantile(weighted, 0.5)))}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  /** @type {[string, () => string][]} */
  const outputs = [['data/geo/region.json', buildGeo], ['data/geo/inset.json', buildInset]]
  for (const [out, build] of outputs) {
    await run('build:geo', out, async () => {
      const text = build()
      await writeFileAtomic(out, text)
      console.log(`wrote ${out}: ${(text.length / 1024).toFixed(1)} KB`)
    })
  }
}
