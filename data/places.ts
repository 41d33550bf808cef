import type { PlaceInput } from './schema'

// WGS84 degrees, as listed in shared/facts.md with their sources.
export const places: PlaceInput[] = [
  { id: 'erbil-airport', name: 'Erbil airport', kind: 'base', country: 'Iraq', lat: 36.2375, lon: 43.9631, note: 'The coalition\'s Erbil Air Base lies next to the civilian airport.', sources: ['wiki-erbil-airport', 'syriacpress'] },
  { id: 'balad', name: 'Balad air base', kind: 'base', country: 'Iraq', lat: 33.9333, lon: 44.3667, note: 'Iraqi air base north of Baghdad where US contractors work; position good to about 1 km.', sources: ['wiki-balad', 'aljazeera'] },
  { id: 'green-zone', name: 'Green Zone, Baghdad', kind: 'zone', country: 'Iraq', lat: 33.3076, lon: 44.3903, note: 'Baghdad\'s guarded International Zone: embassies and Iraqi state institutions.', sources: ['wiki-green-zone', 'atalayar'] },
  { id: 'us-embassy', name: 'US embassy', kind: 'embassy', country: 'Iraq', lat: 33.299, lon: 44.396, partOf: 'green-zone', sources: ['wiki-embassy'] },
  { id: 'tarmiyah', name: 'Tarmiyah', kind: 'city', country: 'Iraq', lat: 33.667, lon: 44.367, note: 'About 35 km north of Baghdad; the governorate it belongs to is not confirmed.', sources: ['wiki-tarmiyah', 'aawsat'] },
  { id: 'mosul', name: 'Mosul', kind: 'city', country: 'Iraq', lat: 36.34, lon: 43.13, note: 'Northern Iraq\'s largest city, shown for orientation.', sources: ['wiki-mosul'] },
  { id: 'tehran', name: 'Tehran', kind: 'capital', country: 'Iran', lat: 35.6961, lon: 51.4231, sources: ['wiki-tehran'] },
  { id: 'abu-kamal', name: 'Abu Kamal', kind: 'border-post', country: 'Syria', lat: 34.4536, lon: 40.9367, note: 'Area of the border crossing hit by US strikes on 25 Feb 2021.', sources: ['wiki-abu-kamal', 'defense-gov'] },
]
