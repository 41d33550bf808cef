// What the map shows at one stage and click, and how it says it in words: the layout is made once, this runs at every
// step. Clicks add, never move: a stage only chooses which pins, lines and labels of the one layout are drawn.
import type { Topology } from 'topojson-specification'
import type { Box } from '../geometry'
import type { Detail, Label, MapLayout, MapStage, Site } from './model'
import { nearestOn } from '../geometry'
import { clampClicks } from '../steps'
import { frameCorners, layoutInset } from './ground'

export interface MapView {
  stage: MapStage
  clicks: number
  /** the pins drawn, each with its label (a crowded pin's is in the enlargement); quiet ones are the week, greyed behind the answer */
  sites: (Site & { words?: Label, quiet: boolean })[]
  /** the crowded pins enlarged, once the step that needs it has come */
  detail?: Detail
  /** the panels this stage fills (the cold open's point, the cover's dates; the strike's callout, tied to its pin, and its death tolls) */
  panels: { side: 'east' | 'west', box: Box, leader?: [number, number, number, number] }[]
  /** the alt text: what this step shows */
  description: string
  /** every pin of the whole map, for screen readers, whatever the click */
  listing: { key: string, text: string }[]
}

/** How many clicks a stage steps through: the week's attacks one by one, then the raid; the other stages are still. */
export function stageSteps(layout: MapLayout, stage: MapStage): number {
  return stage === 'attacks' ? layout.sites.filter(s => s.kind === 'attack' || s.kind === 'raid').length : 0
}

/** The click at which a site appears at a stage, or undefined where the stage leaves it out. */
function siteStep(s: Site, stage: MapStage, attacks: number): number | undefined {
  if (s.kind === 'seat')
    return 0
  if (stage === 'erbil')
    return s.number === 1 ? 0 : undefined
  if (stage === 'attacks')
    return s.kind === 'attack' ? s.number! : s.kind === 'raid' ? attacks + 1 : undefined
  // The raid belongs to the week's account; the cover and the answer tell the attacks and the strike.
  return s.kind === 'raid' ? undefined : 0
}

function describe(s: Site): string {
  if (s.number)
    return `Attack ${s.number}: ${s.lines.join(', ')}, ${s.place.country}.`
  const [name, ...what] = s.lines
  return `${name}, ${s.place.country}${what.length ? `: ${what.join(', ')}` : ''}.`
}

/** The map at `clicks` of `stage` (clamped: a PDF without clicks shows the whole stage). */
export function mapView(layout: MapLayout, { stage, clicks: asked }: { stage: MapStage, clicks?: number }): MapView {
  const steps = stageSteps(layout, stage)
  const clicks = clampClicks(asked, steps)
  const attacks = layout.sites.filter(s => s.kind === 'attack').length
  const quiet = (s: Site) => stage === 'answer' && s.kind !== 'strike' && s.kind !== 'seat'
  const sites = layout.sites.flatMap((s) => {
    const step = siteStep(s, stage, attacks)
    if (step === undefined || step > clicks)
      return []
    return [{ ...s, words: layout.labels.find(l => l.id === `site:${s.place.id}`), quiet: quiet(s) }]
  })
  const detail = layout.detail && layout.detail.sites.every(d => sites.some(s => s.place.id === d.place.id)) ? layout.detail : undefined
  // The raid is drawn in the enlargement alone: on the map its pin would sit under the discs of Balad and the Green Zone.
  const enlargedOnly = (s: Site) => s.kind === 'raid' && !!layout.detail?.sites.some(d => d.place.id === s.place.id)
  const strike = sites.find(s => s.kind === 'strike')
  const east = { side: 'east' as const, box: layout.panels.east }
  const panels = stage === 'erbil' || stage === 'cover'
    ? [east]
    : stage === 'answer' && strike
      ? [{ side: 'west' as const, box: layout.panels.west, leader: leaderTo(layout.panels.west, strike) }, east]
      : []
  const description = [
    'Map of Iraq and its neighbours, north up.',
    ...sites.map(describe),
    ...(detail ? [enlarged(detail)] : []),
    ...(stage === 'answer' ? ['The week\'s attacks are in grey.'] : []),
    `Scale bar ${layout.bar.km} km. Borders: Natural Earth.`,
  ].join(' ')
  const listing = layout.sites.map(s => ({
    key: `site:${s.place.id}`,
    text: `${s.lines.join(', ')} (${s.place.lat}, ${s.place.lon})`,
  }))
  return { stage, clicks, sites: sites.filter(s => !enlargedOnly(s)), detail, panels, description, listing }
}

function enlarged(d: Detail): string {
  const names = d.sites.map(s => s.place.name).join(', ')
  return `A box enlarges the ${d.sites.length} places around Baghdad ${Math.round(d.k * 10) / 10} times: ${names}, north to south.`
}

/** A callout's leader: from the panel's edge to the pin's rim. */
function leaderTo(panel: Box, s: Site): [number, number, number, number] {
  const [x, y] = nearestOn(panel, s.x, s.y)
  const d = Math.hypot(x - s.x, y - s.y) || 1
  return [x, y, s.x + (x - s.x) * s.r / d, s.y + (y - s.y) * s.r / d]
}

/** The inset's land and the main frame drawn on it. */
export function mapInset(layout: MapLayout, inset: Topology) {
  return layoutInset(inset, layout.inset, frameCorners(layout.frame, layout.projection))
}
