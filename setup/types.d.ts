import type { Topology } from 'topojson-specification'
import type { Facts } from '../data'

declare module 'vue' {
  interface ComponentCustomProperties {
    $facts: Facts
    $geo: Topology
    $inset: Topology
  }
}

export {}
