import type { Topology } from 'topojson-specification'
import type { MapLayout } from '../charts/map'
import type { NetworkLayout } from '../charts/network'
import type { Facts } from '../data'
import { makePlaceMap } from '../charts/map'
import { drawNetwork, NETWORK_SIZE, storedFor } from '../charts/network'

// The deck's one copy of each figure's layout: every slide and click step that shows the map or the network mounts
// the same one. The memo lives here, not in charts/, so that the layout code holds no state: each call there lays out
// afresh, and a test (or a mutant under mutation testing) sees its own change and not an earlier call's result.

let maps = new WeakMap<Facts, WeakMap<Topology, MapLayout>>()
let networks = new WeakMap<Facts, Map<string, NetworkLayout>>()

/**
 * Forgets every layout kept. The unit tests call it before each test (tests/unit/setup.ts): their files share one module
 * graph, and under mutation testing a layout kept from an earlier run would hide the change being tested.
 */
export function forgetLayouts() {
  maps = new WeakMap()
  networks = new WeakMap()
}

/** The one base map for these facts and ground. */
export function layoutPlaceMap(facts: Facts, geo: Topology): MapLayout {
  const byGeo = maps.get(facts) ?? new WeakMap<Topology, MapLayout>()
  maps.set(facts, byGeo)
  if (!byGeo.has(geo))
    byGeo.set(geo, makePlaceMap(facts, geo))
  return byGeo.get(geo)!
}

/** The network for these facts at this size: from the stored search result when it was made for them, else searched. */
export function layoutNetwork(facts: Facts, width = NETWORK_SIZE.width, height = NETWORK_SIZE.height): NetworkLayout {
  const sizes = networks.get(facts) ?? new Map<string, NetworkLayout>()
  networks.set(facts, sizes)
  const id = `${width}x${height}`
  if (!sizes.has(id))
    sizes.set(id, drawNetwork(facts, storedFor(facts, width, height), width, height))
  return sizes.get(id)!
}
